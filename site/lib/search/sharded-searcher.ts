/**
 * Searching a sharded index (shard-types.ts) as the browser does: the
 * manifest first, then per query only the term shards holding its terms and
 * the entry fragments holding its candidates, each fetched once and kept.
 * Ranking is search.ts's, unchanged: phase one (lunr) on the loaded shards,
 * phase two (confirmation, coverage, highlights) on the loaded entries.
 */
import { candidates, headBoost, localBonus, queryTerms, rankCandidates, type Candidates, type SearchContext, type SearchOptions, type SearchResponse } from './search.ts';
import { coverage, planCoverage } from './query-coverage.ts';
import { ShardedView } from './sharded-view.ts';
import { fragmentPath, manifestPath, shardPath, type EntryFragment, type SearchManifest, type TermShard } from './shard-types.ts';
import { isHan, uniqueTerms } from './tokenizer.ts';

/** Fetch and parse one file of the index, by its path relative to the index folder. */
export type FetchJson = (path: string) => Promise<unknown>;

export interface ShardedSearcher {
  context: SearchContext;
  search(raw: string, options?: SearchOptions): Promise<SearchResponse>;
}

/** Candidates fetched beyond the page asked for, in case confirmation or a filter drops some. */
const margin = 10;

/**
 * An estimate of search.ts's ranking from the postings alone, so that only
 * the entries likely to be shown are fetched: a term is found where its
 * posting has the entry, a phrase where all its terms are, a term is in the
 * heading where the heading or keywords field has it; the origin comes from the
 * manifest's ranges. Confirmation and the real ranking follow on the fetched entries.
 */
function estimate(view: ShardedView, found: Candidates, manifest: SearchManifest): number[] {
  const { query, allTerms, weights, scores, pinned } = found;
  const plan = planCoverage({ phrases: query.phrases, terms: allTerms, weights, stands: allTerms.map((t) => (t in query.variantOf ? query.variantOf[t]! : t)) });
  const parts = allTerms.map(uniqueTerms);
  const phraseParts = query.phrases.map(uniqueTerms);
  const forms = new Set(manifest.forms);
  const rows = [...scores].map(([i, score]) => {
    const has = (t: string, fields?: readonly string[]) => ([...t].length === 1 && isHan(t) ? true : view.holds(t, i, fields));
    const present = parts.map((ts, k) => weights[k]! > 0 && ts.length > 0 && ts.every((t) => has(t)));
    const cover = coverage(plan, present, (k) => phraseParts[k]!.every((t) => has(t)), (t) => (parts[t]!.every((p) => has(p, headFields)) ? headBoost : 1));
    const origin = originOf(manifest.origins, i);
    const local = origin !== undefined && query.jurisdictions.includes(manifest.jurisdictions[origin]!.id) ? localBonus : 0;
    const answers = query.asksForm && forms.has(i) && cover.complete;
    return { i, score, pinned: pinned.has(i), answers, weight: cover.score + local };
  });
  rows.sort((a, b) => Number(b.pinned) - Number(a.pinned) || Number(b.answers) - Number(a.answers) || b.weight - a.weight || b.score - a.score || a.i - b.i);
  return rows.map((r) => r.i);
}

const headFields = ['heading', 'keywords'];

/** The jurisdiction (index) that states entry i, from the manifest's sorted runs. */
function originOf(origins: SearchManifest['origins'], i: number): number | undefined {
  let lo = 0;
  let hi = origins.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last, k] = origins[mid]!;
    if (i < first) hi = mid - 1;
    else if (i > last) lo = mid + 1;
    else return k;
  }
  return undefined;
}

export async function createShardedSearcher(fetchJson: FetchJson): Promise<ShardedSearcher> {
  const manifest = (await fetchJson(manifestPath)) as SearchManifest;
  if (manifest?.version !== 2) throw new Error('检索索引版本不符，请刷新页面。');
  const view = new ShardedView(manifest);
  const shardLoads = new Map<number, Promise<void>>();
  const fragmentLoads = new Map<number, Promise<void>>();

  const loadShards = (numbers: number[]) =>
    Promise.all(
      numbers.map((n) => {
        let p = shardLoads.get(n);
        if (!p) {
          p = fetchJson(shardPath(n)).then((s) => view.addShard(n, s as TermShard));
          p.catch(() => shardLoads.delete(n));
          shardLoads.set(n, p);
        }
        return p;
      }),
    );
  const loadEntries = (entries: Iterable<number>) => {
    const wanted = new Set<number>();
    for (const i of entries) if (!view.hasEntry(i)) wanted.add(Math.floor(i / manifest.fragmentSize));
    return Promise.all(
      [...wanted].map((n) => {
        let p = fragmentLoads.get(n);
        if (!p) {
          p = fetchJson(fragmentPath(n)).then((list) => view.addEntries(n * manifest.fragmentSize, list as EntryFragment));
          p.catch(() => fragmentLoads.delete(n));
          fragmentLoads.set(n, p);
        }
        return p;
      }),
    );
  };

  async function search(raw: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const { query, terms, extra } = queryTerms(raw, manifest);
    const looked = [...new Set([...terms, ...extra, ...extra.flatMap(uniqueTerms)])];
    const prefixes = looked.filter((t) => [...t].length === 1 && isHan(t));
    // Clauses named by number are found by ref inside their document's entries.
    const namedDocs = [...new Set([...query.clauses.map((r) => r.slice(0, r.indexOf('#'))), ...query.documents])];
    await Promise.all([loadShards(view.shardsFor(looked, prefixes)), loadEntries(view.documentEntries(namedDocs))]);
    view.prepare(looked, prefixes);
    const found = candidates(view, raw, options);
    const limit = options.limit ?? 20;
    const order = estimate(view, found, manifest);
    // Fetch the likeliest candidates a page at a time until a page of them is confirmed.
    let taken = 0;
    let response: SearchResponse;
    for (let batch = 2 * limit + margin; ; batch *= 2) {
      const next = order.slice(taken, taken + batch);
      taken += next.length;
      await loadEntries(next);
      const fetched = new Map(order.slice(0, taken).map((i) => [i, found.scores.get(i)!]));
      response = rankCandidates(view, { ...found, scores: fetched }, options);
      if (response.hits.length >= limit || taken >= order.length) break;
    }
    // Not every candidate was confirmed: the total is how many lunr found.
    if (taken < order.length) response.total = Math.max(response.total, order.length);
    return response;
  }

  return { context: manifest, search };
}
