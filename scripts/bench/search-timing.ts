/**
 * The timing loop of the search benchmark. It runs unchanged in Node and, bundled
 * by esbuild, inside Chromium, so both runtimes are measured the same way.
 */
import type { createSearcher } from '../../site/lib/search/search.ts';
import type { SearchIndexFile } from '../../site/lib/search/search-types.ts';

export interface SearchTimings {
  /** JSON.parse + rebuilding the index, per load run */
  loads: number[];
  /** the first query after each load, while lunr's postings are still being unpacked */
  firsts: number[];
  /** every timed query after a warm-up round */
  times: number[];
  entries: number;
}

export function timeSearcher(create: typeof createSearcher, json: string, queries: string[], loadRuns: number, queryRounds: number): SearchTimings {
  const loads: number[] = [];
  const firsts: number[] = [];
  let searcher = create(JSON.parse(json) as SearchIndexFile);
  for (let i = 0; i < loadRuns; i++) {
    const t0 = performance.now();
    searcher = create(JSON.parse(json) as SearchIndexFile);
    const t1 = performance.now();
    searcher.search(queries[i % queries.length]!);
    loads.push(t1 - t0);
    firsts.push(performance.now() - t1);
  }
  for (const q of queries) searcher.search(q);
  const times: number[] = [];
  for (let r = 0; r < queryRounds; r++) {
    for (const q of queries) {
      const t0 = performance.now();
      searcher.search(q);
      times.push(performance.now() - t0);
    }
  }
  return { loads, firsts, times, entries: searcher.store.entries.length };
}
