/**
 * Build time only (reads files): what the search index is built from on this
 * site — the built documents and jurisdictions, and the form schemas.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allResolved, documents } from '../site-data.ts';
import type { FormSchemaInfo, SearchSources } from './search-entries.ts';

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
