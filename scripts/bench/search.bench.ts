/**
 * `npm run bench -- search [--national]`: the sharded search index
 * (site/lib/search/README.md) for the shipped site and the shipped config plus
 * 200 synthetic counties (and 3,000 with --national): the parts' number and
 * size, what a fresh visitor's first query and each relevance-set query
 * download (gzip, each file compressed on its own as a server sends it; a page
 * of 20 results, as the search page shows), and query time in Node and in
 * Chromium (/usr/bin/chromium) beside a same-run reference (fetching and
 * parsing the same files). On the built site (dist/, if built) it also measures
 * the search page itself in Chromium (its JavaScript and index parts for the
 * first query) and runs Pagefind on the same dist/: its bytes per query and its
 * Recall@5 on test/unit/search's relevance set, beside ours. Prints figures;
 * returns the byte counts and ratios budgets.json checks. With --quick only the
 * shipped corpus's bytes, read from dist/ (the search page's JavaScript from its
 * HTML and chunk imports, the index parts from dist/api/search-index/), with no
 * browser: each relevance query as a visitor's first, printed as first, p95 and max.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type Browser } from '@playwright/test';
import { buildSearchIndex } from '../../site/lib/search/build-index.ts';
import { buildShards } from '../../site/lib/search/build-shards.ts';
import { createShardedSearcher, type FetchJson } from '../../site/lib/search/sharded-searcher.ts';
import { manifestPath, type SearchManifest } from '../../site/lib/search/shard-types.ts';
import type { SearchStore } from '../../site/lib/search/search-types.ts';
import { shippedStore, syntheticStore } from './search-corpora.ts';
import { timeSearcher, type SearchTimings } from './search-timing.ts';
import { serveDir } from './serve-dir.ts';
import { assetClosure, assetsNamedIn, chunkImports, type AssetGraph } from '../../site/offline/asset-graph.ts';
import { repoRoot } from '../lib/schema-files.ts';
import { recallAt5, runPagefind } from './search-pagefind.ts';
import type { BenchOptions, Metrics } from './metrics.ts';
import { createSearcher } from '../../site/lib/search/search.ts';

const rounds = 3;
/** results per page, as the search page asks (site/islands/search/search-page.ts) */
const pageSize = 20;

interface Corpus {
  key: string;
  label: string;
  entries: number;
  terms: number;
  shards: number;
  fragments: number;
  buildMs: number;
  /** an index file's text, as served (a national corpus's ~250,000 files are serialised on first ask) */
  text: (path: string) => string | undefined;
  /** gzip bytes of one file, as a server sends it (computed on first ask: a national corpus has ~300,000 files) */
  gzip: (path: string) => number;
  /** the whole index (/api/search-index.json), for comparison; not built for a national corpus (minutes, GBs) */
  wholeGzip: number | undefined;
}

function lazyGzip(text: (path: string) => string | undefined): (path: string) => number {
  const sizes = new Map<string, number>();
  return (path) => {
    let n = sizes.get(path);
    if (n === undefined) sizes.set(path, (n = gzipSync(text(path)!).length));
    return n;
  };
}

function lazyText(bodies: ReadonlyMap<string, unknown>): (path: string) => string | undefined {
  const texts = new Map<string, string>();
  return (path) => {
    let t = texts.get(path);
    if (t === undefined && bodies.has(path)) texts.set(path, (t = JSON.stringify(bodies.get(path))));
    return t;
  };
}

function makeCorpus(key: string, label: string, store: SearchStore, whole = true): Corpus {
  const t0 = performance.now();
  const built = buildShards(store);
  const buildMs = performance.now() - t0;
  const text = lazyText(built.files);
  const wholeGzip = whole ? gzipSync(JSON.stringify(buildSearchIndex(store))).length : undefined;
  const terms = built.shards.reduce((n, s) => n + s.terms.length, 0);
  return { key, label, entries: store.entries.length, terms, shards: built.shards.length, fragments: built.fragments.length, buildMs, text, gzip: lazyGzip(text), wholeGzip };
}

/** The shipped index as built into dist/api/search-index/ (exact bytes of the files a browser fetches). */
function distCorpus(dist: string): Corpus | undefined {
  const dir = join(dist, 'api', 'search-index');
  if (!existsSync(join(dir, manifestPath))) return undefined;
  const files = new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const manifest = JSON.parse(files.get(manifestPath)!) as SearchManifest;
  const shards = [...files.keys()].filter((f) => /^terms-\d+\.json$/u.test(f)).length;
  const text = (path: string) => files.get(path);
  return { key: 'dist', label: '本站（dist/）', entries: manifest.count, terms: 0, shards, fragments: manifest.fragments, buildMs: 0, text, gzip: lazyGzip(text), wholeGzip: undefined };
}

/**
 * The JavaScript the search page (dist/search/) loads for a first query,
 * from the build alone: the files its HTML names and everything they import,
 * statically or dynamically (the searcher is imported on first use). Exact
 * bytes, no browser, so `--quick` (CI) can hold them to a budget; the full run
 * prints the same figure measured in Chromium beside it.
 */
function searchPageJs(dist: string): { gzip: number; files: number } | undefined {
  const html = join(dist, 'search', 'index.html');
  if (!existsSync(html)) return undefined;
  const graph: AssetGraph = {};
  const astro = join(dist, '_astro');
  for (const f of readdirSync(astro)) if (f.endsWith('.js')) graph[`/_astro/${f}`] = chunkImports(`/_astro/${f}`, readFileSync(join(astro, f), 'utf8'));
  const js = assetClosure(graph, assetsNamedIn(readFileSync(html, 'utf8'))).filter((p) => p.endsWith('.js'));
  return { gzip: js.reduce((n, p) => n + gzipSync(readFileSync(join(dist, p))).length, 0), files: js.length };
}

/** Parsed files, shared by the payload runs (the searcher never changes what it loads): bytes do not depend on parsing afresh. */
const parsed = new WeakMap<Corpus, Map<string, unknown>>();

/** What one fresh visitor downloads for these queries, in order (gzip bytes). */
async function payload(corpus: Corpus, queries: string[]): Promise<number> {
  const fetched = new Set<string>();
  let cache = parsed.get(corpus);
  if (!cache) parsed.set(corpus, (cache = new Map()));
  const fetchJson: FetchJson = async (path) => {
    fetched.add(path);
    let body = cache.get(path);
    if (body !== undefined) return body;
    const text = corpus.text(path);
    if (text === undefined) throw new Error(`检索索引中没有 ${path}`);
    cache.set(path, (body = JSON.parse(text)));
    return body;
  };
  const searcher = await createShardedSearcher(fetchJson);
  for (const q of queries) await searcher.search(q, { limit: pageSize });
  return [...fetched].reduce((n, p) => n + corpus.gzip(p), 0);
}

async function browserBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        // Fetched as the search page does (site/islands/search/load-searcher.ts): a bounded number at once.
        "import { createShardedSearcher } from './site/lib/search/sharded-searcher.ts'; import { timeSearcher } from './scripts/bench/search-timing.ts';" +
        " import { limitedFetch } from './site/lib/search/limited-fetch.ts';" +
        " globalThis.baoxueTimeSearch = (base, queries, rounds) => timeSearcher(createShardedSearcher, limitedFetch((p) => fetch(base + p).then((r) => { if (!r.ok) throw new Error(`HTTP ${r.status} ${p}`); return r.json(); })), queries, rounds);",
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

/**
 * The queries measured on a corpus (bytes and time): all of them, or at a
 * national scale every `sampleEvery`-th, the first included (a fresh searcher
 * per query takes seconds there, and the whole run would take over an hour).
 */
const sampleEvery = 4;
const timedQueries = (c: Corpus, queries: string[]) => (c.entries > 100_000 ? queries.filter((_, k) => k % sampleEvery === 0) : queries);

async function chromiumTimings(browser: Browser, corpora: Corpus[], queries: string[]): Promise<Map<string, SearchTimings>> {
  const out = new Map<string, SearchTimings>();
  // Served from memory: a national corpus is ~300,000 files, too many to write out for one run.
  const byKey = new Map(corpora.map((c) => [c.key, c]));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>search bench</title>');
      return;
    }
    const [, key, file] = /^\/([^/]+)\/(.+)$/u.exec(path) ?? [];
    const text = key && file ? byKey.get(key)?.text(file) : undefined;
    if (text === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(text);
  });
  const origin = await new Promise<string>((ok) => server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${(server.address() as { port: number }).port}`)));
  try {
    // A page of the same origin, so the parts are fetched without CORS.
    const page = await browser.newPage();
    await page.goto(`${origin}/`);
    await page.addScriptTag({ content: await browserBundle() });
    for (const c of corpora) {
      const t = await page.evaluate(
        ({ base, queries, rounds }) =>
          (globalThis as unknown as { baoxueTimeSearch: (...a: unknown[]) => Promise<SearchTimings> }).baoxueTimeSearch(base, queries, rounds),
        { base: `${origin}/${c.key}/`, queries: timedQueries(c, queries), rounds },
      );
      out.set(c.key, t);
    }
    await page.close();
  } finally {
    server.close();
  }
  return out;
}

/**
 * The search page of the built site opened with ?q= in a fresh Chromium
 * context (no service worker): the gzip bytes of the JavaScript and of the
 * index parts it fetches until the results are shown.
 */
async function searchPageBytes(browser: Browser, dist: string, query: string): Promise<{ js: number; index: number; files: number }> {
  const { server, origin } = await serveDir(dist);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const sizes: Promise<{ url: string; bytes: number }>[] = [];
    page.on('response', (r) => sizes.push(r.body().then((b) => ({ url: r.url(), bytes: gzipSync(b).length }), () => ({ url: r.url(), bytes: 0 }))));
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    await page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const all = await Promise.all(sizes);
    const js = all.filter((f) => /\.m?js(\?|$)/u.test(f.url));
    const index = all.filter((f) => f.url.includes('/api/search-index'));
    return { js: js.reduce((n, f) => n + f.bytes, 0), index: index.reduce((n, f) => n + f.bytes, 0), files: js.length + index.length };
  } finally {
    await context.close();
    server.close();
  }
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

export async function run(options: BenchOptions = {}): Promise<Metrics> {
  const national = process.argv.includes('--national');
  const relevance = JSON.parse(readFileSync(`${repoRoot}/test/search/relevance.json`, 'utf8')) as { queries: { query: string; expected: string[] }[] };
  const queries = relevance.queries.map((q) => q.query);
  const metrics: Metrics = {};
  const t0 = performance.now();
  const dist = resolve(process.env.BAOXUE_OUT_DIR ?? join(repoRoot, 'dist'));
  const pageJs = searchPageJs(dist);
  // The shipped corpus as built into dist/ when there is one (the exact files; CI's --quick runs after npm test's build).
  const fromDist = distCorpus(dist);
  const shipped = shippedStore();
  const corpora = [fromDist ? { ...fromDist, key: 'shipped' } : makeCorpus('shipped', '本站（内存中建）', shipped)];
  if (!options.quick && fromDist) corpora[0]!.wholeGzip = gzipSync(JSON.stringify(buildSearchIndex(shipped))).length;
  for (const n of options.quick ? [] : national ? [200, 3000] : [200]) {
    const t = performance.now();
    const store = syntheticStore(n);
    console.log(`（生成并载入 ${n} 个合成县的配置：${ms(performance.now() - t)}，${store.entries.length} 条检索条目）`);
    corpora.push(makeCorpus(`synthetic-${n}`, `本站 + ${n} 个合成县`, store, n < 1000));
  }
  console.log(`（建索引共 ${ms(performance.now() - t0)}）`);
  console.log(
    `查询：test/search/relevance.json 的 ${queries.length} 条，每条一个新访客（先取清单），取一页 ${pageSize} 条结果；首次查询 = “${queries[0]}”。` +
      `下载量为 gzip 后字节数（每个文件单独压缩，服务器逐个发送时的大小）；“合计”另加搜索页的 JavaScript` +
      (pageJs ? `（${relative(repoRoot, dist) || '.'}/ 中 ${pageJs.files} 个文件，${kb(pageJs.gzip)}）。` : '（没有 dist/，未计；先 npm run build）。'),
  );
  const payloads = new Map<string, { first: number; each: number[]; session: number }>();
  for (const c of corpora) {
    const n = timedQueries(c, queries).length;
    if (n < queries.length) console.log(`（${c.label}：只测每 ${sampleEvery} 条中的第 1 条查询，共 ${n} 条，含第一条；下载量和时间都按这 ${n} 条）`);
  }
  for (const c of corpora) {
    const each: number[] = [];
    const tp = performance.now();
    for (const q of timedQueries(c, queries)) each.push(await payload(c, [q]));
    console.log(`（${c.label}：逐条统计下载量 ${ms(performance.now() - tp)}）`);
    payloads.set(c.key, { first: each[0]!, each, session: options.quick || each.length < queries.length ? NaN : await payload(c, queries) });
    metrics[`${c.key}.firstQueryIndexGzip`] = each[0]!;
    metrics[`${c.key}.queryIndexGzipP95`] = percentile(each, 95);
    metrics[`${c.key}.queryIndexGzipMax`] = Math.max(...each);
    metrics[`${c.key}.manifestGzip`] = c.gzip(manifestPath);
    if (pageJs) {
      // A visitor's first query, whichever it is: the page's JavaScript plus every index file that query fetches.
      metrics[`${c.key}.firstQueryGzip`] = pageJs.gzip + each[0]!;
      metrics[`${c.key}.firstQueryGzipP95`] = pageJs.gzip + percentile(each, 95);
      metrics[`${c.key}.firstQueryGzipMax`] = pageJs.gzip + Math.max(...each);
    }
  }
  if (pageJs) metrics['searchPageJsGzip'] = pageJs.gzip;
  const js = pageJs?.gzip ?? 0;
  const plus = (bytes: number) => (pageJs ? kb(js + bytes) : '—');
  printTable(
    ['语料', '条目数', '词项分片', '条目片段', '建分片', '清单 gzip', '整体索引 gzip', '首次查询：索引', '单条查询索引 p50', 'p95', '最大', '首次查询合计', '合计 p95', '合计最大', '全部查询合计'],
    corpora.map((c) => {
      const p = payloads.get(c.key)!;
      const [p50, p95, max] = [percentile(p.each, 50), percentile(p.each, 95), Math.max(...p.each)];
      return [c.label, String(c.entries), String(c.shards), String(c.fragments), c.buildMs ? ms(c.buildMs) : '—', kb(c.gzip(manifestPath)), c.wholeGzip === undefined ? '—' : kb(c.wholeGzip), kb(p.first), kb(p50), kb(p95), kb(max), plus(p.first), plus(p95), plus(max), Number.isNaN(p.session) ? '—' : kb(p.session)];
    }),
  );
  for (const c of corpora) {
    const p = payloads.get(c.key)!;
    const worst = timedQueries(c, queries).map((q, k) => [q, p.each[k]!] as const).sort((x, y) => y[1] - x[1]).slice(0, 3);
    console.log(`  ${c.label} 下载最多的查询：${worst.map(([q, b]) => `“${q}” ${kb(b)}`).join('，')}`);
  }
  if (options.quick) return metrics;

  const node = new Map<string, SearchTimings>();
  for (const c of corpora) node.set(c.key, await timeSearcher(createShardedSearcher, async (p) => JSON.parse(c.text(p)!), timedQueries(c, queries), rounds));
  const built = existsSync(join(dist, 'search', 'index.html')) && existsSync(join(dist, 'api', 'search-index', 'manifest.json'));
  let browser: Browser | undefined;
  let inBrowser = new Map<string, SearchTimings>();
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    inBrowser = await chromiumTimings(browser, corpora, queries);
  } catch (error) {
    console.log(`（未能在 Chromium 中测量：${error instanceof Error ? error.message.split('\n')[0] : String(error)}）`);
  }
  console.log(`\n查询时间：首次 = 新的检索器做这条查询（取清单和所需分片；Chromium 从本机服务器取）；已加载 = 之后 ${rounds} 轮；对照 = 同一轮中重新取同样这些文件并 JSON.parse。`);
  const rows: string[][] = [];
  for (const c of corpora) {
    for (const [runtime, t] of [['Node', node.get(c.key)], ['Chromium', inBrowser.get(c.key)]] as const) {
      if (!t) continue;
      const ratio = percentile(t.cold, 95) / Math.max(percentile(t.reference, 95), 0.1);
      if (runtime === 'Chromium') {
        metrics[`${c.key}.chromiumColdP95Ms`] = percentile(t.cold, 95);
        metrics[`${c.key}.chromiumWarmP95Ms`] = percentile(t.warm, 95);
        metrics[`${c.key}.chromiumColdP95ToReference`] = ratio;
      }
      rows.push([c.label, runtime, ms(percentile(t.cold, 50)), ms(percentile(t.cold, 95)), ms(percentile(t.warm, 50)), ms(percentile(t.warm, 95)), ms(percentile(t.reference, 50)), ms(percentile(t.reference, 95)), ratio.toFixed(2)]);
    }
  }
  printTable(['语料', '运行环境', '首次 p50', '首次 p95', '已加载 p50', '已加载 p95', '对照 p50', '对照 p95', '首次 p95 ÷ 对照 p95'], rows);

  if (!browser || !built) {
    console.log(built ? '' : '\n（没有 dist/：先 npm run build，才测搜索页本身和 Pagefind 对照）');
    await browser?.close();
    return metrics;
  }
  try {
    const pageBytes = await searchPageBytes(browser, dist, queries[0]!);
    metrics['shipped.firstQueryPageGzip'] = pageBytes.js + pageBytes.index;
    console.log(`\n搜索页（dist/，Chromium，不用服务工作线程）打开 ?q=${queries[0]}：JavaScript ${kb(pageBytes.js)} + 索引 ${kb(pageBytes.index)} = ${kb(pageBytes.js + pageBytes.index)}（${pageBytes.files} 个文件）`);
    for (const c of corpora.slice(1)) {
      const total = pageBytes.js + payloads.get(c.key)!.first;
      metrics[`${c.key}.firstQueryPageGzip`] = total;
      console.log(`  ${c.label}：同样的 JavaScript + 索引 ${kb(payloads.get(c.key)!.first)} = ${kb(total)}`);
    }
    const t = performance.now();
    const pf = await runPagefind(dist, () => browser!.newPage(), queries);
    const urls = new Map(shipped.entries.map((e) => [e.ref, e.url]));
    const expected = relevance.queries.map((q) => q.expected);
    const places = pf.queries.map((q) => q.places);
    const theirs = recallAt5(places, expected, (r) => urls.get(r));
    const theirPages = recallAt5(places, expected, (r) => urls.get(r), true);
    const whole = createSearcher(buildSearchIndex(shipped));
    const ours = recallAt5(queries.map((q) => whole.search(q, { limit: 5 }).hits.map((h) => h.entry.url)), expected, (r) => urls.get(r));
    const bytes = pf.queries.map((q) => q.bytes);
    const mine = payloads.get('shipped')!.each.map((b) => b + pageBytes.js);
    metrics['pagefind.firstQueryGzip'] = bytes[0]!;
    metrics['pagefind.recallAt5'] = theirs.found / theirs.total;
    metrics['shipped.recallAt5'] = ours.found / ours.total;
    console.log(`\nPagefind（${pf.pages} 个页面，同一 dist/，${ms(performance.now() - t)}）与本站检索，同一组查询，每条一个新访客：`);
    const pct = (r: { found: number; total: number }) => `${((100 * r.found) / r.total).toFixed(1)}%（${r.found}/${r.total}）`;
    printTable(
      ['检索', '首次查询下载', '单条查询 p50', 'p95', '最大', 'Recall@5（条款）', 'Recall@5（所在页面）'],
      [
        ['本站（JavaScript + 索引分片）', kb(mine[0]!), kb(percentile(mine, 50)), kb(percentile(mine, 95)), kb(Math.max(...mine)), pct(ours), '—'],
        ['Pagefind（脚本 + wasm + 索引）', kb(bytes[0]!), kb(percentile(bytes, 50)), kb(percentile(bytes, 95)), kb(Math.max(...bytes)), pct(theirs), pct(theirPages)],
      ],
    );
  } finally {
    await browser.close();
  }
  return metrics;
}
