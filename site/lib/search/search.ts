/**
 * Querying the index, in the browser and in tests/benchmarks alike.
 *
 * 1. The query is normalised (normalise-query.ts): 发文字号 and clause numbers
 *    name documents and clauses; jurisdiction names and question words go.
 * 2. Terms come from the shared tokenizer. lunr is asked with `idx.query()`,
 *    every term REQUIRED; when that finds fewer than a page of hits, it is
 *    asked again with every term optional, so a question with one word that
 *    no clause uses still finds the clauses that match the rest.
 * 3. Every candidate is confirmed against its own text by substring match:
 *    hits are ranked by how many of the typed phrases appear verbatim, then
 *    by how many query terms appear, then clauses before the guidance citing
 *    them, then by lunr's BM25 score. The same substrings are the highlights.
 */
import lunr from 'lunr';
import { loadIndex } from './compact-index.ts';
import { normaliseQuery, type NormalisedQuery } from './normalise-query.ts';
import { isHan, normaliseText, normaliseWithMap, uniqueTerms } from './tokenizer.ts';
import type { EntryKind, SearchEntry, SearchIndexFile, SearchStore } from './search-types.ts';

export interface SearchFilters {
  jurisdiction?: string;
  document?: string;
  level?: string;
  kind?: EntryKind;
}

export interface SearchOptions {
  filters?: SearchFilters;
  limit?: number;
}

/** [start, end) offsets into the original (un-normalised) string. */
export type Range = [number, number];

export interface Snippet {
  text: string;
  ranges: Range[];
  /** text was cut at the start / end */
  before: boolean;
  after: boolean;
}

export interface SearchHit {
  entry: SearchEntry;
  /** position in store.entries */
  index: number;
  url: string;
  /** named directly by clause number (第11条) */
  pinned: boolean;
  phraseHits: number;
  matchedTerms: number;
  totalTerms: number;
  score: number;
  headingRanges: Range[];
  snippet: Snippet;
}

export interface SearchResponse {
  query: NormalisedQuery;
  terms: string[];
  /** hits after filters, before the limit */
  total: number;
  hits: SearchHit[];
}

export interface Searcher {
  store: SearchStore;
  index: lunr.Index;
  search(raw: string, options?: SearchOptions): SearchResponse;
}

const snippetLength = 110;

/** Merge overlapping or touching ranges. */
function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Where the needles occur in `text`, as ranges of the original string. */
export function highlightRanges(text: string, needles: string[]): Range[] {
  if (!text || needles.length === 0) return [];
  const { norm, map, ends } = normaliseWithMap(text);
  const ranges: Range[] = [];
  for (const needle of needles) {
    if (!needle) continue;
    for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1)) {
      ranges.push([map[at]!, ends[at + needle.length - 1]!]);
    }
  }
  return mergeRanges(ranges);
}

/** Paragraph breaks become spaces in a one-line snippet. */
export const flattenText = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/** A window of (one-line) text around its densest run of highlights. */
export function makeSnippet(flat: string, shift: Range[], length = snippetLength): Snippet {
  if (flat.length <= length) return { text: flat, ranges: shift, before: false, after: false };
  // The window showing the most different matched words wins (then the most matches).
  let best = 0;
  let bestScore = -1;
  for (const [start] of shift) {
    const inside = shift.filter(([s, e]) => s >= start && e <= start + length);
    const score = new Set(inside.map(([s, e]) => flat.slice(s, e))).size * 1000 + inside.length;
    if (score > bestScore) {
      best = start;
      bestScore = score;
    }
  }
  let from = Math.max(0, Math.min(best - 20, flat.length - length));
  // Start at a sentence or clause boundary when one is close by.
  const boundary = flat.slice(Math.max(0, from - 30), from + 1).search(/[。；;：]/u);
  if (from > 0 && boundary >= 0) from = Math.max(0, from - 30) + boundary + 1;
  const to = Math.min(flat.length, from + length);
  const inside = shift.filter(([s, e]) => e > from && s < to).map(([s, e]): Range => [Math.max(s, from) - from, Math.min(e, to) - from]);
  return { text: flat.slice(from, to), ranges: inside, before: from > 0, after: to < flat.length };
}

/** A deep link; guidance inherited by the chosen jurisdiction opens on that jurisdiction's page. */
export function entryUrl(entry: SearchEntry, jurisdiction?: string): string {
  if (entry.kind === 'clause' || !jurisdiction || !entry.jurisdictions.includes(jurisdiction)) return entry.url;
  return entry.url.replace(/^\/[^/]+\//, `/${jurisdiction}/`);
}

function passes(entry: SearchEntry, f: SearchFilters | undefined): boolean {
  if (!f) return true;
  if (f.jurisdiction && !entry.jurisdictions.includes(f.jurisdiction)) return false;
  if (f.document && entry.document !== f.document) return false;
  if (f.level && entry.level !== f.level) return false;
  if (f.kind && entry.kind !== f.kind) return false;
  return true;
}

const isLoneHan = (term: string) => [...term].length === 1 && isHan(term);

function lunrQuery(index: lunr.Index, terms: string[], presence: lunr.Query.presence): lunr.Index.Result[] {
  // A lone Han character is never a bigram. Next to other terms (月 in 9月和次年3月) it adds
  // nothing the bigrams and joined digit tokens do not say; alone, it is looked up as the
  // start of the bigrams that hold it (a trailing wildcard: a leading one would scan every term).
  const lone = terms.filter(isLoneHan);
  const asked = lone.length < terms.length ? terms.filter((t) => !isLoneHan(t)) : terms;
  return index.query((q) => {
    for (const term of asked) {
      q.term(term, { presence, usePipeline: false, wildcard: isLoneHan(term) ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE });
    }
  });
}

export function createSearcher(file: SearchIndexFile): Searcher {
  const index = loadIndex(file.index);
  const { store } = file;
  const haystacks = new Map<number, string>();
  const haystack = (i: number) => {
    let h = haystacks.get(i);
    if (h === undefined) {
      const e = store.entries[i]!;
      h = normaliseText(`${e.title}\n${e.heading}\n${e.keywords.join(' ')}\n${e.text}`);
      haystacks.set(i, h);
    }
    return h;
  };
  const clauseIndex = new Map(store.entries.map((e, i) => [e.ref, i]));

  function search(raw: string, options: SearchOptions = {}): SearchResponse {
    const limit = options.limit ?? 20;
    const query = normaliseQuery(raw, store);
    const terms = uniqueTerms(query.text);
    // Variant spellings only widen the optional query; single characters and bare numbers would match too much.
    const extra = uniqueTerms(query.variants.join(' ')).filter((t) => !terms.includes(t) && [...t].length > 1 && !/^[0-9]+$/.test(t));
    const scores = new Map<number, number>();
    if (terms.length > 0) {
      for (const r of lunrQuery(index, terms, lunr.Query.presence.REQUIRED)) scores.set(Number(r.ref), r.score);
      if (scores.size < limit && terms.length + extra.length > 1) {
        for (const r of lunrQuery(index, [...terms, ...extra], lunr.Query.presence.OPTIONAL)) if (!scores.has(Number(r.ref))) scores.set(Number(r.ref), r.score);
      }
    }
    const pinned = new Set(query.clauses.map((ref) => clauseIndex.get(ref)).filter((i): i is number => i !== undefined));
    // A 发文字号 alone lists that document, in reading order.
    if (terms.length === 0 && query.documents.length > 0) {
      store.entries.forEach((e, i) => {
        if (e.kind === 'clause' && e.document && query.documents.includes(e.document) && !scores.has(i)) scores.set(i, 0);
      });
    }
    for (const i of pinned) if (!scores.has(i)) scores.set(i, 0);

    const inDocuments = (e: SearchEntry) => query.documents.length === 0 || (e.document !== undefined && query.documents.includes(e.document));
    const phraseList = [...query.phrases, ...query.variants];
    const allTerms = [...terms, ...extra];
    interface Ranked {
      i: number;
      score: number;
      pinned: boolean;
      found: string[];
      phrases: string[];
      matched: number;
    }
    const ranked: Ranked[] = [];
    for (const [i, score] of scores) {
      const entry = store.entries[i]!;
      if (!passes(entry, options.filters)) continue;
      const isPinned = pinned.has(i);
      if (!isPinned && !inDocuments(entry)) continue;
      const hay = haystack(i);
      const found = allTerms.filter((t) => hay.includes(t));
      // Confirm: a hit must contain at least one query term as written.
      if (!isPinned && terms.length > 0 && found.length === 0) continue;
      const local = entry.origin !== undefined && query.jurisdictions.includes(entry.origin) ? 1 : 0;
      ranked.push({ i, score, pinned: isPinned, found, phrases: phraseList.filter((p) => hay.includes(p)), matched: found.length + local });
    }
    const isClause = (r: Ranked) => Number(store.entries[r.i]!.kind === 'clause');
    ranked.sort(
      (a, b) =>
        Number(b.pinned) - Number(a.pinned) ||
        b.phrases.length - a.phrases.length ||
        b.matched - a.matched ||
        // On a tie the clause itself comes before the guidance that cites it.
        isClause(b) - isClause(a) ||
        b.score - a.score ||
        a.i - b.i,
    );
    // Highlights and snippets only for what is shown.
    const hits = ranked.slice(0, limit).map((r): SearchHit => {
      const entry = store.entries[r.i]!;
      // Whole phrases when the text has them; otherwise the terms it shares with the query.
      const needles = r.phrases.length > 0 ? r.phrases : r.found.filter((t) => [...t].length > 1 || query.phrases.includes(t));
      const body = flattenText(entry.text || entry.heading);
      return {
        entry,
        index: r.i,
        url: entryUrl(entry, options.filters?.jurisdiction),
        pinned: r.pinned,
        phraseHits: r.phrases.length,
        matchedTerms: r.matched,
        totalTerms: terms.length,
        score: r.score,
        headingRanges: highlightRanges(entry.heading, needles),
        snippet: makeSnippet(body, highlightRanges(body, needles)),
      };
    });
    return { query, terms, total: ranked.length, hits };
  }

  return { store, index, search };
}
