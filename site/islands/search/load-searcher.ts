/**
 * Loaded on first use only (dynamic import): fetches the index manifest and
 * builds the searcher. Everything heavy (lunr, the index) stays out of the
 * page until someone focuses or types in the search box.
 *
 * A small corpus (up to `wholeIndexEntries` entries, as the shipped site) is
 * searched from the whole index in one request: a query of the sharded index
 * fetches tens of small parts, which on a slow PC or a busy line takes longer
 * than the one file. A province's corpus is searched in parts
 * (site/lib/search/README.md), fetching only what each query needs.
 */
import { createSearcher } from '../../lib/search/search.ts';
import { createShardedSearcher, type ShardedSearcher } from '../../lib/search/sharded-searcher.ts';
import type { SearchManifest } from '../../lib/search/shard-types.ts';
import type { SearchIndexFile } from '../../lib/search/search-types.ts';

export const searchIndexBase = '/api/search-index/';
export const wholeIndexUrl = '/api/search-index.json';
export const wholeIndexEntries = 2_000;

let pending: Promise<ShardedSearcher> | undefined;

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json() as Promise<unknown>;
}

async function load(base: string): Promise<ShardedSearcher> {
  const manifest = (await getJson(`${base}manifest.json`)) as SearchManifest;
  if (manifest.count <= wholeIndexEntries) {
    const whole = createSearcher((await getJson(wholeIndexUrl)) as SearchIndexFile);
    return { context: whole.store, search: async (raw, options) => whole.search(raw, options) };
  }
  return createShardedSearcher(async (path) => (path === 'manifest.json' ? manifest : getJson(`${base}${path}`)));
}

export function loadSearcher(base = searchIndexBase): Promise<ShardedSearcher> {
  pending ??= load(base).catch((error: unknown) => {
    pending = undefined; // let the next keystroke try again
    throw error;
  });
  return pending;
}
