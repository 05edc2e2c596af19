/**
 * Loaded on first use only (dynamic import): fetches the index and builds the
 * searcher. Everything heavy (lunr, the index file) stays out of the page
 * until someone focuses or types in the search box.
 */
import { createSearcher, type Searcher } from '../../lib/search/search.ts';
import type { SearchIndexFile } from '../../lib/search/search-types.ts';

export const searchIndexUrl = '/api/search-index.json';

let pending: Promise<Searcher> | undefined;

export function loadSearcher(url = searchIndexUrl): Promise<Searcher> {
  pending ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<SearchIndexFile>;
    })
    .then(createSearcher)
    .catch((error: unknown) => {
      pending = undefined; // let the next keystroke try again
      throw error;
    });
  return pending;
}
