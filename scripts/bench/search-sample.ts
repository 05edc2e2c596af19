/**
 * `node scripts/bench/search-sample.ts <counties> [--every N] [--cache DIR] [--show K]`:
 * for iterating on the sharded index's download size. Builds the shipped config
 * plus N synthetic counties, shards it in memory once, and prints per query
 * (every N-th of test/search/relevance.json, the first, 辍学 三天, included) the
 * gzip bytes a fresh visitor downloads for a page of 20, split by kind of file.
 * The synthetic search store is slow to generate at 3,000 counties, so with
 * --cache it is kept as JSON in DIR between runs (never committed).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildShards } from '../../site/lib/search/build-shards.ts';
import { createShardedSearcher, type FetchJson } from '../../site/lib/search/sharded-searcher.ts';
import type { SearchStore } from '../../site/lib/search/search-types.ts';
import { shippedStore, syntheticStore } from './search-corpora.ts';
import { repoRoot } from '../lib/schema-files.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const counties = Number(args[0] ?? 200);
const every = Number(option('--every') ?? 4);
const cacheDir = option('--cache');
const show = Number(option('--show') ?? 8);

function store(): SearchStore {
  if (counties === 0) return shippedStore();
  const cached = cacheDir ? join(cacheDir, `baoxue-store-${counties}.json`) : undefined;
  if (cached && existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8')) as SearchStore;
  const s = syntheticStore(counties);
  if (cached) writeFileSync(cached, JSON.stringify(s));
  return s;
}

const t0 = performance.now();
const s = store();
const t1 = performance.now();
const built = buildShards(s);
const t2 = performance.now();
console.log(`${counties} 个县：${s.entries.length} 条目，取语料 ${((t1 - t0) / 1000).toFixed(1)} s，建分片 ${((t2 - t1) / 1000).toFixed(1)} s`);

const texts = new Map<string, string>();
const sizes = new Map<string, number>();
const gzip = (path: string) => {
  let n = sizes.get(path);
  if (n === undefined) {
    let t = texts.get(path);
    if (t === undefined) texts.set(path, (t = JSON.stringify(built.files.get(path))));
    sizes.set(path, (n = gzipSync(t).length));
  }
  return n;
};
const kind = (path: string) => /^[a-z]+/u.exec(path)![0];

const relevance = JSON.parse(readFileSync(join(repoRoot, 'test/search/relevance.json'), 'utf8')) as { queries: { query: string }[] };
const queries = relevance.queries.map((q) => q.query).filter((_, k) => k % every === 0);
const rows: { q: string; total: number; by: Map<string, number>; ms: number }[] = [];
for (const q of queries) {
  const fetched = new Set<string>();
  const fetchJson: FetchJson = async (path) => {
    fetched.add(path);
    const body = built.files.get(path);
    if (body === undefined) throw new Error(`检索索引中没有 ${path}`);
    // A fresh copy, as a browser parses one: the searcher must not share state between visitors.
    return JSON.parse(JSON.stringify(body));
  };
  const q0 = performance.now();
  const searcher = await createShardedSearcher(fetchJson);
  await searcher.search(q, { limit: 20 });
  const ms = performance.now() - q0;
  const by = new Map<string, number>();
  let total = 0;
  for (const p of fetched) {
    const n = gzip(p);
    total += n;
    by.set(kind(p), (by.get(kind(p)) ?? 0) + n);
  }
  rows.push({ q, total, by, ms });
}
const kb = (n: number) => (n / 1024).toFixed(1);
const sorted = rows.map((r) => r.total).sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
const line = (r: (typeof rows)[number]) =>
  `${kb(r.total).padStart(8)} KB  ${[...r.by].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${kb(n)}`).join(', ')}  (${(r.ms / 1000).toFixed(1)} s)  ${r.q}`;
console.log(`第一条：${line(rows[0]!)}`);
console.log(`${rows.length} 条：p50 ${kb(pct(0.5))} KB，p95 ${kb(pct(0.95))} KB，最大 ${kb(sorted[sorted.length - 1]!)} KB，合计 ${kb(sorted.reduce((a, b) => a + b, 0))} KB（不含页面脚本）`);
for (const r of [...rows].sort((a, b) => b.total - a.total).slice(0, show)) console.log(line(r));
