/**
 * Loaded on first use only (dynamic import): fetches the index manifest and
 * builds the searcher, which then fetches only the term shards and entry
 * fragments each query needs (site/lib/search/README.md). Everything heavy
 * (lunr, the index) stays out of the page until someone focuses or types in
 * the search box.
 */
import { createShardedSearcher, type ShardedSearcher } from '../../lib/search/sharded-searcher.ts';

export const searchIndexBase = '/api/search-index/';

let pending: Promise<ShardedSearcher> | undefined;

export function loadSearcher(base = searchIndexBase): Promise<ShardedSearcher> {
  const fetchJson = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json() as Promise<unknown>;
  };
  pending ??= createShardedSearcher(fetchJson).catch((error: unknown) => {
    pending = undefined; // let the next keystroke try again
    throw error;
  });
  return pending;
}
