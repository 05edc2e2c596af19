/** The search index of the shipped configuration, built once per test file. */
import { buildSearchIndex } from '../../../site/lib/search/build-index.ts';
import { searchStore } from '../../../site/lib/search/search-entries.ts';
import { siteSearchSources } from '../../../site/lib/search/site-search-sources.ts';
import { createSearcher, type Searcher } from '../../../site/lib/search/search.ts';
import type { SearchStore } from '../../../site/lib/search/search-types.ts';

let store: SearchStore | undefined;
let searcher: Searcher | undefined;

export function siteStore(): SearchStore {
  return (store ??= searchStore(siteSearchSources()));
}

/** Through JSON, as the browser receives it. */
export function siteSearcher(): Searcher {
  return (searcher ??= createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(siteStore())))));
}
