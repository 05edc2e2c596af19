/**
 * Build time only (reads files): what the search index is built from on this
 * site — the built documents and jurisdictions, and the form schemas.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allResolved, documents } from '../site-data.ts';
import { searchStore, type FormSchemaInfo, type SearchSources } from './search-entries.ts';
import type { SearchStore } from './search-types.ts';

export function formSchemas(dir = resolve('schemas/forms')): FormSchemaInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()
    .map((f) => ({ id: f.replace(/\.schema\.json$/, ''), schema: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

export function siteSearchSources(): SearchSources {
  return { documents: documents(), jurisdictions: allResolved(), forms: formSchemas() };
}

let store: SearchStore | undefined;

/** This site's search store, built once per build: the whole index and its shards are two files made from it. */
export function siteSearchStore(): SearchStore {
  return (store ??= searchStore(siteSearchSources()));
}
