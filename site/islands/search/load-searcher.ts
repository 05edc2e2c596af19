/**
 * Loaded on first use only (dynamic import): fetches the index manifest and
 * builds the searcher. Everything heavy (lunr, the index) stays out of the
 * page until someone focuses or types in the search box.
 *
 * Every corpus, the shipped site's too, is searched in parts
 * (site/lib/search/README.md), fetching only what each query needs: the whole
 * index (/api/search-index.json, 159 KB gzip for the shipped site) is three
 * times what a first query fetches in parts (docs/BENCHMARKS.md).
 */
import { createShardedSearcher, type ShardedSearcher } from '../../lib/search/sharded-searcher.ts';
import { limitedFetch } from '../../lib/search/limited-fetch.ts';

export const searchIndexBase = '/api/search-index/';

let pending: Promise<ShardedSearcher> | undefined;

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json() as Promise<unknown>;
}

function load(base: string): Promise<ShardedSearcher> {
  const get = limitedFetch(getJson);
  return createShardedSearcher((path) => get(`${base}${path}`));
}

export function loadSearcher(base = searchIndexBase): Promise<ShardedSearcher> {
  pending ??= load(base).catch((error: unknown) => {
    pending = undefined; // let the next keystroke try again
    throw error;
  });
  return pending;
}
