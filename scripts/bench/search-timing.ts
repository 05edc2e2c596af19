/**
 * The timing loop of the search benchmark. It runs unchanged in Node and,
 * bundled by esbuild, inside Chromium (fetching the index parts from a local
 * server), so both runtimes are measured the same way.
 */
import type { createShardedSearcher, FetchJson } from '../../site/lib/search/sharded-searcher.ts';

export interface SearchTimings {
  /** manifest fetched and parsed */
  loadMs: number;
  /** each query the first time, fetching the parts it needs */
  cold: number[];
  /** every query again, its parts loaded, over several rounds */
  warm: number[];
}

export async function timeSearcher(create: typeof createShardedSearcher, fetchJson: FetchJson, queries: string[], rounds: number): Promise<SearchTimings> {
  const t0 = performance.now();
  const searcher = await create(fetchJson);
  const loadMs = performance.now() - t0;
  const cold: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    await searcher.search(q, { limit: 50 });
    cold.push(performance.now() - t);
  }
  const warm: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      await searcher.search(q, { limit: 50 });
      warm.push(performance.now() - t);
    }
  }
  return { loadMs, cold, warm };
}
