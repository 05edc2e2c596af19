/**
 * The search index in parts (see README.md): a small manifest, term-range
 * shards with a two-level directory, entry fragments, and the facts query
 * normalisation needs (documents, places, clause numbers, 附件) in small files
 * looked up by key. A query fetches the manifest and only the parts its own
 * words, numbers and candidates touch; nothing grows the manifest but the
 * number of directory pages.
 */
import type { IndexField } from './index-fields.ts';
import type { Level, SearchDocumentInfo } from './search-types.ts';

/** Served at /api/search-index/manifest.json: fetched by every first query, so kept small at any scale. */
export interface SearchManifest {
  version: 5;
  fields: IndexField[];
  /** entries in the whole index */
  count: number;
  /** entry numbers of the forms (a question about a form weighs them all) */
  forms: number[];
  /** the first term of each term-directory page (directory-<p>.json), in term order */
  pages: string[];
  /** entries per fragment file: entry i is in fragment floor(i / fragmentSize) */
  fragmentSize: number;
  fragments: number;
  /** how many bucket files each keyed lookup is spread over (bucketOf) */
  buckets: { serials: number; aliases: number; names: number; numbers: number };
  /** some jurisdiction's name is a single character (filed under that character, so every character is looked up) */
  shortAliases: boolean;
  /** the most 附件 any document has: attachments-<n>.json exists for 1 … this */
  attachments: number;
  /** runs of clause entries [first, last] (search-entries.ts puts every clause first: one run); the rest is guidance and forms */
  clauses: [number, number][];
  /** terms held by more entries than this carry no scores (index-fields.ts scoredDf): their shard lists them under `presence` */
  scoredDf: number;
}

/** directory-<p>.json: a run of consecutive term shards. */
export interface TermDirectoryPage {
  /** the number of the page's first shard */
  shard: number;
  /** lunr's number of the first shard's first term (terms are numbered through the whole index) */
  term: number;
  /** per shard: its first term and how many terms it holds */
  shards: [string, number][];
}

/** Served at terms-<n>.json: a run of consecutive terms (lunr's order). */
export interface TermShard {
  terms: string[];
  /** per term: how many entries hold it, in any field */
  df: number[];
  /**
   * Per term, for each field in manifest order: the number of entries n, n
   * entry-number gaps, then n lunr BM25 scores × 1000 (lunr rounds them to
   * three decimals, so the integers are exact). Last, the entries where
   * confirmation (a substring match) finds the term though no field holds it
   * as a token: for a Han bigram, those whose title alone has it; for a term
   * with letters or digits, also those holding it inside a longer run (2072
   * holds 72, 13日 holds 3日): their number m and m entry-number gaps; m = -1
   * when that list was too long to ship (the term may then be in any entry).
   */
  postings: number[][];
  /**
   * Terms held by more than manifest.scoredDf entries, which carry no score:
   * per field in manifest order, the entries holding it, as entry-number gaps
   * or, where that is shorter, a bitmap (bit i of byte i >> 3 is entry i, in
   * base64). Their `postings` then hold only the last part (the title list).
   */
  presence?: Record<string, (number[] | string)[]>;
  /**
   * Han bigrams in this shard's range that no field holds but some entry's
   * title does (confirmation matches titles): [bigram, entry-number gaps…].
   * A bigram in the range that is neither here nor in `terms` is in no entry.
   */
  titles?: [string, ...number[]][];
}

/** entries-<n>.json: entries fragmentSize·n … in order. */
export type EntryFragment = import('./search-types.ts').SearchEntry[];

/**
 * doc-<id>.json: one document as the result list labels it and normalisation
 * names it (its clause table is in clauses-<id>.json, fetched only when the
 * document or its place is named).
 */
export interface DocumentPart {
  /** position among all documents (normalisation keeps their order) */
  order: number;
  document: Omit<SearchDocumentInfo, 'clauses'>;
  /** first and last entry number of its clauses, which are consecutive */
  entries: [number, number] | null;
}

/** clauses-<id>.json: a document's clauses ([printed number, clause id]) and the entry number of each. */
export interface ClausePart {
  clauses: SearchDocumentInfo['clauses'];
  entries: number[];
}

/** place-<id>.json: a jurisdiction named in a query: its documents and the entries it states. */
export interface PlacePart {
  id: string;
  documents: string[];
  /** runs of consecutive entries it states: [first, last] */
  origins: [number, number][];
}

/** serials-<b>.json: documents by the serial of their 发文字号 (String(Number(serial))). */
export type SerialBucket = Record<string, [id: string, docNumber: string][]>;

/** aliases-<b>.json, by an alias's first two characters: [alias order, alias, jurisdiction id]. */
export type AliasBucket = [number, string, string][];

/** names-<b>.json, by jurisdiction id: [order, id, name, level]. */
export type NameBucket = [number, string, string, Level][];

/**
 * numbers-<b>.json: where each printed clause number sits, per numbering
 * ('c' continuous, 'n' nested): [document order, document id, clause id, entry number].
 */
export type NumberBucket = Record<string, [number, string, string, number][]>;

/** attachments-<n>.json: the n-th 附件 of every document that has one, distinct, in document order. */
export type AttachmentList = { title: string; form?: string }[];

export const manifestPath = 'manifest.json';
export const pagePath = (p: number) => `directory-${p}.json`;
export const shardPath = (n: number) => `terms-${n}.json`;
export const fragmentPath = (n: number) => `entries-${n}.json`;
export const documentPath = (id: string) => `doc-${id}.json`;
export const clausePath = (id: string) => `clauses-${id}.json`;
export const placePath = (id: string) => `place-${id}.json`;
export const serialPath = (b: number) => `serials-${b}.json`;
export const aliasPath = (b: number) => `aliases-${b}.json`;
export const namePath = (b: number) => `names-${b}.json`;
export const numberPath = (b: number) => `numbers-${b}.json`;
export const attachmentPath = (n: number) => `attachments-${n}.json`;

/** A set of entry numbers as a bitmap in base64 (TermShard.presence). */
export function encodeBitmap(refs: readonly number[], count: number): string {
  const bytes = new Uint8Array((count + 7) >> 3);
  for (const r of refs) bytes[r >> 3]! |= 1 << (r & 7);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The entry numbers of a bitmap from encodeBitmap, ascending. */
export function decodeBitmap(base64: string): number[] {
  const binary = atob(base64);
  const refs: number[] = [];
  for (let i = 0; i < binary.length; i++) {
    const byte = binary.charCodeAt(i);
    if (byte === 0) continue;
    for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) refs.push((i << 3) | bit);
  }
  return refs;
}

/** FNV-1a over UTF-16 code units: which of `buckets` files holds a key. */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

/** The key an alias is filed under: its first two characters. */
export const aliasKey = (alias: string) => [...alias].slice(0, 2).join('');

/** Enough buckets for about `per` keys each, a power of two. */
export function bucketCount(keys: number, per: number): number {
  let n = 1;
  while (n * per < keys) n *= 2;
  return n;
}
