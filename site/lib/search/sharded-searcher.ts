/**
 * Searching a sharded index (shard-types.ts) as the browser does: the
 * manifest first, then per query only the term shards holding its terms and
 * the entry fragments holding its candidates, each fetched once and kept.
 * Ranking is search.ts's, unchanged: phase one (lunr) on the loaded shards,
 * phase two (confirmation, coverage, highlights) on the loaded entries.
 */
import { candidates, guidanceFactor, headBoost, localBonus, queryTerms, rankCandidates, type Candidates, type SearchContext, type SearchHit, type SearchOptions, type SearchResponse } from './search.ts';
import { isLapsed } from '../policies/document-status.ts';
import { coverage, planCoverage } from './query-coverage.ts';
import { ShardedContext, type FetchJson } from './sharded-context.ts';
import { ShardedView } from './sharded-view.ts';
import { fragmentPath, manifestPath, pagePath, shardPath, type EntryFragment, type SearchManifest, type TermDirectoryPage, type TermShard } from './shard-types.ts';
import { isHan, uniqueTerms } from './tokenizer.ts';

/** Fetch and parse one file of the index, by its path relative to the index folder. */
export type { FetchJson } from './sharded-context.ts';

export interface ShardedSearcher {
  /** the documents and jurisdictions loaded so far: every one the last response names or labels */
  context: SearchContext;
  search(raw: string, options?: SearchOptions): Promise<SearchResponse>;
}

/** Candidates fetched beyond the page asked for, in case confirmation or a filter drops some. */
const margin = 10;

/**
 * Per candidate, the best rank search.ts could give it, from the postings
 * alone (no entry text): a term can only be found where the entry's postings
 * (or its title's) hold all its bigrams and its runs of letters and digits
 * (or the shard lists the entry as holding one inside a longer run), and in
 * the heading only where the heading or keywords may hold them; a bigram the
 * loaded shard lists nowhere is found nowhere; a lone character, or a number
 * whose substring list was too long to ship, may be found anywhere. Coverage only grows with
 * what is found, so the bound is never below the real weight; it is exact where
 * the postings decide. Guidance and forms weigh what they cover times
 * guidanceFactor, as search.ts weighs them (the manifest says which entries
 * are clauses). Unknown parts of the key take their best value (in
 * force). Entries are fetched in this order until the page's last
 * hit ranks before every bound not yet fetched: the page is then exactly the
 * whole index's.
 */
interface Bound {
  i: number;
  pinned: boolean;
  weight: number;
  score: number;
  /** a clause (the manifest lists them), not guidance or a form, which weigh less for restating it */
  clause: boolean;
}

function bounds(view: ShardedView, found: Candidates): Bound[] {
  const { query, allTerms, weights, scores, pinned } = found;
  const plan = planCoverage({ phrases: query.phrases, terms: allTerms, weights, stands: allTerms.map((t) => (t in query.variantOf ? query.variantOf[t]! : t)) });
  // A term is found only where each of its own terms is: Han bigrams (by the entry's postings or its
  // title's) and runs of letters and digits (by the postings or the list of entries holding them inside
  // a longer run). A lone Han character says nothing: nothing to check.
  const bigrams = (text: string): string[] | undefined => {
    const parts = uniqueTerms(text).filter((t) => !isLoneHan(t));
    return parts.length > 0 ? parts : undefined;
  };
  const termParts = allTerms.map(bigrams);
  const phraseParts = query.phrases.map(bigrams);
  const maybe = (parts: string[] | undefined, i: number, fields?: readonly string[]) => !parts || parts.every((t) => view.mayHold(t, i, fields));
  const rows = [...scores].map(([i, score]): Bound => {
    const present = termParts.map((parts, k) => weights[k]! > 0 && maybe(parts, i));
    const cover = coverage(plan, present, (k) => maybe(phraseParts[k], i), (t) => (maybe(termParts[t], i, headFields) ? headBoost : 1));
    const local = query.jurisdictions.length > 0 && view.context.statedBy(query.jurisdictions, i) ? localBonus : 0;
    const clause = view.isClause(i);
    return { i, score, pinned: pinned.has(i), weight: cover.score * (clause ? 1 : guidanceFactor) + local, clause };
  });
  rows.sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.weight - a.weight || Number(b.clause) - Number(a.clause) || b.score - a.score || a.i - b.i);
  return rows;
}

/**
 * The last hit of a page ranks before every entry whose bound is `next`
 * (search.ts's order: pinned, answers a form question, weight, in force, a
 * clause, BM25, entry number). Entries not yet fetched never answer a form
 * question (every form is fetched first when one is asked about), so `next`
 * does not; the hit's own "answers" is taken as false, which can only wait
 * for more. A clause named by number is pinned before its entry is fetched
 * (its number file says which entry it is).
 */
function ranksBefore(hit: SearchHit, next: Bound): boolean {
  if (hit.pinned !== next.pinned) return hit.pinned;
  if (hit.weight !== next.weight) return hit.weight > next.weight;
  if (isLapsed(hit.entry.status)) return false;
  if ((hit.entry.kind === 'clause') !== next.clause) return hit.entry.kind === 'clause';
  if (hit.score !== next.score) return hit.score > next.score;
  return hit.index < next.i;
}

const headFields = ['heading', 'keywords'];
const isLoneHan = (t: string) => [...t].length === 1 && isHan(t);

/** Form entries that link per jurisdiction (hit-link.ts): their labels need every jurisdiction's name. */
const linksPerPlace = (hit: SearchHit) => hit.entry.kind === 'form' || hit.entry.ref.startsWith('form-field:');

export async function createShardedSearcher(fetchJson: FetchJson): Promise<ShardedSearcher> {
  const manifest = (await fetchJson(manifestPath)) as SearchManifest;
  if (manifest?.version !== 5) throw new Error('检索索引版本不符，请刷新页面。');
  const context = new ShardedContext(manifest, fetchJson);
  const view = new ShardedView(manifest, context);
  const pageLoads = new Map<number, Promise<void>>();
  const shardLoads = new Map<number, Promise<void>>();
  const fragmentLoads = new Map<number, Promise<void>>();

  const once = <K>(loads: Map<K, Promise<void>>, key: K, load: () => Promise<void>) => {
    let p = loads.get(key);
    if (!p) {
      p = load();
      p.catch(() => loads.delete(key));
      loads.set(key, p);
    }
    return p;
  };
  const loadTerms = async (terms: string[], prefixes: string[]) => {
    await Promise.all(view.pagesFor(terms, prefixes).map((p) => once(pageLoads, p, () => fetchJson(pagePath(p)).then((page) => view.addPage(p, page as TermDirectoryPage)))));
    await Promise.all(view.shardsFor(terms, prefixes).map((n) => once(shardLoads, n, () => fetchJson(shardPath(n)).then((s) => view.addShard(n, s as TermShard)))));
  };
  const loadEntries = (entries: Iterable<number>) => {
    const wanted = new Set<number>();
    for (const i of entries) if (!view.hasEntry(i)) wanted.add(Math.floor(i / manifest.fragmentSize));
    return Promise.all(
      [...wanted].map((n) => once(fragmentLoads, n, () => fetchJson(fragmentPath(n)).then((list) => view.addEntries(n * manifest.fragmentSize, list as EntryFragment)))),
    );
  };

  /** Normalise in passes until no lookup lacks its file (sharded-context.ts). */
  async function normalise(raw: string) {
    for (;;) {
      context.begin();
      const terms = queryTerms(raw, context);
      const misses = context.misses;
      if (misses.length === 0) return terms;
      await context.load(misses);
    }
  }

  async function search(raw: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const { query, terms, extra } = await normalise(raw);
    const looked = [...new Set([...terms, ...extra, ...extra.flatMap(uniqueTerms)])];
    // A document named by its 发文字号 is listed whole when nothing else matches: its clauses come first.
    // Clauses named by number are found through their number files, which say which entry each is.
    await Promise.all([loadTerms(looked, []), loadEntries(view.documentEntries(query.documents))]);
    // A lone character is asked as a prefix only when no other term is (search.ts lunrQuery): the many
    // shards its prefix spans (责 of 负什么责: fifty) are fetched only then, and the candidates found again.
    let prefixes: string[] = [];
    view.prepare(looked, prefixes);
    let found = candidates(view, raw, options);
    while (view.missingPrefixes.length > 0) {
      prefixes = [...prefixes, ...view.missingPrefixes];
      await loadTerms([], prefixes);
      view.prepare(looked, prefixes);
      found = candidates(view, raw, options);
    }
    const limit = options.limit ?? 20;
    // A form question weighs every form against the best of them, and a 附件 named pins its form: all are fetched first.
    if (found.query.asksForm || found.query.attachments.length > 0) await loadEntries(manifest.forms);
    const order = bounds(view, found);
    for (let batch = limit + margin; ; batch *= 2) {
      const fetched = new Map(order.filter((b) => view.hasEntry(b.i)).map((b) => [b.i, b.score]));
      const rank = () => rankCandidates(view, { ...found, scores: fetched }, options);
      let response = rank();
      const waiting = order.filter((b) => !view.hasEntry(b.i));
      const last = response.hits[limit - 1];
      if (waiting.length === 0 || (last && ranksBefore(last, waiting[0]!))) {
        // Labels and links: the hits' documents, the named ones, and every jurisdiction a form hit links to.
        const documents = [...new Set([...query.documents, ...response.hits.flatMap((h) => (h.entry.document ? [h.entry.document] : []))])];
        const places = [...new Set([...query.jurisdictions, ...(options.filters?.jurisdiction ? [options.filters.jurisdiction] : []), ...response.hits.filter(linksPerPlace).flatMap((h) => [...h.entry.jurisdictions, ...(/^\/([^/]+)\//u.exec(h.entry.url)?.slice(1) ?? [])])])];
        if (await context.complete(documents, places)) response = rank();
        // Not every candidate was confirmed: the total is how many lunr found.
        if (waiting.length > 0) response.total = Math.max(response.total, order.length);
        return response;
      }
      await loadEntries(waiting.slice(0, batch).map((b) => b.i));
    }
  }

  return { context, search };
}
