/**
 * Build time only: every file of the search index, as site paths under /api/ → the exact
 * bytes served. The whole index (/api/search-index.json) and its parts (/api/search-index/…,
 * build-shards.ts) come from the one store (siteSearchStore), built once per build.
 *
 * They are not Astro routes: Astro rendered, routed and wrote each of the ~1,100 parts
 * (5,500 at 200 jurisdictions) as a page of its own, about a third of page generation.
 * search-index-integration.ts writes them after the build and serves them in dev.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSearchIndex } from './build-index.ts';
import { buildShards } from './build-shards.ts';
import { siteSearchStore } from './site-search-sources.ts';
import type { SearchStore } from './search-types.ts';

/** Where the search index is served from, below the site root. */
export const searchIndexPrefix = '/api/search-index';

/** The whole index and every part of it: site path (`/api/search-index.json`, `/api/search-index/<file>`) → body. */
export function searchIndexFiles(store: SearchStore = siteSearchStore()): Map<string, string> {
  const files = new Map<string, string>([[`${searchIndexPrefix}.json`, JSON.stringify(buildSearchIndex(store))]]);
  for (const [path, body] of buildShards(store).files) files.set(`${searchIndexPrefix}/${path}`, JSON.stringify(body));
  return files;
}

/** Writes the files into a built site (outDir is the site root); returns how many. */
export function writeSearchIndexFiles(outDir: string, files: Map<string, string>): number {
  const dirs = new Set<string>();
  for (const [path, body] of files) {
    const file = join(outDir, ...path.split('/').filter(Boolean));
    const dir = dirname(file);
    if (!dirs.has(dir)) mkdirSync(dir, { recursive: true }), dirs.add(dir);
    writeFileSync(file, body);
  }
  return files.size;
}
