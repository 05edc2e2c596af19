/**
 * The search index in parts (see README.md): a small manifest, term-range
 * shards and entry fragments. A query fetches the manifest, the shards holding
 * its terms and the fragments holding its candidates; nothing else.
 */
import type { IndexField } from './index-fields.ts';
import type { SearchDocumentInfo, SearchJurisdictionInfo } from './search-types.ts';

/** Served at /api/search/manifest.json. */
export interface SearchManifest {
  version: 3;
  fields: IndexField[];
  /** entries in the whole index */
  count: number;
  documents: SearchDocumentInfo[];
  jurisdictions: SearchJurisdictionInfo[];
  /** entry numbers of the forms (a question about a form weighs them all) */
  forms: number[];
  /** per document id: the first and last entry number of its clauses, which are consecutive */
  documentEntries: Record<string, [number, number]>;
  /** runs of consecutive entries stated by one jurisdiction: [first, last, index in jurisdictions] */
  origins: [number, number, number][];
  /** term shards in term order: the first term of each and how many terms it holds */
  shards: { first: string; terms: number }[];
  /** entries per fragment file: entry i is in fragment floor(i / fragmentSize) */
  fragmentSize: number;
  fragments: number;
}

/** Served at /api/search/terms-<n>.json: a run of consecutive terms (lunr's order). */
export interface TermShard {
  terms: string[];
  /** per term: how many entries hold it, in any field */
  df: number[];
  /**
   * Per term, for each field in manifest order: the number of entries n, n
   * entry-number gaps, then n lunr BM25 scores × 1000 (lunr rounds them to
   * three decimals, so the integers are exact). Last, for a Han bigram, the
   * entries whose title (which confirmation matches, no field indexes) alone
   * holds it: their number m and m entry-number gaps.
   */
  postings: number[][];
}

/** Served at /api/search/entries-<n>.json: entries fragmentSize·n … in order. */
export type EntryFragment = import('./search-types.ts').SearchEntry[];

export const manifestPath = 'manifest.json';
export const shardPath = (n: number) => `terms-${n}.json`;
export const fragmentPath = (n: number) => `entries-${n}.json`;
