/**
 * The sharded index answers every query exactly as the whole index does,
 * while fetching only part of it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildShards } from '../../../site/lib/search/build-shards.ts';
import { createShardedSearcher } from '../../../site/lib/search/sharded-searcher.ts';
import { documentPath, manifestPath, type DocumentPart } from '../../../site/lib/search/shard-types.ts';
import { createSearcher, type SearchResponse } from '../../../site/lib/search/search.ts';
import { buildSearchIndex } from '../../../site/lib/search/build-index.ts';
import type { SearchEntry, SearchStore } from '../../../site/lib/search/search-types.ts';
import { siteSearcher, siteStore } from './site-search.ts';
import { syntheticStore } from '../../../scripts/bench/search-corpora.ts';
import { servedShards } from './small-store.ts';

const relevance = JSON.parse(readFileSync(new URL('../../search/relevance.json', import.meta.url), 'utf8')) as { queries: { query: string }[] };
const extraQueries = ['国办发〔2017〕72号', '72号文 十一条', '唐河 三（二）', '学', '学生辍学了要填什么表', '劝返记录怎么写', '三.1.3', '卢政办〔2019〕18号 第三部分第一项第4条', 'zzzz 无此词', '工作日历', '核查类别', '责任分工', '缺勤处置', '领导小组 组长', '标准表单'];
const queries = [...relevance.queries.map((q) => q.query), ...extraQueries];

/** The site's shard files, served as the browser gets them. */
const served = (shardBytes?: number) => servedShards(siteStore(), shardBytes ? { shardBytes } : {});

const summary = (r: SearchResponse) => ({
  total: r.total,
  fallback: r.fallback,
  hits: r.hits.map((h) => [h.entry.ref, h.url, h.title, h.choices, h.pinned, h.score, h.weight, h.snippet.text, h.headingRanges]),
});

describe('sharded search index', () => {
  it.each([undefined, 2_000])('ranks every page exactly as the whole index (shards of about %s bytes)', async (shardBytes) => {
    const { fetchJson, built } = served(shardBytes);
    if (shardBytes) expect(built.shards.length).toBeGreaterThan(50);
    const sharded = await createShardedSearcher(fetchJson);
    const differ: string[] = [];
    for (const q of queries) {
      for (const options of [{ limit: 5 }, { limit: 20 }, { limit: 50 }, { limit: 20, filters: { jurisdiction: 'tanghe' } }, { limit: 10, filters: { kind: 'clause' as const } }]) {
        const mine = summary(await sharded.search(q, options)).hits;
        const whole = summary(siteSearcher().search(q, options)).hits;
        if (JSON.stringify(mine) !== JSON.stringify(whole)) differ.push(`${q} ${JSON.stringify(options)}：${mine.map((h) => h[0]).join(' ')} ≠ ${whole.map((h) => h[0]).join(' ')}`);
      }
    }
    expect(differ).toEqual([]);
  }, 300_000);

  // At a province's scale the common words (辍学, 学生) are held by more than scoredDf entries and
  // come as presence only. Here thresholds low enough that most of each query's words are such terms.
  it.each([8, 40])('ranks every page exactly as the whole index when terms held by more than %s entries carry no score', async (scoredDf) => {
    const { fetchJson, built } = servedShards(siteStore(), { scoredDf });
    const unscored = built.shards.flatMap((sh) => Object.keys(sh.presence ?? {}));
    expect(unscored.length).toBeGreaterThan(50);
    expect(built.shards.some((sh) => Object.values(sh.presence ?? {}).some((fields) => fields.some((f) => typeof f === 'string')))).toBe(true);
    const sharded = await createShardedSearcher(fetchJson);
    const whole = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(siteStore()))), { scoredDf });
    const differ: string[] = [];
    let reordered = 0;
    for (const q of queries) {
      for (const options of [{ limit: 5 }, { limit: 20 }, { limit: 50 }, { limit: 10, filters: { jurisdiction: 'tanghe' } }]) {
        const mine = summary(await sharded.search(q, options)).hits;
        const theirs = summary(whole.search(q, options)).hits;
        if (JSON.stringify(mine) !== JSON.stringify(theirs)) differ.push(`${q} ${JSON.stringify(options)}：${mine.map((h) => h[0]).join(' ')} ≠ ${theirs.map((h) => h[0]).join(' ')}`);
        if (JSON.stringify(theirs.map((h) => h[0])) !== JSON.stringify(summary(siteSearcher().search(q, options)).hits.map((h) => h[0]))) reordered += 1;
      }
    }
    expect(differ).toEqual([]);
    // The threshold does change the order somewhere (else this test would not test it).
    expect(reordered).toBeGreaterThan(0);
  }, 300_000);

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

  it('fetches the shards a lone character’s prefix spans only when lunr is asked it alone', async () => {
    const shardsFor = async (...asked: string[]) => {
      const { fetchJson, fetched } = served(2_000);
      const sharded = await createShardedSearcher(fetchJson);
      const responses = [];
      for (const q of asked) responses.push(summary(await sharded.search(q, { limit: 20 })));
      return { shards: fetched.filter((f) => f.startsWith('terms-')).length, responses };
    };
    const word = await shardsFor('劝返复学');
    const beside = await shardsFor('劝返复学 学');
    const alone = await shardsFor('学');
    // Next to other words the character is looked up as a term (one shard), not as a prefix.
    expect(beside.shards).toBeLessThanOrEqual(word.shards + 1);
    expect(alone.shards).toBeGreaterThan(beside.shards + 2);
    expect(alone.responses[0]!.hits.length).toBeGreaterThan(0);
    expect(alone.responses[0]).toEqual(summary(siteSearcher().search('学', { limit: 20 })));
    expect(beside.responses[0]).toEqual(summary(siteSearcher().search('劝返复学 学', { limit: 20 })));
  });

  it('keeps a document’s clauses consecutive so a named document is one range', () => {
    const { built } = served();
    const [first, last] = (built.files.get(documentPath('guobanfa-2017-72')) as DocumentPart).entries!;
    const refs = siteStore().entries.slice(first, last + 1).map((e) => e.ref);
    expect(refs.every((r) => r.startsWith('guobanfa-2017-72#'))).toBe(true);
    expect(refs).toContain('guobanfa-2017-72#c11');
  });

  it('bounds a rank by the title too, which confirmation matches and no field indexes', async () => {
    const entry = (ref: string, title: string, text: string): SearchEntry => ({ ref, kind: 'clause', title, heading: '', text, keywords: [], url: '/', jurisdictions: ['x'], level: 'county' });
    // Forty entries have 工作 and 日历 apart; one has 作日 (so the bigram has a posting); the last has 工作日历
    // as typed, but only in its title, and the longest text (the lowest BM25): a bound from the fields alone
    // would fetch it last, though its title's 作日 and the phrase rank it first. The rest make the words rare.
    const entries = [
      ...Array.from({ length: 40 }, (_, k) => entry(`b${k}`, '某县 · 其他', `工作安排，日历第${k}项。`)),
      entry('z', '某县 · 其他', '作日志。'),
      ...Array.from({ length: 200 }, (_, k) => entry(`f${k}`, '某县 · 其他', `其他第${k}项。`)),
      entry('a', '某县 · 工作日历', '工作安排，日历见附表，另有其他很多说明文字，说明文字，说明文字。'),
    ];
    const store: SearchStore = { entries, documents: [], jurisdictions: [{ id: 'x', name: '某县', level: 'county' }] };
    const built = buildShards(store, { fragmentSize: 1 });
    const sharded = await createShardedSearcher(async (path) => JSON.parse(JSON.stringify(built.files.get(path))));
    const whole = createSearcher(buildSearchIndex(store));
    const expected = whole.search('工作日历', { limit: 3 }).hits.map((h) => h.entry.ref);
    expect(expected).toEqual(['a', 'z', 'b0']);
    expect((await sharded.search('工作日历', { limit: 3 })).hits.map((h) => h.entry.ref)).toEqual(expected);
  });

  it('bounds a term with digits by the entries holding it inside a longer run (13日 holds 3日), fetching only what may rank', async () => {
    const entry = (ref: string, text: string): SearchEntry => ({ ref, kind: 'clause', title: '某县 · 其他', heading: '', text, keywords: [], url: '/', jurisdictions: ['x'], level: 'county' });
    // 'a' has 3日 only inside 13日 (no field holds the token) and a long text: confirmation still finds it, so it ranks
    // first and its bound must say so; the 90 with 报告 alone (under a fifth of all, so candidates) can never cover 3日, so most need not be fetched.
    const entries = [
      entry('z', '3日内。'),
      ...Array.from({ length: 90 }, (_, k) => entry(`r${k}`, '报告事项。')),
      ...Array.from({ length: 400 }, (_, k) => entry(`f${k}`, '其他事项。')),
      entry('a', '学生于13日内报告，另有其他很多说明文字，说明文字，说明文字。'),
    ];
    const store: SearchStore = { entries, documents: [], jurisdictions: [{ id: 'x', name: '某县', level: 'county' }] };
    const built = buildShards(store, { fragmentSize: 1 });
    const fetched: string[] = [];
    const sharded = await createShardedSearcher(async (path) => (fetched.push(path), JSON.parse(JSON.stringify(built.files.get(path)))));
    const whole = createSearcher(buildSearchIndex(store));
    const expected = whole.search('3日内 报告', { limit: 3 }).hits.map((h) => h.entry.ref);
    expect(expected[0]).toBe('a');
    expect((await sharded.search('3日内 报告', { limit: 3 })).hits.map((h) => h.entry.ref)).toEqual(expected);
    expect(fetched.filter((p) => p.startsWith('entries-')).length).toBeLessThan(40);
  });

  it('takes a bigram its loaded shard lists nowhere as found nowhere, so a phrase holding it adds to no bound', async () => {
    const entry = (ref: string, text: string): SearchEntry => ({ ref, kind: 'clause', title: '某县 · 其他', heading: '', text, keywords: [], url: '/', jurisdictions: ['x'], level: 'county' });
    // 点盯 and 盯学 are in no entry: the phrase 重点盯学生 cannot be found, so entries with 学生 alone bound below those with both words.
    const entries = [
      ...Array.from({ length: 40 }, (_, k) => entry(`both${k}`, `重点工作，学生第${k}项。`)),
      ...Array.from({ length: 40 }, (_, k) => entry(`one${k}`, `学生第${k}项。`)),
      ...Array.from({ length: 200 }, (_, k) => entry(`f${k}`, `其他第${k}项。`)),
    ];
    const store: SearchStore = { entries, documents: [], jurisdictions: [{ id: 'x', name: '某县', level: 'county' }] };
    const built = buildShards(store, { fragmentSize: 1 });
    const fetched: string[] = [];
    const sharded = await createShardedSearcher(async (path) => (fetched.push(path), JSON.parse(JSON.stringify(built.files.get(path)))));
    const whole = createSearcher(buildSearchIndex(store));
    const expected = whole.search('重点盯学生', { limit: 3 }).hits.map((h) => h.entry.ref);
    expect((await sharded.search('重点盯学生', { limit: 3 })).hits.map((h) => h.entry.ref)).toEqual(expected);
    expect(fetched.filter((p) => p.startsWith('entries-')).length).toBeLessThan(30);
  });

  it('weighs guidance below the clauses it restates before fetching it, so a page of guidance is decided early', async () => {
    const entry = (ref: string, kind: SearchEntry['kind'], text: string): SearchEntry => ({ ref, kind, title: '某县 · 其他', heading: '', text, keywords: [], url: '/', jurisdictions: ['x'], level: 'county' });
    // Every county's procedure says the same; two clauses say it too, at the end. A bound that took every
    // candidate for a clause would wait for all 120 procedures before the clauses could be placed.
    const entries = [
      ...Array.from({ length: 300 }, (_, k) => entry(`c${k}`, 'clause', `其他第${k}项。`)),
      entry('a', 'clause', '疑似辍学学生要标注。'),
      entry('b', 'clause', '疑似辍学学生标注后核查。'),
      ...Array.from({ length: 120 }, (_, k) => entry(`p${k}`, 'procedure', `第${k}步：疑似辍学学生标注。`)),
    ];
    const store: SearchStore = { entries, documents: [], jurisdictions: [{ id: 'x', name: '某县', level: 'county' }] };
    const built = buildShards(store, { fragmentSize: 1 });
    expect(built.manifest.clauses).toEqual([[0, 301]]);
    const whole = createSearcher(buildSearchIndex(store));
    for (const limit of [5, 20]) {
      const fetched: string[] = [];
      const sharded = await createShardedSearcher(async (path) => (fetched.push(path), JSON.parse(JSON.stringify(built.files.get(path)))));
      const expected = summary(whole.search('疑似辍学 标注', { limit }));
      expect(expected.hits.slice(0, 2).map((h) => h[0])).toEqual(['a', 'b']);
      expect(summary(await sharded.search('疑似辍学 标注', { limit }))).toEqual(expected);
      expect(fetched.filter((p) => p.startsWith('entries-')).length).toBeLessThanOrEqual(limit + 10);
    }
  });

  it('refuses a manifest of another version with a Chinese message', async () => {
    await expect(createShardedSearcher(async () => ({ version: 3 }))).rejects.toThrow('检索索引版本不符');
  });
});

describe('sharded search index of a synthetic province', () => {
  // Many places, documents and clause numbers shared by every county: what the keyed files
  // (places, 发文字号, clause numbers, 附件) must answer exactly as the whole lists do.
  it('answers place, 发文字号, clause-number and 附件 queries exactly as the whole index', async () => {
    const store = syntheticStore(12);
    const built = buildShards(store);
    const files = new Map([...built.files].map(([path, body]) => [path, JSON.stringify(body)]));
    const fetched: string[] = [];
    const sharded = await createShardedSearcher(async (path) => {
      fetched.push(path);
      const text = files.get(path);
      if (text === undefined) throw new Error(`404 ${path}`);
      return JSON.parse(text);
    });
    const whole = createSearcher(buildSearchIndex(store));
    const county = store.jurisdictions.filter((j) => j.level === 'county').at(-1)!;
    const doc = store.documents.filter((d) => d.jurisdiction === county.id && d.docNumber).at(-1)!;
    const local = [`${county.name} 三(二)`, `${county.name.slice(0, 2)} 辍学`, `${county.name} 附件1`, `${doc.docNumber} 三(一)3`, `${doc.docNumber}`, `${doc.docNumber} 劝返`];
    const asked = ['三.1.3', '第三部分第一项第4条', '附件2', '附件1 怎么填', '第11条', '学生辍学了要填什么表', '辍学 三天', '72号文 十一条', ...local, ...queries.slice(0, 20)];
    const differ: string[] = [];
    for (const q of asked) {
      for (const options of [{ limit: 20 }, { limit: 5, filters: { jurisdiction: county.id } }]) {
        const mine = summary(await sharded.search(q, options));
        const theirs = summary(whole.search(q, options));
        if (JSON.stringify(mine.hits) !== JSON.stringify(theirs.hits)) differ.push(`${q} ${JSON.stringify(options)}：${mine.hits.map((h) => h[0]).join(' ')} ≠ ${theirs.hits.map((h) => h[0]).join(' ')}`);
      }
    }
    expect(differ).toEqual([]);
    // Labels: every document a hit cites is loaded, and places named are known by name.
    const r = await sharded.search(`${county.name} 三(二)`);
    expect(r.query.jurisdictions).toEqual([county.id]);
    expect(sharded.context.jurisdictions.map((j) => j.id)).toContain(county.id);
    for (const h of r.hits) if (h.entry.document) expect(sharded.context.documents.map((d) => d.id)).toContain(h.entry.document);
    // A clause number every county prints fetches the entries shown, not every document's clauses.
    fetched.length = 0;
    const fresh = await createShardedSearcher(async (path) => {
      fetched.push(path);
      return JSON.parse(files.get(path)!);
    });
    const pinned = await fresh.search('三.1.3', { limit: 5 });
    expect(pinned.hits.every((h) => h.pinned)).toBe(true);
    expect(fetched.filter((f) => f.startsWith('entries-')).length).toBeLessThanOrEqual(5 + 10);
    expect(fetched.filter((f) => f.startsWith('doc-')).length).toBeLessThanOrEqual(5);
  }, 300_000);
});
