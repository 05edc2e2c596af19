/**
 * `npm run bench -- search [--large]`: the sharded search index (site/lib/search/README.md)
 * for the shipped site and the shipped config plus 200 synthetic counties
 * (and 3,000 with --large): time to build the parts, their number and size,
 * what a first query and each relevance-set query download (gzip, each file
 * compressed on its own as a server sends it), and query time in Node and in
 * Chromium (/usr/bin/chromium; parts served from a local server). The whole
 * index as one file (/api/search-index.json) is printed beside it as the
 * reference, measured in the same run. Prints figures only.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { buildSearchIndex } from '../../site/lib/search/build-index.ts';
import { buildShards } from '../../site/lib/search/build-shards.ts';
import { createShardedSearcher, type FetchJson } from '../../site/lib/search/sharded-searcher.ts';
import { fragmentPath, manifestPath, shardPath } from '../../site/lib/search/shard-types.ts';
import type { SearchStore } from '../../site/lib/search/search-types.ts';
import { shippedStore, syntheticStore } from './search-corpora.ts';
import { timeSearcher, type SearchTimings } from './search-timing.ts';
import { serveDir } from './serve-dir.ts';
import { repoRoot } from '../lib/schema-files.ts';

const rounds = 3;

interface Corpus {
  key: string;
  label: string;
  entries: number;
  terms: number;
  shards: number;
  fragments: number;
  buildMs: number;
  files: Map<string, string>;
  gzip: Map<string, number>;
  wholeGzip: number;
}

function makeCorpus(key: string, label: string, store: SearchStore): Corpus {
  const t0 = performance.now();
  const built = buildShards(store);
  const files = new Map<string, string>([[manifestPath, JSON.stringify(built.manifest)]]);
  built.shards.forEach((s, n) => files.set(shardPath(n), JSON.stringify(s)));
  built.fragments.forEach((f, n) => files.set(fragmentPath(n), JSON.stringify(f)));
  const buildMs = performance.now() - t0;
  const gzip = new Map([...files].map(([path, text]) => [path, gzipSync(text).length]));
  const wholeGzip = gzipSync(JSON.stringify(buildSearchIndex(store))).length;
  const terms = built.shards.reduce((n, s) => n + s.terms.length, 0);
  return { key, label, entries: store.entries.length, terms, shards: built.shards.length, fragments: built.fragments.length, buildMs, files, gzip, wholeGzip };
}

/** What one fresh visitor downloads for these queries, in order (gzip bytes). */
async function payload(corpus: Corpus, queries: string[]): Promise<number> {
  const fetched = new Set<string>();
  const fetchJson: FetchJson = async (path) => {
    fetched.add(path);
    return JSON.parse(corpus.files.get(path)!);
  };
  const searcher = await createShardedSearcher(fetchJson);
  for (const q of queries) await searcher.search(q, { limit: 50 });
  return [...fetched].reduce((n, p) => n + corpus.gzip.get(p)!, 0);
}

async function browserBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "import { createShardedSearcher } from './site/lib/search/sharded-searcher.ts'; import { timeSearcher } from './scripts/bench/search-timing.ts';" +
        ' globalThis.baoxueTimeSearch = (base, queries, rounds) => timeSearcher(createShardedSearcher, (p) => fetch(base + p).then((r) => r.json()), queries, rounds);',
      resolveDir: repoRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

async function chromiumTimings(corpora: Corpus[], queries: string[]): Promise<Map<string, SearchTimings>> {
  const root = mkdtempSync(join(tmpdir(), 'baoxue-search-parts-'));
  const out = new Map<string, SearchTimings>();
  const { server, origin } = await serveDir(root);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    // A page of the same origin, so the parts are fetched without CORS.
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>search bench</title>');
    for (const c of corpora) {
      mkdirSync(join(root, c.key));
      for (const [path, text] of c.files) writeFileSync(join(root, c.key, path), text);
    }
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.addScriptTag({ content: await browserBundle() });
    for (const c of corpora) {
      const t = await page.evaluate(
        ({ base, queries, rounds }) =>
          (globalThis as unknown as { baoxueTimeSearch: (...a: unknown[]) => Promise<SearchTimings> }).baoxueTimeSearch(base, queries, rounds),
        { base: `${origin}/${c.key}/`, queries, rounds },
      );
      out.set(c.key, t);
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
  return out;
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function printTable(head: string[], body: string[][]): void {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);
  const cols = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(cols[i]! - width(c))).join('  ');
  console.log(line(head));
  console.log(cols.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

export async function run(): Promise<void> {
  const large = process.argv.includes('--large');
  const relevance = JSON.parse(readFileSync(`${repoRoot}/test/search/relevance.json`, 'utf8')) as { queries: { query: string }[] };
  const queries = relevance.queries.map((q) => q.query);
  const t0 = performance.now();
  const corpora = [makeCorpus('shipped', '本站', shippedStore())];
  for (const n of large ? [200, 3000] : [200]) {
    const t = performance.now();
    const store = syntheticStore(n);
    console.log(`（生成并载入 ${n} 个合成县的配置：${ms(performance.now() - t)}）`);
    corpora.push(makeCorpus(`synthetic-${n}`, `本站 + ${n} 个合成县`, store));
  }
  console.log(`（建索引共 ${ms(performance.now() - t0)}）`);
  console.log(`查询：test/search/relevance.json 的 ${queries.length} 条；首次查询 = “${queries[0]}”。下载量为 gzip 后字节数（每个文件单独压缩）。`);
  const payloads = new Map<string, { first: number; each: number[]; session: number }>();
  for (const c of corpora) {
    const each: number[] = [];
    for (const q of queries) each.push(await payload(c, [q]));
    payloads.set(c.key, { first: each[0]!, each, session: await payload(c, queries) });
  }
  printTable(
    ['语料', '条目数', '词项数', '词项分片', '条目片段', '建分片', '整体索引 gzip', '首次查询下载', '单条查询下载 p50', 'p95', '最大', '全部查询合计'],
    corpora.map((c) => {
      const p = payloads.get(c.key)!;
      return [c.label, String(c.entries), String(c.terms), String(c.shards), String(c.fragments), ms(c.buildMs), kb(c.wholeGzip), kb(p.first), kb(percentile(p.each, 50)), kb(percentile(p.each, 95)), kb(Math.max(...p.each)), kb(p.session)];
    }),
  );
  const node = new Map<string, SearchTimings>();
  for (const c of corpora) node.set(c.key, await timeSearcher(createShardedSearcher, async (p) => JSON.parse(c.files.get(p)!), queries, rounds));
  let browser = new Map<string, SearchTimings>();
  try {
    browser = await chromiumTimings(corpora, queries);
  } catch (error) {
    console.log(`（未能在 Chromium 中测量：${error instanceof Error ? error.message.split('\n')[0] : String(error)}）`);
  }
  console.log(`\n查询时间：首次 = 每条查询第一次（含取分片，Chromium 从本机服务器取），之后 ${rounds} 轮为已加载时；加载 = 取并解析清单。`);
  const rows: string[][] = [];
  for (const c of corpora) {
    for (const [runtime, t] of [['Node', node.get(c.key)], ['Chromium', browser.get(c.key)]] as const) {
      if (!t) continue;
      rows.push([c.label, runtime, ms(t.loadMs), ms(percentile(t.cold, 50)), ms(percentile(t.cold, 95)), ms(percentile(t.warm, 50)), ms(percentile(t.warm, 95))]);
    }
  }
  printTable(['语料', '运行环境', '加载清单', '首次 p50', '首次 p95', '已加载 p50', '已加载 p95'], rows);
}
