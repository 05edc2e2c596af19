/**
 * `npm run bench -- search`: size of the search index (raw and gzip), the time
 * to load it (JSON.parse + rebuilding the lunr index) and query latency
 * (p50/p95 over the relevance-set queries), in Node and in Chromium, for the
 * seed corpus and for a synthetic corpus 20× larger. Prints figures only.
 *
 * The synthetic corpus is deterministic: 19 perturbed copies of every entry
 * (sentences rotated, one Han character in 40 swapped for another from the
 * corpus, documents and jurisdictions renamed) next to the originals. The swap
 * rate makes the vocabulary grow several-fold, as more real documents would;
 * the table shows the number of distinct terms.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { buildSearchIndex } from '../../site/lib/search/build-index.ts';
import { searchStore } from '../../site/lib/search/search-entries.ts';
import { siteSearchSources } from '../../site/lib/search/site-search-sources.ts';
import { createSearcher } from '../../site/lib/search/search.ts';
import type { SearchEntry, SearchIndexFile, SearchStore } from '../../site/lib/search/search-types.ts';
import { timeSearcher, type SearchTimings } from './search-timing.ts';
import { repoRoot } from '../lib/schema-files.ts';

const copies = 20;
const loadRuns = 7;
const queryRounds = 5;

interface Figures {
  corpus: string;
  runtime: string;
  entries: number;
  terms: number;
  raw: number;
  gzip: number;
  loadMs: number;
  /** the first query right after loading, when lunr's postings are still being unpacked */
  firstMs: number;
  p50: number;
  p95: number;
}

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function perturb(text: string, chars: string[], next: () => number): string {
  const sentences = text.split(/(?<=[。；])/u);
  const shift = sentences.length > 1 ? Math.floor(next() * sentences.length) : 0;
  const rotated = [...sentences.slice(shift), ...sentences.slice(0, shift)].join('');
  return [...rotated].map((ch) => (/\p{Script=Han}/u.test(ch) && next() < 1 / 40 ? chars[Math.floor(next() * chars.length)]! : ch)).join('');
}

export function syntheticStore(seed: SearchStore, times = copies): SearchStore {
  const next = random(20240601);
  const chars = [...new Set([...seed.entries.map((e) => e.text).join('')].filter((ch) => /\p{Script=Han}/u.test(ch)))];
  const entries: SearchEntry[] = [...seed.entries];
  const documents = [...seed.documents];
  const jurisdictions = [...seed.jurisdictions];
  for (let k = 1; k < times; k++) {
    const suffix = `-syn${k}`;
    for (const d of seed.documents) {
      documents.push({ ...d, id: d.id + suffix, ...(d.docNumber ? { docNumber: d.docNumber.replace(/(\d+)号$/, (_, n: string) => `${Number(n) + 100 * k}号`) } : {}) });
    }
    for (const j of seed.jurisdictions) jurisdictions.push({ ...j, id: j.id + suffix, name: `${j.name}${k}` });
    for (const e of seed.entries) {
      entries.push({
        ...e,
        ref: e.ref.replace(/^([^#:]+)/, `$1${suffix}`),
        text: perturb(e.text, chars, next),
        heading: perturb(e.heading, chars, next),
        jurisdictions: e.jurisdictions.map((j) => j + suffix),
        ...(e.document ? { document: e.document + suffix } : {}),
        ...(e.origin ? { origin: e.origin + suffix } : {}),
      });
    }
  }
  return { entries, documents, jurisdictions };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

function figures(corpus: string, runtime: string, json: string, t: SearchTimings): Figures {
  const times = [...t.times].sort((a, b) => a - b);
  const terms = (JSON.parse(json) as SearchIndexFile).index.terms.length;
  return { corpus, runtime, entries: t.entries, terms, raw: Buffer.byteLength(json), gzip: gzipSync(json).length, loadMs: median(t.loads), firstMs: median(t.firsts), p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** The browser build of the search code: the same modules the search page loads on first use. */
async function browserBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents:
        "import { createSearcher } from './site/lib/search/search.ts'; import { timeSearcher } from './scripts/bench/search-timing.ts';" +
        ' globalThis.baoxueTimeSearch = (json, queries, loadRuns, queryRounds) => timeSearcher(createSearcher, json, queries, loadRuns, queryRounds);',
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

async function chromiumFigures(corpora: { corpus: string; json: string }[], queries: string[]): Promise<Figures[]> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: await browserBundle() });
    const out: Figures[] = [];
    for (const { corpus, json } of corpora) {
      const measured = await page.evaluate(
        ({ json, queries, loadRuns, queryRounds }) =>
          (globalThis as unknown as { baoxueTimeSearch: (...a: unknown[]) => SearchTimings }).baoxueTimeSearch(json, queries, loadRuns, queryRounds),
        { json, queries, loadRuns, queryRounds },
      );
      out.push(figures(corpus, 'Chromium', json, measured));
    }
    return out;
  } finally {
    await browser.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (x: number) => `${x.toFixed(2)} ms`;

function printTable(rows: Figures[]): void {
  const head = ['语料', '运行环境', '条目数', '词项数', '索引大小', 'gzip 后', '加载（解析+建索引）', '首次查询', '查询 p50', '查询 p95'];
  const body = rows.map((r) => [r.corpus, r.runtime, String(r.entries), String(r.terms), kb(r.raw), kb(r.gzip), ms(r.loadMs), ms(r.firstMs), ms(r.p50), ms(r.p95)]);
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);
  const cols = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => c + ' '.repeat(cols[i]! - width(c))).join('  ');
  console.log(line(head));
  console.log(cols.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

export async function run(): Promise<void> {
  const relevance = JSON.parse(readFileSync(`${repoRoot}/test/search/relevance.json`, 'utf8')) as { queries: { query: string }[] };
  const queries = relevance.queries.map((q) => q.query);
  const seed = searchStore(siteSearchSources());
  const corpora = [
    { corpus: '种子语料', json: JSON.stringify(buildSearchIndex(seed)) },
    { corpus: `合成语料 ${copies}×`, json: JSON.stringify(buildSearchIndex(syntheticStore(seed))) },
  ];
  console.log(
    `查询：test/search/relevance.json 中的 ${queries.length} 条，每条 ${queryRounds} 轮（先预热一轮）。加载 = JSON.parse + 重建 lunr 索引，取 ${loadRuns} 次的中位数，不含网络传输；` +
      '首次查询 = 加载后的第一次查询（倒排表按需解包），中位数。',
  );
  const rows = corpora.map(({ corpus, json }) => figures(corpus, 'Node', json, timeSearcher(createSearcher, json, queries, loadRuns, queryRounds)));
  try {
    rows.push(...(await chromiumFigures(corpora, queries)));
  } catch (error) {
    console.log(`（未能在 Chromium 中测量：${error instanceof Error ? error.message.split('\n')[0] : String(error)}）`);
  }
  rows.sort((a, b) => a.corpus.localeCompare(b.corpus, 'zh') || a.runtime.localeCompare(b.runtime));
  printTable(rows);
  const seedChromium = rows.find((r) => r.corpus === '种子语料' && r.runtime === 'Chromium');
  if (seedChromium) {
    console.log(`种子语料：gzip ${kb(seedChromium.gzip)}（上限 300 KB），Chromium 查询 p95 ${ms(seedChromium.p95)}（目标 < 20 ms）。`);
  }
}
