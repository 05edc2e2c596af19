/**
 * The sharded searcher and its view on corpora of a few dozen entries, written
 * out in each test: every query answers exactly as the whole index does, for
 * any shard, page and fragment size, while fetching only what it needs. Fast
 * enough for mutation testing, unlike sharded-searcher.test.ts (the whole site).
 */
import { describe, expect, it } from 'vitest';
import { buildShards, type ShardOptions } from '../../../site/lib/search/build-shards.ts';
import { buildSearchIndex } from '../../../site/lib/search/build-index.ts';
import { createSearcher, type SearchOptions, type SearchResponse } from '../../../site/lib/search/search.ts';
import { createShardedSearcher, type FetchJson } from '../../../site/lib/search/sharded-searcher.ts';
import { ShardedContext } from '../../../site/lib/search/sharded-context.ts';
import { ShardedView } from '../../../site/lib/search/sharded-view.ts';
import type { SearchManifest, TermDirectoryPage, TermShard } from '../../../site/lib/search/shard-types.ts';
import type { SearchEntry, SearchStore } from '../../../site/lib/search/search-types.ts';
import { inside, servedShards } from './small-store.ts';


const clause = (ref: string, over: Partial<SearchEntry>): SearchEntry => {
  const [doc, id] = ref.split('#');
  return { ref, kind: 'clause', title: ref, heading: '', text: '', keywords: [], url: `/policies/${doc}/#${id}`, document: doc, jurisdictions: ['national', 'tanghe'], level: 'national', ...over };
};

/** National and county clauses, a lapsed document, guidance, a form and its field, and many similar clauses. */
function store(): SearchStore {
  const many = Array.from({ length: 24 }, (_, k) =>
    clause(`gm#c${k + 1}`, { text: `${['劝返复学', '劝返', '复学', '劝返工作'][k % 4]}${'台账'.repeat(k % 3)}记录第${k + 1}份。`, heading: k % 5 === 0 ? '劝返复学' : '' }),
  );
  return {
    documents: [
      { id: 'gb', title: '国办通知', label: '国办发〔2017〕72号', docNumber: '国办发〔2017〕72号', level: 'national', numbering: 'continuous', clauses: [['1', 'c1'], ['2', 'c2'], ['3', 'c3']], attachments: [{ title: '辍学学生登记表', form: 'dropout' }] },
      { id: 'old', title: '旧办法', label: '旧办法', level: 'national', numbering: 'nested', status: 'repealed', clauses: [['一', '1']] },
      { id: 'th', title: '唐河方案', label: '唐河方案', level: 'county', numbering: 'nested', jurisdiction: 'tanghe', clauses: [['一', '1']] },
      { id: 'gm', title: '工作手册', label: '工作手册', level: 'national', numbering: 'continuous', clauses: many.map((_, k) => [String(k + 1), `c${k + 1}`]) },
    ],
    jurisdictions: [
      { id: 'national', name: '国家', level: 'national' },
      { id: 'tanghe', name: '唐河县', level: 'county' },
    ],
    entries: [
      clause('gb#c1', { text: '适龄儿童少年辍学的，学校应当劝返复学。' }),
      clause('gb#c2', { text: '建立控辍保学工作台账。' }),
      clause('gb#c3', { text: '送教上门每周不少于一次。', heading: '送教上门' }),
      clause('old#1', { text: '学校应当劝返复学辍学学生。', status: 'repealed' }),
      clause('th#1', { text: '辍学学生由学校劝返复学。', origin: 'tanghe', jurisdictions: ['tanghe'], level: 'county' }),
      ...many,
      { ref: 'procedure:national/p', kind: 'procedure', title: '国家 · 工作程序', heading: '劝返复学', text: '辍学学生劝返复学。', keywords: [], url: '/national/procedures/#p', jurisdictions: ['national', 'tanghe'], level: 'national', origin: 'national' },
      { ref: 'procedure:tanghe/q', kind: 'procedure', title: '唐河县 · 工作程序', heading: '家访', text: '劝返复学前家访。', keywords: [], url: '/tanghe/procedures/#q', jurisdictions: ['tanghe'], level: 'county', origin: 'tanghe' },
      { ref: 'form:dropout', kind: 'form', title: '标准表单', heading: '辍学学生登记表', text: '登记辍学学生。', keywords: ['辍学学生登记表'], url: '/national/forms/dropout/', jurisdictions: ['national', 'tanghe'], level: 'national' },
      { ref: 'form-field:dropout/reason', kind: 'form-field', title: '辍学学生登记表 · 填表说明', heading: '辍学原因', text: '写明辍学原因。', keywords: [], url: '/national/forms/dropout/#reason', jurisdictions: ['national', 'tanghe'], level: 'national' },
    ],
  };
}

const served = servedShards;

const summary = (r: SearchResponse) => ({
  total: r.total,
  fallback: r.fallback,
  terms: r.terms,
  hits: r.hits.map((h) => [h.entry.ref, h.index, h.url, h.title, h.choices, h.pinned, h.score, h.weight, h.matchedTerms, h.complete, h.snippet.text, h.headingRanges]),
});

const queries = ['劝返复学', '唐河 劝返复学', '辍学了要填什么表', '辍学 火星', '劝返 台账', '国办发〔2017〕72号', '72号文 第3条', '第2条', '学', '附件1', '辍学原因', '台账记录', '火星', '', '送教上门 每周', '家访', '工作手册 第7条'];
const optionSets: SearchOptions[] = [{}, { limit: 1 }, { limit: 3 }, { limit: 5, filters: { jurisdiction: 'tanghe' } }, { filters: { kind: 'clause' } }, { limit: 2, filters: { status: 'current' } }];

async function differences(options: ShardOptions, qs = queries, os = optionSets) {
  const s = store();
  const whole = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(s))));
  const sharded = await createShardedSearcher(served(s, options).fetchJson);
  const differ: string[] = [];
  for (const q of qs) {
    for (const o of os) {
      const mine = summary(await sharded.search(q, o));
      const theirs = summary(whole.search(q, o));
      if (JSON.stringify(mine) !== JSON.stringify(theirs)) differ.push(`${q} ${JSON.stringify(o)}: ${JSON.stringify(mine)} ≠ ${JSON.stringify(theirs)}`);
    }
  }
  return differ;
}

describe('createShardedSearcher: the whole index’s answers', () => {
  it('answers every query as the whole index, one term per shard and one entry per fragment', async () => {
    expect(await differences({ shardBytes: 1, pageShards: 1 })).toEqual([]);
  });

  it('answers every query as the whole index, with larger shards, pages and fragments', async () => {
    expect(await differences({ shardBytes: 200, pageShards: 3, fragmentSize: 4 })).toEqual([]);
  });

  it('answers every query as the whole index from one shard and one fragment', async () => {
    expect(await differences({ shardBytes: 1e9, fragmentSize: 1000 })).toEqual([]);
  });

  it('finds the hits a whole index finds, in its order (a check that the comparison sees something)', async () => {
    const { fetchJson } = served(store(), { shardBytes: 1 });
    const sharded = await createShardedSearcher(fetchJson);
    const r = await sharded.search('劝返复学', { limit: 3 });
    expect(r.hits.map((h) => h.entry.ref)).toEqual(createSearcher(buildSearchIndex(store())).search('劝返复学', { limit: 3 }).hits.map((h) => h.entry.ref));
    expect(r.hits).toHaveLength(3);
    // lunr's REQUIRED query found enough: no OPTIONAL one widens the total.
    expect(r.total).toBe(createSearcher(buildSearchIndex(store())).search('劝返复学', { limit: 3 }).total);
    expect(r.total).toBe(14);
    expect(sharded.context.documents.map((d) => d.id)).toEqual(['gb', 'gm'].filter((id) => r.hits.some((h) => h.entry.document === id)));
  });
});

describe('createShardedSearcher: what it fetches', () => {
  it('fetches the manifest once, and for a query only its terms’ pages and shards and the entries it ranks', async () => {
    const { fetchJson, fetched, built } = served(store(), { shardBytes: 1, pageShards: 1 });
    const sharded = await createShardedSearcher(fetchJson);
    expect(fetched).toEqual(['manifest.json']);
    await sharded.search('送教上门', { limit: 1 });
    const shardFiles = fetched.filter((f) => f.startsWith('terms-')).sort();
    const terms = built.shards.flatMap((sh, n) => sh.terms.map((t) => [t, n] as const));
    const shardOf = (t: string) => `terms-${terms.find(([x]) => x === t)![1]}.json`;
    expect(shardFiles).toEqual(['送教', '教上', '上门'].map(shardOf).sort());
    expect(fetched.filter((f) => f.startsWith('directory-')).sort()).toEqual(shardFiles.map((f) => f.replace('terms-', 'directory-')).sort());
    expect(fetched.filter((f) => f.startsWith('entries-'))).toEqual(['entries-2.json']);
    const before = fetched.length;
    await sharded.search('送教上门', { limit: 1 });
    expect(fetched.slice(before).filter((f) => !/^(doc|clauses|place|names|aliases|serials|numbers|attachments)-/.test(f))).toEqual([]);
    expect(fetched.filter((f) => f === 'manifest.json')).toHaveLength(1);
  });

  it('fetches entries in bound order, only as many as the page needs', async () => {
    const s = store();
    const { fetchJson, fetched, built } = served(s, { shardBytes: 1 });
    const sharded = await createShardedSearcher(fetchJson);
    const r = await sharded.search('台账记录', { limit: 1 });
    const fragments = fetched.filter((f) => f.startsWith('entries-'));
    const holders = s.entries.filter((e) => e.text.includes('台账记录')).length;
    expect(r.hits).toHaveLength(1);
    // limit + margin (11) entries are fetched first; the bound of the rest cannot beat the page's hit.
    expect(fragments).toHaveLength(11);
    expect(holders).toBeGreaterThan(11);
    expect(new Set(fragments).size).toBe(fragments.length);
    expect(r.total).toBe(createSearcher(buildSearchIndex(s)).search('台账记录', { limit: 1 }).total);
    expect(built.fragments.length).toBe(s.entries.length);
  });

  it('stops after the first batch when no entry left could rank on the page', async () => {
    // One entry has the whole phrase in a long text (low BM25); many have one word of it in a short one.
    const filler = '本条另有许多与此无关的文字写在这里以拉长全文'.repeat(3);
    const s: SearchStore = {
      documents: [],
      jurisdictions: [{ id: 'national', name: '国家', level: 'national' }],
      entries: [
        ...Array.from({ length: 14 }, (_, k) => clause(`a#${k}`, { text: '复学', document: undefined })),
        clause('whole#1', { text: `${filler}劝返复学${filler}`, document: undefined }),
        // Enough other entries that 复学 (15 of 76) is not too common to bring candidates in (search.ts).
        ...Array.from({ length: 61 }, (_, k) => clause(`b#${k}`, { text: '台账', document: undefined })),
      ],
    };
    const whole = createSearcher(buildSearchIndex(s));
    for (const limit of [2, 3]) {
      const { fetchJson, fetched } = served(s, { shardBytes: 1 });
      const sharded = await createShardedSearcher(fetchJson);
      const r = await sharded.search('劝返复学', { limit });
      expect(summary(r)).toEqual(summary(whole.search('劝返复学', { limit })));
      expect(r.hits[0]!.entry.ref).toBe('whole#1');
      // The page and a margin of 10: the bound of every entry not fetched says it cannot rank higher.
      expect(fetched.filter((f) => f.startsWith('entries-'))).toHaveLength(limit + 10);
      expect(fetched).toContain('entries-14.json');
      expect(r.total).toBe(15);
    }
  });

  it('fetches a named place’s own entries first', async () => {
    const s: SearchStore = {
      documents: [{ id: 'th', title: '唐河方案', label: '唐河方案', level: 'county', numbering: 'nested', jurisdiction: 'tanghe', clauses: [['1', '1']] }],
      jurisdictions: [
        { id: 'national', name: '国家', level: 'national' },
        { id: 'tanghe', name: '唐河县', level: 'county' },
      ],
      entries: [
        ...Array.from({ length: 20 }, (_, k) => clause(`a#${k}`, { text: '劝返复学', document: undefined })),
        clause('th#1', { text: '劝返复学工作要求写在这里', origin: 'tanghe', jurisdictions: ['tanghe'], level: 'county' }),
      ],
    };
    const { fetchJson, fetched } = served(s, { shardBytes: 1 });
    const sharded = await createShardedSearcher(fetchJson);
    const r = await sharded.search('唐河 劝返复学', { limit: 1 });
    expect(summary(r)).toEqual(summary(createSearcher(buildSearchIndex(s)).search('唐河 劝返复学', { limit: 1 })));
    expect(r.hits[0]!.entry.ref).toBe('th#1');
    expect(fetched.filter((f) => f.startsWith('entries-'))).toHaveLength(11);
    expect(fetched.filter((f) => f.startsWith('entries-'))[0]).toBe('entries-20.json');
  });

  it('fetches every form when a form is asked about', async () => {
    const { fetchJson, fetched } = served(store(), { shardBytes: 1 });
    const sharded = await createShardedSearcher(fetchJson);
    const r = await sharded.search('辍学了要填什么表', { limit: 1 });
    expect(r.hits[0]!.entry.ref).toBe('form:dropout');
    expect(fetched).toContain('entries-31.json');
  });

  it('lists a named document’s clauses first, fetching them', async () => {
    const { fetchJson, fetched } = served(store(), { shardBytes: 1 });
    const sharded = await createShardedSearcher(fetchJson);
    const r = await sharded.search('国办发〔2017〕72号');
    expect(r.fallback).toBe(false);
    expect(r.hits.map((h) => h.entry.ref)).toEqual(['gb#c1', 'gb#c2', 'gb#c3']);
    expect(fetched).toEqual(expect.arrayContaining(['entries-0.json', 'entries-1.json', 'entries-2.json']));
  });

  it('fetches again a file whose first fetch failed, and keeps one that arrived', async () => {
    const { fetchJson: serve, fetched } = served(store(), { shardBytes: 1 });
    let fail = true;
    const flaky: FetchJson = async (path) => {
      if (fail && path.startsWith('terms-')) {
        fail = false;
        throw new Error('network');
      }
      return serve(path);
    };
    const sharded = await createShardedSearcher(flaky);
    await expect(sharded.search('家访')).rejects.toThrow('network');
    const r = await sharded.search('家访');
    expect(r.hits.map((h) => h.entry.ref)).toEqual(['procedure:tanghe/q']);
    const shards = fetched.filter((f) => f.startsWith('terms-'));
    expect(shards).toHaveLength(1);
    await sharded.search('家访');
    expect(fetched.filter((f) => f.startsWith('terms-'))).toHaveLength(1);
  });

  it('loads no jurisdiction names for hits that do not link per place', async () => {
    const { fetchJson, fetched } = served(store(), { shardBytes: 1 });
    const sharded = await createShardedSearcher(fetchJson);
    const r = await sharded.search('送教上门', { limit: 1 });
    expect(r.hits.map((h) => h.entry.ref)).toEqual(['gb#c3']);
    expect(sharded.context.jurisdictions).toEqual([]);
    expect(fetched.filter((f) => f.startsWith('names-'))).toEqual([]);
  });

  it('names every jurisdiction a form field hit links to', async () => {
    const { fetchJson } = served(store(), { shardBytes: 1 });
    const sharded = await createShardedSearcher(fetchJson);
    const r = await sharded.search('辍学原因', { limit: 1 });
    expect(r.hits.map((h) => h.entry.ref)).toEqual(['form-field:dropout/reason']);
    expect(sharded.context.jurisdictions.map((j) => j.id)).toEqual(['national', 'tanghe']);
  });

  it('refuses an index of another version', async () => {
    await expect(createShardedSearcher(async () => ({ version: 3 }))).rejects.toThrow('检索索引版本不符，请刷新页面。');
    await expect(createShardedSearcher(async () => null)).rejects.toThrow('检索索引版本不符');
  });

  it('names every jurisdiction a form hit links to', async () => {
    const { fetchJson } = served(store(), { shardBytes: 1 });
    const sharded = await createShardedSearcher(fetchJson);
    const r = await sharded.search('辍学学生登记表', { limit: 2 });
    const whole = createSearcher(buildSearchIndex(store())).search('辍学学生登记表', { limit: 2 });
    expect(r.hits.map((h) => [h.entry.ref, h.title, h.choices])).toEqual(whole.hits.map((h) => [h.entry.ref, h.title, h.choices]));
    expect(r.hits[0]!.choices).toHaveLength(1);
    expect(sharded.context.jurisdictions.map((j) => j.id)).toEqual(['national', 'tanghe']);
  });
});

/** A view over the built parts, loading the pages and shards asked for by hand. */
function view(s: SearchStore, options: ShardOptions) {
  const built = buildShards(s, options);
  const manifest = JSON.parse(JSON.stringify(built.manifest)) as SearchManifest;
  const fetchJson: FetchJson = async (path) => JSON.parse(JSON.stringify(built.files.get(path)));
  const v = new ShardedView(manifest, new ShardedContext(manifest, fetchJson));
  const loadPages = (ps: number[]) => ps.forEach((p) => v.addPage(p, built.files.get(`directory-${p}.json`) as TermDirectoryPage));
  const loadShards = (ns: number[]) => ns.forEach((n) => v.addShard(n, built.files.get(`terms-${n}.json`) as TermShard));
  return { built, v, loadPages, loadShards };
}

const words = (...ws: string[]) => ws.map((w, k) => clause(`d#${k}`, { text: w }));

describe('ShardedView', () => {
  it('finds the directory page and shard of any term, before, between and after the first terms', () => {
    const s: SearchStore = { documents: [], jurisdictions: [], entries: words('b', 'd', 'f', 'h', 'j', 'l', 'n') };
    const { v, built, loadPages } = view(s, { shardBytes: 1, pageShards: 2 });
    expect(built.manifest.pages).toEqual(['b', 'f', 'j', 'n']);
    expect(v.pagesFor(['a', 'b', 'c'], [])).toEqual([0]);
    expect(v.pagesFor(['f', 'g', 'n', 'z'], [])).toEqual([1, 3]);
    expect(v.pagesFor(['e', 'm'], [])).toEqual([0, 2]);
    expect(v.pagesFor(['z', 'h', 'a'], [])).toEqual([0, 1, 3]);
    expect(v.pagesFor([], ['f'])).toEqual([1]);
    expect(() => v.shardOf('d')).toThrow('词项目录第 0 页尚未加载。');
    loadPages([0, 1, 2, 3]);
    expect(v.pagesFor(['a', 'z'], ['f'])).toEqual([]);
    const at = (t: string) => v.shardOf(t);
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'z'].map(at)).toEqual([0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]);
    expect(v.shardsFor(['n', 'b', 'd', 'b'], [])).toEqual([0, 1, 6]);
  });

  it('spans every page and shard a prefix’s range covers', () => {
    const s: SearchStore = { documents: [], jurisdictions: [], entries: words('学生', '学校', '学籍', '学习', '家访', '劝返', '台账') };
    const { v, built, loadPages } = view(s, { shardBytes: 1, pageShards: 2 });
    // Shards: 劝返, 台账, 学习, 学校, 学生, 学籍, 家访; pages of two.
    expect(built.shards.map((sh) => sh.terms)).toEqual([['劝返'], ['台账'], ['学习'], ['学校'], ['学生'], ['学籍'], ['家访']]);
    // 学 itself would sort into page 0 and shard 1 (a lone character is a term too), 学\uffff into page 2 and shard 5.
    expect(v.pagesFor([], ['学'])).toEqual([0, 1, 2]);
    expect(v.pagesFor([], ['家'])).toEqual([2, 3]);
    expect(v.pagesFor(['家访'], ['劝'])).toEqual([0, 3]);
    loadPages([0, 1, 2, 3]);
    expect(v.shardsFor([], ['学'])).toEqual([1, 2, 3, 4, 5]);
    expect(v.shardsFor(['家访'], ['学'])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(v.shardsFor(['劝返'], ['家'])).toEqual([0, 5, 6]);
  });

  it('knows a term, its df, its holders by field and by title, only once its shard is loaded', () => {
    const s: SearchStore = {
      documents: [],
      jurisdictions: [],
      entries: [clause('a#1', { heading: '劝返', text: '劝返' }), clause('a#2', { text: '劝返工作' }), clause('a#3', { title: '劝返须知', text: '台账' })],
    };
    const { v, built, loadPages, loadShards } = view(s, { shardBytes: 1, pageShards: 100 });
    loadPages([0]);
    const n = v.shardOf('劝返');
    expect(v.knows('劝返')).toBe(false);
    expect(v.df('劝返')).toBe(0);
    expect(v.holds('劝返', 0)).toBe(false);
    expect(v.hasShard(n)).toBe(false);
    loadShards([n]);
    expect(v.hasShard(n)).toBe(true);
    expect(v.hasShard(n + 1)).toBe(false);
    expect(v.knows('劝返')).toBe(true);
    expect(v.knows('劝')).toBe(false);
    expect(v.df('劝返')).toBe(2);
    expect(v.df('台账')).toBe(0);
    expect(v.df('无此')).toBe(0);
    expect(v.holds('劝返', 0)).toBe(true);
    expect(v.holds('劝返', 0, ['heading'])).toBe(true);
    expect(v.holds('劝返', 1, ['heading'])).toBe(false);
    expect(v.holds('劝返', 1, ['heading', 'text'])).toBe(true);
    // Entry 2 has it only in its title: any field says no, "anywhere" says yes.
    expect(v.holds('劝返', 2)).toBe(true);
    expect(v.holds('劝返', 2, ['heading', 'keywords', 'text', 'docNumber'])).toBe(false);
    expect(v.holds('劝返', 3)).toBe(false);
    // Loading the same shard again changes nothing.
    loadShards([n]);
    expect(v.df('劝返')).toBe(2);
    expect(built.shards[n]!.terms).toEqual(['劝返']);
  });

  it('holds entries once added, and says which are missing', () => {
    const s: SearchStore = { documents: [], jurisdictions: [], entries: words('a', 'b', 'c') };
    const { v } = view(s, {});
    expect(v.count).toBe(3);
    expect(v.hasEntry(1)).toBe(false);
    expect(() => v.entry(1)).toThrow('检索条目 1 尚未加载。');
    v.addEntries(1, s.entries.slice(1));
    expect(v.hasEntry(0)).toBe(false);
    expect(v.entry(1)).toBe(s.entries[1]);
    expect(v.entry(2)).toBe(s.entries[2]);
    expect(v.hasEntry(3)).toBe(false);
    expect(() => v.index).toThrow('检索前须先调用 prepare()。');
    expect(v.queryContext).toBe(v.context);
  });

  it('scores, through lunr over the loaded shards, as the whole index does, whatever order shards arrive in', () => {
    const s: SearchStore = { documents: [], jurisdictions: [], entries: [clause('a#1', { heading: '劝返', text: '台账 劝返' }), clause('a#2', { text: '劝返工作台账' }), clause('a#3', { keywords: ['台账'] })] };
    const { v, built, loadPages, loadShards } = view(s, { shardBytes: 1 });
    loadPages([0]);
    const wanted = v.shardsFor(['劝返', '台账'], []);
    expect(wanted).toHaveLength(2);
    loadShards([...wanted].reverse());
    v.prepare(['劝返', '台账', '无此'], []);
    const whole = createSearcher(buildSearchIndex(s)).index;
    const ask = (idx: typeof whole) => idx.query((q) => ['劝返', '台账'].forEach((t) => q.term(t, { usePipeline: false }))).map((r) => [r.ref, r.score]);
    expect(ask(v.index)).toEqual(ask(whole));
    expect(ask(v.index).map(([r]) => r)).toHaveLength(3);
    // A prefix asks every loaded term it begins.
    loadShards(built.shards.map((_, k) => k));
    v.prepare([], ['台']);
    const prefix = (idx: typeof whole) => idx.query((q) => q.term('台', { usePipeline: false, wildcard: 2 })).map((r) => [r.ref, r.score]);
    expect(prefix(v.index)).toEqual(prefix(whole));
    expect(prefix(v.index)).toHaveLength(3);
    v.prepare(['工作'], []);
    expect(ask(v.index)).toEqual([]);
  });
  it('rebuilds a field vector when a later shard adds to it', () => {
    const s: SearchStore = { documents: [], jurisdictions: [], entries: [clause('a#1', { text: '劝返 台账' }), clause('a#2', { text: '台账 核查' })] };
    const { v, loadPages, loadShards } = view(s, { shardBytes: 1 });
    loadPages([0]);
    const whole = createSearcher(buildSearchIndex(s)).index;
    const ask = (idx: typeof whole, terms: string[]) => idx.query((q) => terms.forEach((t) => q.term(t, { usePipeline: false }))).map((r) => [r.ref, r.score]);
    loadShards(v.shardsFor(['台账'], []));
    v.prepare(['台账'], []);
    expect(ask(v.index, ['台账'])).toEqual(ask(whole, ['台账']));
    loadShards(v.shardsFor(['劝返', '核查'], []));
    v.prepare(['台账', '劝返', '核查'], []);
    expect(ask(v.index, ['台账', '劝返', '核查'])).toEqual(ask(whole, ['台账', '劝返', '核查']));
    expect(ask(v.index, ['台账', '劝返', '核查'])).toHaveLength(2);
    const vector = (v.index as unknown as { fieldVectors: Record<string, { elements: number[] }> }).fieldVectors['text/0']!;
    const wholeVector = (whole as unknown as { fieldVectors: Record<string, { elements: number[] }> }).fieldVectors['text/0']!;
    expect(vector.elements).toEqual(wholeVector.elements);
    expect((v.index as unknown as { fieldVectors: Record<string, unknown> }).fieldVectors['text/9']).toBeUndefined();
  });

  it('keeps the first copy of a directory page added twice', () => {
    const s: SearchStore = { documents: [], jurisdictions: [], entries: words('a', 'b', 'c') };
    const { v, built } = view(s, { shardBytes: 1, pageShards: 2 });
    v.addPage(0, built.files.get('directory-0.json') as TermDirectoryPage);
    v.addPage(0, { shard: 7, term: 9, shards: [['a', 5]] });
    expect(v.shardOf('b')).toBe(1);
    expect(v.pagesFor(['a', 'c'], [])).toEqual([1]);
    v.addShard(1, built.files.get('terms-1.json') as TermShard);
    v.prepare(['b'], []);
    expect((inside(v.index).invertedIndex['b'] as unknown as { _index: number })._index).toBe(1);
  });
});
