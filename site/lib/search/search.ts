/**
 * Querying the index, in the browser and in tests/benchmarks alike.
 *
 * 1. The query is normalised (normalise-query.ts): 发文字号 and clause numbers
 *    name documents and clauses; jurisdiction names and question words go.
 * 2. Terms come from the shared tokenizer. lunr is asked with `idx.query()`,
 *    every term REQUIRED; when that finds fewer than a page of hits, it is
 *    asked again with every term optional, so a question with one word that
 *    no clause uses still finds the clauses that match the rest.
 * 3. Every candidate is confirmed against its own text by substring match and
 *    ranked by how much of the query it covers, each character weighted by
 *    the rarity (IDF) of the best term found for it (query-coverage.ts), with
 *    extra credit for phrases found as typed; then clauses before the
 *    guidance citing them, then lunr's BM25 score (of the terms held by at
 *    most `scoredDf` entries, index-fields.ts). A question about a form
 *    (要填什么表) puts the forms that have every word first. The same
 *    substrings are the highlights.
 * 4. A document named by its 发文字号 whose clauses match none of the other
 *    words is listed whole, in reading order, rather than "nothing found".
 */
import lunr from 'lunr';
import { loadIndex, type LoadOptions, type PackedIndex } from './compact-index.ts';
import { hitLink, type HitChoice } from './hit-link.ts';
import { normaliseQuery, type NormalisedQuery } from './normalise-query.ts';
import { coverage, planCoverage } from './query-coverage.ts';
import { flattenText, makeSnippet, weightedRanges, type Needle, type Range, type Snippet } from './snippet.ts';
import { isHan, normaliseText, uniqueTerms } from './tokenizer.ts';
import { isLapsed } from '../policies/document-status.ts';
import type { EntryKind, SearchEntry, SearchIndexFile, SearchStore } from './search-types.ts';
import type { QueryContext, QueryStore } from './normalise-query.ts';

export { entryUrl } from './hit-link.ts';
export { flattenText, highlightRanges, makeSnippet } from './snippet.ts';
export type { Range, Snippet } from './snippet.ts';

export interface SearchFilters {
  jurisdiction?: string;
  document?: string;
  level?: string;
  kind?: EntryKind;
  /** `current`: leave out what rests on a document no longer in force (URL parameter `status=current`) */
  status?: 'current';
}

export interface SearchOptions {
  filters?: SearchFilters;
  limit?: number;
}

export interface SearchHit {
  entry: SearchEntry;
  /** position in store.entries */
  index: number;
  /** for the jurisdiction searched for (hit-link.ts) */
  url: string;
  title: string;
  /** a form found with no jurisdiction chosen: each jurisdiction's own form */
  choices: HitChoice[];
  /** named directly by clause number (第11条) */
  pinned: boolean;
  phraseHits: number;
  /** query terms (that some entry has) found in this hit, of how many */
  matchedTerms: number;
  totalTerms: number;
  /** every word of the query is in this hit (junk cross-word bigrams aside) */
  complete: boolean;
  /** how much of the query the hit covers, rarity-weighted */
  weight: number;
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
  /** the named documents' clauses matched none of the other words: they are listed whole */
  fallback: boolean;
}

export interface Searcher {
  store: SearchStore;
  index: lunr.Index;
  search(raw: string, options?: SearchOptions): SearchResponse;
}

/**
 * What ranking needs of an index, whole (createSearcher) or in shards
 * (sharded-searcher.ts, which loads the parts a query touches first): lunr
 * over at least the query's terms, each term's document frequency, and the
 * entries that are candidates.
 */
export interface SearchView {
  /** documents and jurisdictions for labels and links (a sharded view: those loaded so far) */
  context: SearchContext;
  /** what queries are normalised against, when not `context` itself (a sharded view's lookups by key) */
  queryContext?: QueryContext;
  /** entries in the whole index */
  count: number;
  index: lunr.Index;
  df(term: string): number;
  /** an entry; the sharded view has it once its fragment is loaded */
  entry(i: number): SearchEntry;
  forms: readonly number[];
  clauseEntry(ref: string): number | undefined;
  /** the clause entries of these documents, in reading order */
  documentEntries(ids: readonly string[]): number[];
  /** lunr is asked these lone characters as prefixes (a sharded view fetches the terms they expand to only when told) */
  expandsPrefixes?(lone: readonly string[]): void;
}

/** What queries are normalised against and results labelled with. */
export type SearchContext = Pick<SearchStore, 'documents' | 'jurisdictions'>;

/** The first phase: the query's terms and lunr's candidates, before any entry text is needed. */
export interface Candidates {
  query: NormalisedQuery;
  terms: string[];
  extra: string[];
  allTerms: string[];
  weights: number[];
  scores: Map<number, number>;
  pinned: Set<number>;
}

function passes(entry: SearchEntry, f: SearchFilters | undefined): boolean {
  if (!f) return true;
  if (f.jurisdiction && !entry.jurisdictions.includes(f.jurisdiction)) return false;
  if (f.document && entry.document !== f.document) return false;
  if (f.level && entry.level !== f.level) return false;
  if (f.kind && entry.kind !== f.kind) return false;
  if (f.status === 'current' && isLapsed(entry.status)) return false;
  return true;
}

/**
 * The text a hit is confirmed and highlighted against. A form field's title
 * is only the form's name (辍学学生登记表 · 填表说明), shared by every field:
 * matching it would bring back 姓名, 性别, 民族 … for the form's name.
 */
export function haystackText(e: SearchEntry): string {
  return `${haystackTitle(e)}\n${e.heading}\n${e.keywords.join(' ')}\n${e.text}`;
}

/** The part of an entry's title that confirmation matches (none for a form field, see haystackText). */
export function haystackTitle(e: SearchEntry): string {
  return e.ref.startsWith('form-field:') ? '' : e.title;
}

const isLoneHan = (term: string) => [...term].length === 1 && isHan(term);

function lunrQuery(view: SearchView, terms: string[], presence: lunr.Query.presence): lunr.Index.Result[] {
  // A lone Han character is never a bigram. Next to other terms (月 in 9月和次年3月) it adds
  // nothing the bigrams and joined digit tokens do not say; alone, it is looked up as the
  // start of the bigrams that hold it (a trailing wildcard: a leading one would scan every term).
  const lone = terms.filter(isLoneHan);
  const asked = lone.length < terms.length ? terms.filter((t) => !isLoneHan(t)) : terms;
  if (asked.length === 0) return [];
  if (lone.length > 0 && asked === terms) view.expandsPrefixes?.(lone);
  const index = presence === lunr.Query.presence.REQUIRED && asked.length > 1 && !asked.some(isLoneHan) ? narrowed(view, asked) : view.index;
  return index.query((q) => {
    for (const term of asked) {
      q.term(term, { presence, usePipeline: false, wildcard: isLoneHan(term) ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE });
    }
  });
}

type Posting = Record<string, Record<string, object>> & { _index: number };
type IndexParts = { invertedIndex: Record<string, Posting | undefined>; fieldVectors: object; tokenSet: lunr.TokenSet; fields: string[]; pipeline: lunr.Pipeline };

/**
 * lunr matches and scores every posting of every term before it drops the
 * entries lacking a REQUIRED one: with a common term (辍学, in 95,000 entries at
 * 3,000 counties) that was most of a query's time. The same index with each
 * term's postings cut to the entries holding every term (found from the
 * rarest term's) gives lunr's own results and scores: the dropped postings
 * could only have been dropped, and the field vectors are the same.
 */
function narrowed(view: SearchView, terms: readonly string[]): lunr.Index {
  const whole = view.index as unknown as IndexParts;
  const { fields } = whole;
  const postings = terms.map((t) => whole.invertedIndex[t]);
  if (postings.some((p) => p === undefined)) return view.index;
  const holds = (p: Posting, ref: string) => fields.some((f) => p[f]?.[ref] !== undefined);
  const dfs = terms.map((t) => view.df(t));
  const rarest = postings[dfs.indexOf(Math.min(...dfs))]!;
  const kept = new Set<string>();
  for (const f of fields) for (const ref of Object.keys(rarest[f] ?? {})) if (postings.every((p) => holds(p!, ref))) kept.add(ref);
  const noMetadata = Object.freeze(Object.create(null)) as object;
  const invertedIndex = Object.create(null) as Record<string, Posting>;
  terms.forEach((t, k) => {
    const p = postings[k]!;
    const cut = Object.create(null) as Posting;
    cut._index = p._index;
    for (const f of fields) {
      const docs = Object.create(null) as Record<string, object>;
      for (const ref of kept) if (p[f]?.[ref] !== undefined) docs[ref] = noMetadata;
      cut[f] = docs;
    }
    invertedIndex[t] = cut;
  });
  return new lunr.Index({ ...whole, invertedIndex } as unknown as ConstructorParameters<typeof lunr.Index>[0]);
}

/** How many entries hold each term, from the packed postings (an entry counted once however many fields have it). */
export function documentFrequency(packed: PackedIndex): (term: string) => number {
  const cache = new Map<string, number>();
  return (term) => {
    let df = cache.get(term);
    if (df !== undefined) return df;
    let lo = 0;
    let hi = packed.terms.length - 1;
    let t = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = packed.terms[mid]!;
      if (at === term) {
        t = mid;
        break;
      }
      if (at < term) lo = mid + 1;
      else hi = mid - 1;
    }
    const refs = new Set<number>();
    if (t >= 0) {
      const list = packed.postings[t]!;
      let at = 0;
      for (let f = 0; f < packed.fields.length; f++) {
        const n = list[at++]!;
        let ref = 0;
        for (let i = 0; i < n; i++) refs.add((ref += list[at + i]!));
        at += 2 * n;
      }
    }
    df = refs.size;
    cache.set(term, df);
    return df;
  };
}

/** A named jurisdiction's own rules go first among hits that cover the query about as well. */
export const localBonus = 2;
/** A term in more than this share of entries does not bring candidates in by itself (see search()). */
const commonShare = 0.2;
/** Guidance restates the clauses it cites: at about the same cover the clause itself is what staff cite. */
export const guidanceFactor = 0.9;
/** Of the forms answering a form question, those covering at least this share of the best one's weight go first. */
const formAnswerShare = 0.5;
/** A term in the heading or keywords counts this much more than one in the body. */
export const headBoost = 1.25;

/** Terms in the order ranking weighs them: the query's own, then its variants (see candidates()). */
export function queryTerms(raw: string, context: QueryContext | QueryStore): { query: NormalisedQuery; terms: string[]; extra: string[] } {
  const query = normaliseQuery(raw, context);
  const terms = uniqueTerms(query.text);
  // Variant spellings only widen the optional query; single characters and bare numbers would match too much.
  const extra = query.variants.filter((v) => !terms.includes(v) && [...v].length > 1 && !/^[0-9]+$/.test(v));
  return { query, terms, extra };
}

/** Every term lunr may be asked for this query (a variant is asked by its own terms). */
export function lookedUpTerms(raw: string, context: QueryContext | QueryStore): string[] {
  const { terms, extra } = queryTerms(raw, context);
  return [...new Set([...terms, ...extra, ...extra.flatMap(uniqueTerms)])];
}

function weightOf(view: SearchView, word: string): number {
  // lunr's BM25 idf; a lone character (asked alone, as a prefix) weighs as a common term.
  // A word of several terms (a variant such as 监护人) is at most as common as its rarest term.
  if (isLoneHan(word)) return 1;
  const tokens = uniqueTerms(word);
  const n = tokens.length === 0 ? 0 : Math.min(...tokens.map((t) => view.df(t)));
  return n === 0 ? 0 : Math.log(1 + (view.count - n + 0.5) / (n + 0.5));
}

/** Phase one: lunr's candidates with their BM25 scores. Needs the postings of lookedUpTerms(), no entry text. */
export function candidates(view: SearchView, raw: string, options: SearchOptions = {}): Candidates {
  const limit = options.limit ?? 20;
  const { count } = view;
  const { query, terms, extra } = queryTerms(raw, view.queryContext ?? view.context);
  const allTerms = [...terms, ...extra];
  // A synonym or an intent's answer word counts less than the words typed, so the wording as typed ranks first.
  const weights = allTerms.map((w) => weightOf(view, w) * (query.variantWeight[w] ?? 1));
  // Terms no entry has cannot narrow anything down: leave them out of the REQUIRED query.
  const present = terms.filter((_, t) => weights[t]! > 0);
  const scores = new Map<number, number>();
  if (present.length > 0) {
    for (const r of lunrQuery(view, present, lunr.Query.presence.REQUIRED)) scores.set(Number(r.ref), r.score);
    if (scores.size < limit && allTerms.length > 1) {
      // A term in a fifth of all entries (学生) finds nothing worth showing by itself, and scoring
      // every entry that has it is most of the time a query takes: it only ranks what the others find.
      const asked = [...new Set([...present, ...extra.filter((_, k) => weights[terms.length + k]! > 0).flatMap(uniqueTerms)])];
      const telling = asked.filter((t) => isLoneHan(t) || view.df(t) <= count * commonShare);
      const optional = telling.length > 0 ? telling : asked;
      for (const r of lunrQuery(view, optional, lunr.Query.presence.OPTIONAL)) if (!scores.has(Number(r.ref))) scores.set(Number(r.ref), r.score);
    }
  }
  // A question about a form weighs every form (a handful), also one that lacks a junk bigram of
  // the question (生辍 in 学生辍学) and so was not among lunr's hits; confirmation still applies.
  // A form named as a document's 附件 is among them too: the sharded view finds it by ref only once loaded (rankCandidates).
  if (query.asksForm || query.attachments.length > 0) for (const i of view.forms) if (!scores.has(i)) scores.set(i, 0);
  const named = [...query.clauses, ...query.attachments];
  const pinned = new Set(named.map((ref) => view.clauseEntry(ref)).filter((i): i is number => i !== undefined));
  for (const i of pinned) if (!scores.has(i)) scores.set(i, 0);
  // A 发文字号 alone lists that document, in reading order.
  if (terms.length === 0) for (const i of view.documentEntries(query.documents)) if (!scores.has(i)) scores.set(i, 0);
  return { query, terms, extra, allTerms, weights, scores, pinned };
}

// Normalised texts, kept for as long as their entry (queries share most of their candidates).
const haystacks = new WeakMap<SearchEntry, string>();
const heads = new WeakMap<SearchEntry, string>();
function cached(cache: WeakMap<SearchEntry, string>, entry: SearchEntry, text: (e: SearchEntry) => string): string {
  let h = cache.get(entry);
  if (h === undefined) cache.set(entry, (h = normaliseText(text(entry))));
  return h;
}

/** Phase two: confirm, rank and highlight. Needs every candidate's entry (and the named documents' clauses). */
export function rankCandidates(view: SearchView, found: Candidates, options: SearchOptions = {}): SearchResponse {
  const limit = options.limit ?? 20;
  const { query, terms, extra, allTerms, weights, scores, pinned } = found;
  const haystack = (i: number) => cached(haystacks, view.entry(i), haystackText);
  // What a clause is about (heading and curated keywords) says more than a word in passing in its body.
  const head = (i: number) => cached(heads, view.entry(i), (e) => `${e.heading}\n${e.keywords.join(' ')}`);
  const documentClauses = () => view.documentEntries(query.documents);
  const plan = planCoverage({
    phrases: query.phrases,
    terms: allTerms,
    weights,
    stands: allTerms.map((t) => (t in query.variantOf ? query.variantOf[t]! : t)),
  });
  const inDocuments = (e: SearchEntry) => query.documents.length === 0 || (e.document !== undefined && query.documents.includes(e.document));
  interface Ranked {
    i: number;
    score: number;
    pinned: boolean;
    answers: boolean;
    found: boolean[];
    phrases: number;
    weight: number;
    complete: boolean;
  }
  const rank = (i: number, score: number, unconfirmed = false): Ranked | undefined => {
    const entry = view.entry(i);
    if (!passes(entry, options.filters)) return undefined;
    const isPinned = pinned.has(i) || query.attachments.includes(entry.ref);
    if (!isPinned && !inDocuments(entry)) return undefined;
    const hay = haystack(i);
    const found = allTerms.map((t, k) => weights[k]! > 0 && hay.includes(t));
    // Confirm: a hit must contain at least one query term as written.
    if (!isPinned && !unconfirmed && terms.length > 0 && !found.some(Boolean)) return undefined;
    const phraseFound = query.phrases.map((p) => hay.includes(p));
    const headline = head(i);
    const cover = coverage(plan, found, (k) => phraseFound[k]!, (t) => (headline.includes(allTerms[t]!) ? headBoost : 1));
    const local = entry.origin !== undefined && query.jurisdictions.includes(entry.origin) ? localBonus : 0;
    const phrases = phraseFound.filter(Boolean).length + extra.filter((v) => hay.includes(v)).length;
    const restated = entry.kind === 'clause' ? 1 : guidanceFactor;
    // Asked which form to use or how to fill one in (要填什么表, 劝返记录怎么写), a form with every word is
    // the answer: it goes before the clauses calling for it, which use the words as typed more often, and
    // before the help on its fields, which repeat them (劝返记录 is a field of 劝返复学记录).
    const answers = query.asksForm && entry.kind === 'form' && cover.complete;
    return { i, score, pinned: isPinned, answers, found, phrases, weight: cover.score * restated + local, complete: cover.complete };
  };
  let ranked = [...scores].map(([i, score]) => rank(i, score)).filter((r): r is Ranked => r !== undefined);
  // Named documents whose clauses match none of the other words: list them whole rather than nothing.
  const fallback = terms.length > 0 && query.documents.length > 0 && !ranked.some((r) => !r.pinned);
  if (fallback) {
    const listed = new Set(ranked.map((r) => r.i));
    for (const i of documentClauses()) {
      const r = listed.has(i) ? undefined : rank(i, 0, true);
      if (r) ranked.push(r);
    }
  }
  // A form "has every word" also when one word is a lone character it shares by chance (报告 of 零报告):
  // only the forms that cover the question about as well as the best one answer it.
  const bestForm = Math.max(0, ...ranked.filter((r) => r.answers).map((r) => r.weight));
  for (const r of ranked) if (r.answers && r.weight < bestForm * formAnswerShare) r.answers = false;
  const lapsed = (r: Ranked) => Number(isLapsed(view.entry(r.i).status));
  const isClause = (r: Ranked) => Number(view.entry(r.i).kind === 'clause');
  ranked.sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      Number(b.answers) - Number(a.answers) ||
      b.weight - a.weight ||
      // Saying the same, a clause in force comes before one that has lapsed.
      lapsed(a) - lapsed(b) ||
      // On a tie the clause itself comes before the guidance that cites it.
      isClause(b) - isClause(a) ||
      b.score - a.score ||
      a.i - b.i,
  );
  const total = ranked.length;
  ranked = ranked.slice(0, limit);
  const knownTerms = weights.slice(0, terms.length).filter((w) => w > 0).length;
  const chosen = options.filters?.jurisdiction ? [options.filters.jurisdiction] : query.jurisdictions;

  // Highlights and snippets only for what is shown: every query term found (and each variant), merged.
  const hits = ranked.map((r): SearchHit => {
    const entry = view.entry(r.i);
    const needles: Needle[] = [];
    const hay = haystack(r.i);
    const whole = query.phrases.filter((p) => hay.includes(p));
    for (const p of whole) {
      const w = uniqueTerms(p).reduce((sum, t) => sum + (weights[allTerms.indexOf(t)] ?? 0), 0);
      needles.push({ text: p, weight: w * 1.5 });
    }
    allTerms.forEach((t, k) => {
      // A term of a phrase found whole is marked as that phrase, not wherever else it occurs (学率 in 入学率);
      // a lone character only when it was typed as a word by itself.
      if (!r.found[k] || whole.some((p) => p.includes(t))) return;
      if ([...t].length > 1 || query.phrases.includes(t)) needles.push({ text: t, weight: weights[k]! });
    });
    const body = flattenText(entry.text || entry.heading);
    const marks = weightedRanges(body, needles);
    return {
      entry,
      index: r.i,
      ...hitLink(entry, view.context.jurisdictions, chosen),
      pinned: r.pinned,
      phraseHits: r.phrases,
      matchedTerms: r.found.slice(0, terms.length).filter(Boolean).length,
      totalTerms: knownTerms,
      complete: r.complete,
      weight: r.weight,
      score: r.score,
      headingRanges: weightedRanges(entry.heading, needles).map((m) => m.range),
      snippet: makeSnippet(
        body,
        marks.map((m) => m.range),
        undefined,
        marks.map((m) => m.weight),
      ),
    };
  });
  return { query, terms, total, hits, fallback };
}

/** The whole index in memory: every entry, every term. */
export function fullView(file: SearchIndexFile, options: LoadOptions = {}): SearchView {
  const { store } = file;
  const clauseIndex = new Map(store.entries.map((e, i) => [e.ref, i]));
  return {
    context: store,
    count: store.entries.length,
    index: loadIndex(file.index, options),
    df: documentFrequency(file.index),
    entry: (i) => store.entries[i]!,
    forms: store.entries.flatMap((e, i) => (e.kind === 'form' ? [i] : [])),
    clauseEntry: (ref) => clauseIndex.get(ref),
    documentEntries: (ids) => store.entries.flatMap((e, i) => (e.kind === 'clause' && e.document && ids.includes(e.document) ? [i] : [])),
  };
}

export function createSearcher(file: SearchIndexFile, options: LoadOptions = {}): Searcher {
  const view = fullView(file, options);
  return {
    store: file.store,
    index: view.index,
    search: (raw, options = {}) => rankCandidates(view, candidates(view, raw, options), options),
  };
}
