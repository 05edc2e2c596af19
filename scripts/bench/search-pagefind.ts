/**
 * Pagefind beside our search, for the search benchmark: Pagefind indexes the
 * same built site (dist/) into a temporary folder (never shipped), and runs
 * in Chromium with its own search script, as a site using it would. Per
 * query: the bytes its script, WebAssembly and index chunks take (gzip; its
 * index files are gzip already) and the places it lists, best first.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import * as pagefind from 'pagefind';
import { serveDir } from './serve-dir.ts';

export interface PagefindRun {
  pages: number;
  /** per query: gzip bytes fetched by a fresh visitor, and the result locations (sub-result anchors first), best first */
  queries: { bytes: number; places: string[] }[];
}

/** What a response costs on the wire: Pagefind's index files are gzip already, the rest is gzipped here. */
function wireBytes(body: Buffer): number {
  return body[0] === 0x1f && body[1] === 0x8b ? body.length : gzipSync(body).length;
}

export async function runPagefind(dist: string, page: () => Promise<Page>, queries: string[]): Promise<PagefindRun> {
  const root = mkdtempSync(join(tmpdir(), 'baoxue-pagefind-'));
  const { server, origin } = await serveDir(root);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind 未能建立索引：${errors.join('；')}`);
    const added = await index.addDirectory({ path: dist });
    if (added.errors.length) throw new Error(`Pagefind 索引出错：${added.errors.join('；')}`);
    await index.writeFiles({ outputPath: join(root, 'pagefind') });
    writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="zh-CN"><title>pagefind bench</title></html>');
    const out: PagefindRun['queries'] = [];
    for (const q of queries) {
      // A fresh page per query: what one visitor's first query costs.
      const p = await page();
      let bytes = 0;
      p.on('response', (r) => {
        if (r.url().includes('/pagefind/')) void r.body().then((b) => (bytes += wireBytes(b)), () => undefined);
      });
      await p.goto(`${origin}/`);
      const places = await p.evaluate(async (query) => {
        const pf = (await import('/pagefind/pagefind.js' as string)) as {
          init(): Promise<void>;
          search(q: string): Promise<{ results: { data(): Promise<{ url: string; sub_results?: { url: string }[] }> }[] }>;
        };
        await pf.init();
        const found = await pf.search(query);
        const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
        return data.flatMap((d) => (d.sub_results?.length ? d.sub_results.map((s) => s.url) : [d.url]));
      }, q);
      await p.waitForLoadState('networkidle');
      await p.close();
      out.push({ bytes, places });
    }
    return { pages: added.page_count, queries: out };
  } finally {
    await pagefind.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * Recall@5 as test/unit/search/relevance.test.ts counts it: an expected clause
 * among the first five places (Pagefind's sub-results, i.e. headings with an
 * anchor, in its order); with `pageOnly`, the clause's page among the first five pages.
 */
export function recallAt5(places: string[][], expected: string[][], urlOf: (ref: string) => string | undefined, pageOnly = false): { found: number; total: number } {
  let found = 0;
  let total = 0;
  const key = (u: string) => (pageOnly ? decodeURI(u).replace(/#.*$/u, '') : decodeURI(u));
  expected.forEach((refs, k) => {
    const top = [...new Set(places[k]!.map(key))].slice(0, 5);
    for (const ref of refs) {
      total += 1;
      const url = urlOf(ref);
      if (url && top.includes(key(url))) found += 1;
    }
  });
  return { found, total };
}
