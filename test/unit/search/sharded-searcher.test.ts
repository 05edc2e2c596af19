/**
 * The sharded index answers every query exactly as the whole index does,
 * while fetching only part of it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildShards } from '../../../site/lib/search/build-shards.ts';
import { createShardedSearcher, type FetchJson } from '../../../site/lib/search/sharded-searcher.ts';
import { fragmentPath, manifestPath, shardPath } from '../../../site/lib/search/shard-types.ts';
import type { SearchResponse } from '../../../site/lib/search/search.ts';
import { siteSearcher, siteStore } from './site-search.ts';

const relevance = JSON.parse(readFileSync(new URL('../../search/relevance.json', import.meta.url), 'utf8')) as { queries: { query: string }[] };
const extraQueries = ['国办发〔2017〕72号', '72号文 十一条', '唐河 三（二）', '学', '学生辍学了要填什么表', '劝返记录怎么写', '三.1.3', '卢政办〔2019〕18号 第三部分第一项第4条', 'zzzz 无此词'];
const queries = [...relevance.queries.map((q) => q.query), ...extraQueries];

/** Files served through JSON, as the browser gets them, with a log of what was fetched. */
function served(shardBytes?: number) {
  const built = buildShards(siteStore(), shardBytes ? { shardBytes } : {});
  const files = new Map<string, string>([[manifestPath, JSON.stringify(built.manifest)]]);
  built.shards.forEach((s, n) => files.set(shardPath(n), JSON.stringify(s)));
  built.fragments.forEach((f, n) => files.set(fragmentPath(n), JSON.stringify(f)));
  const fetched: string[] = [];
  const fetchJson: FetchJson = async (path) => {
    fetched.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`404 ${path}`);
    return JSON.parse(text);
  };
  return { built, files, fetched, fetchJson };
}

const summary = (r: SearchResponse) => ({
  total: r.total,
  fallback: r.fallback,
  hits: r.hits.map((h) => [h.entry.ref, h.url, h.score, h.weight, h.snippet.text, h.headingRanges]),
});

describe('sharded search index', () => {
  it.each([undefined, 2_000])('shows the same first 5 and 20 hits as the whole index (shards of about %s bytes)', async (shardBytes) => {
    const { fetchJson, built } = served(shardBytes);
    if (shardBytes) expect(built.shards.length).toBeGreaterThan(50);
    const sharded = await createShardedSearcher(fetchJson);
    const differ: string[] = [];
    for (const q of queries) {
      for (const limit of [5, 20]) {
        const mine = summary(await sharded.search(q, { limit })).hits;
        const whole = summary(siteSearcher().search(q, { limit })).hits;
        if (JSON.stringify(mine) !== JSON.stringify(whole)) differ.push(`${q} (${limit})：${mine.map((h) => h[0]).join(' ')} ≠ ${whole.map((h) => h[0]).join(' ')}`);
      }
    }
    const filtered = { filters: { jurisdiction: 'tanghe' }, limit: 20 };
    // Only the likeliest candidates are fetched (estimated from the postings, see sharded-searcher.ts):
    // a page can differ from the whole index's where the estimate misjudges (digits and lone characters).
    if (differ.length) console.log(`与整体索引不同的结果页（${differ.length}/${queries.length * 2}）：\n${differ.map((d) => d.slice(0, 200)).join('\n')}`);
    expect(differ.length).toBeLessThanOrEqual(Math.ceil(queries.length * 2 * 0.02));
    // A filter is applied to the fetched entries only: the hits all pass it and the best of them lead.
    const mine = (await sharded.search('辍学', filtered)).hits;
    expect(mine).toHaveLength(20);
    expect(mine.every((h) => h.entry.jurisdictions.includes('tanghe'))).toBe(true);
    expect(mine.slice(0, 5).map((h) => h.entry.ref)).toEqual(siteSearcher().search('辍学', { ...filtered, limit: 5 }).hits.map((h) => h.entry.ref));
  }, 180_000);

  it('keeps the relevance set’s Recall@5 of the whole index', async () => {
    const set = JSON.parse(readFileSync(new URL('../../search/relevance.json', import.meta.url), 'utf8')) as { queries: { query: string; expected: string[] }[] };
    const sharded = await createShardedSearcher(served().fetchJson);
    let mine = 0;
    let whole = 0;
    for (const q of set.queries) {
      const a = (await sharded.search(q.query, { limit: 5 })).hits.map((h) => h.entry.ref);
      const b = siteSearcher().search(q.query, { limit: 5 }).hits.map((h) => h.entry.ref);
      mine += q.expected.filter((r) => a.includes(r)).length;
      whole += q.expected.filter((r) => b.includes(r)).length;
    }
    expect(mine).toBe(whole);
  }, 120_000);

  it('fetches the manifest once and, per query, only the shards and fragments it needs', async () => {
    const { fetchJson, fetched, built } = served();
    const sharded = await createShardedSearcher(fetchJson);
    await sharded.search('四不办理', { limit: 20 });
    const shards = fetched.filter((f) => f.startsWith('terms-'));
    const fragments = fetched.filter((f) => f.startsWith('entries-'));
    expect(fetched.filter((f) => f === manifestPath)).toHaveLength(1);
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThanOrEqual(3);
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.length).toBeLessThan(built.fragments.length / 4);
    const before = fetched.length;
    await sharded.search('四不办理', { limit: 20 });
    expect(fetched.length).toBe(before);
  });

  it('keeps a document’s clauses consecutive so a named document is one range', () => {
    const { built } = served();
    const [first, last] = built.manifest.documentEntries['guobanfa-2017-72']!;
    const refs = siteStore().entries.slice(first, last + 1).map((e) => e.ref);
    expect(refs.every((r) => r.startsWith('guobanfa-2017-72#'))).toBe(true);
    expect(refs).toContain('guobanfa-2017-72#c11');
  });

  it('refuses a manifest of another version with a Chinese message', async () => {
    await expect(createShardedSearcher(async () => ({ version: 1 }))).rejects.toThrow('检索索引版本不符');
  });
});
