/**
 * The timing loop of the search benchmark. It runs unchanged in Node and,
 * bundled by esbuild, inside Chromium (fetching the index parts from a local
 * server), so both runtimes are measured the same way.
 */
import type { createShardedSearcher, FetchJson } from '../../site/lib/search/sharded-searcher.ts';

export interface SearchTimings {
  /** manifest fetched and parsed */
  loadMs: number;
  /** each query the first time (fresh searcher: manifest and every part it needs) */
  cold: number[];
  /** every query again, its parts loaded, over several rounds */
  warm: number[];
  /**
   * The reference, per query: fetching the same files afresh and JSON.parse of
   * each, nothing else. A query can hardly take less, so cold ÷ reference says
   * what the search itself costs on this machine, at this moment.
   */
  reference: number[];
}

export async function timeSearcher(create: typeof createShardedSearcher, fetchJson: FetchJson, queries: string[], rounds: number, limit = 20): Promise<SearchTimings> {
  const t0 = performance.now();
  await create(fetchJson);
  const loadMs = performance.now() - t0;
  const cold: number[] = [];
  const reference: number[] = [];
  for (const q of queries) {
    const paths: string[] = [];
    const logged: FetchJson = (p) => {
      paths.push(p);
      return fetchJson(p);
    };
    const t = performance.now();
    const searcher = await create(logged);
    await searcher.search(q, { limit });
    cold.push(performance.now() - t);
    const r = performance.now();
    await Promise.all(paths.map((p) => fetchJson(p)));
    reference.push(performance.now() - r);
  }
  const searcher = await create(fetchJson);
  for (const q of queries) await searcher.search(q, { limit });
  const warm: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const t = performance.now();
      await searcher.search(q, { limit });
      warm.push(performance.now() - t);
    }
  }
  return { loadMs, cold, warm, reference };
}
