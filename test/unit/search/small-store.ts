/** Pieces the fast search tests (the *-small.test.ts files) build their few-entry corpora and served shards from. */
import type lunr from 'lunr';
import { buildShards, type ShardOptions } from '../../../site/lib/search/build-shards.ts';
import type { FetchJson } from '../../../site/lib/search/sharded-searcher.ts';
import type { SearchEntry, SearchStore } from '../../../site/lib/search/search-types.ts';

/** lunr.Index's fields that its type definitions leave out. */
export const inside = (idx: lunr.Index) => idx as unknown as { invertedIndex: Record<string, Record<string, object>>; fieldVectors: Record<string, unknown>; fields: string[] };

/** A national clause entry with nothing in it but what the test gives. */
export const entry = (over: Partial<SearchEntry>): SearchEntry => ({
  ref: 'x',
  kind: 'clause',
  title: '',
  heading: '',
  text: '',
  keywords: [],
  url: '/',
  jurisdictions: ['national'],
  level: 'national',
  ...over,
});

/** A store of just these entries: no documents, no jurisdictions. */
export const plain = (entries: SearchEntry[]): SearchStore => ({ documents: [], jurisdictions: [], entries });

/** The store's shard files served through JSON, as the browser gets them, with a log of what was fetched. */
export function servedShards(store: SearchStore, options: ShardOptions = {}) {
  const built = buildShards(store, options);
  const files = new Map<string, string>([...built.files].map(([path, body]) => [path, JSON.stringify(body)]));
  const fetched: string[] = [];
  const fetchJson: FetchJson = async (path) => {
    fetched.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`404 ${path}`);
    return JSON.parse(text);
  };
  return { built, files, fetched, fetchJson };
}
