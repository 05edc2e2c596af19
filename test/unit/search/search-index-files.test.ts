/**
 * The search index is written by an integration, not by Astro routes: every file
 * buildShards makes (and the whole index) must land in the built site with the
 * very bytes the search page parses, and `astro dev` must serve the same ones.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../site/lib/search/build-index.ts';
import { buildShards } from '../../../site/lib/search/build-shards.ts';
import { searchIndexIntegration } from '../../../site/lib/search/search-index-integration.ts';
import { searchIndexFiles, writeSearchIndexFiles } from '../../../site/lib/search/search-index-files.ts';
import { siteStore } from './site-search.ts';

/** Every file under dir: path relative to it (with `/`) → text. */
function readTree(dir: string, base = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) for (const [p, t] of readTree(path, `${base}${name}/`)) out.set(p, t);
    else out.set(`${base}${name}`, readFileSync(path, 'utf8'));
  }
  return out;
}

/** What the built site must hold: site path → body, straight from buildShards and buildSearchIndex. */
function expected(): Map<string, string> {
  const store = siteStore();
  return new Map([
    ['api/search-index.json', JSON.stringify(buildSearchIndex(store))],
    ...[...buildShards(store).files].map(([path, body]) => [`api/search-index/${path}`, JSON.stringify(body)] as const),
  ]);
}

const noLogger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

describe('search index files', () => {
  it('writes every part buildShards makes, and the whole index, with the same bytes and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'baoxue-search-index-'));
    const count = writeSearchIndexFiles(dir, searchIndexFiles(siteStore()));
    const want = expected();
    const got = readTree(dir);
    expect(count).toBe(want.size);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [path, body] of want) expect(got.get(path), path).toBe(body);
    expect(got.has('api/search-index/manifest.json')).toBe(true);
  });

  it('the integration writes them into the built site when the build is done', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baoxue-search-index-build-'));
    const hook = searchIndexIntegration().hooks['astro:build:done'] as (o: unknown) => void | Promise<void>;
    await hook({ dir: pathToFileURL(`${dir}/`), logger: noLogger });
    const want = expected();
    const got = readTree(dir);
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    for (const [path, body] of want) expect(got.get(path), path).toBe(body);
  });

  it('the dev server serves the same files and passes every other request on', () => {
    type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
    let middleware: Middleware | undefined;
    const server = { middlewares: { use: (m: Middleware) => void (middleware = m) } };
    const hook = searchIndexIntegration().hooks['astro:server:setup'] as (o: unknown) => void;
    hook({ server, logger: noLogger });
    const get = (url: string, method = 'GET') => {
      const headers: Record<string, string> = {};
      let body: string | undefined;
      let passed = false;
      const res = { setHeader: (k: string, v: string) => void (headers[k] = v), end: (b?: string) => void (body = b ?? '') };
      middleware!({ url, method } as IncomingMessage, res as unknown as ServerResponse, () => void (passed = true));
      return { headers, body, passed };
    };
    const want = expected();
    for (const path of ['api/search-index.json', 'api/search-index/manifest.json', [...want.keys()].find((p) => /\/terms-\d+\.json$/.test(p))!]) {
      const r = get(`/${path}?v=1`);
      expect(r.passed, path).toBe(false);
      expect(r.body, path).toBe(want.get(path));
      expect(r.headers['Content-Type']).toBe('application/json; charset=utf-8');
    }
    expect(get('/api/search-index/no-such-file.json').passed).toBe(true);
    expect(get('/api/clauses.json').passed).toBe(true);
    expect(get('/api/search-index/manifest.json', 'POST').passed).toBe(true);
    expect(get('/api/search-index/manifest.json', 'HEAD')).toMatchObject({ passed: false, body: '' });
  });
});
