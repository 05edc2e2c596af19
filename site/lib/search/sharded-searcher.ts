/**
 * Searching a sharded index (shard-types.ts) as the browser does: the
 * manifest first, then per query only the term shards holding its terms and
 * the entry fragments holding its candidates, each fetched once and kept.
 * Ranking is search.ts's, unchanged: phase one (lunr) on the loaded shards,
 * phase two (confirmation, coverage, highlights) on the loaded entries.
 */
import { candidates, queryTerms, rankCandidates, type SearchContext, type SearchOptions, type SearchResponse } from './search.ts';
import { ShardedView } from './sharded-view.ts';
import { fragmentPath, manifestPath, shardPath, type EntryFragment, type SearchManifest, type TermShard } from './shard-types.ts';
import { isHan, uniqueTerms } from './tokenizer.ts';

/** Fetch and parse one file of the index, by its path relative to the index folder. */
export type FetchJson = (path: string) => Promise<unknown>;

export interface ShardedSearcher {
  context: SearchContext;
  search(raw: string, options?: SearchOptions): Promise<SearchResponse>;
}

/**
 * Above this many candidates only those lunr scores highest are fetched and
 * ranked. The shipped corpus never gets near it; at national scale a query of
 * one common word (学生) would otherwise fetch a large part of all entries.
 */
export const maxRanked = 600;

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
    if (found.scores.size > maxRanked) {
      const keep = [...found.scores].filter(([i]) => !found.pinned.has(i)).sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, maxRanked);
      const kept = new Map(keep);
      for (const i of found.pinned) kept.set(i, found.scores.get(i)!);
      if (query.asksForm) for (const i of manifest.forms) kept.set(i, found.scores.get(i) ?? 0);
      found.scores = kept;
    }
    await loadEntries(found.scores.keys());
    return rankCandidates(view, found, options);
  }

  return { context: manifest, search };
}
