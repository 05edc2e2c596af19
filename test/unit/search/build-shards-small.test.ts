/**
 * The sharded index (shard-types.ts) built from corpora of a few entries,
 * written out in each test: the exact files, the BM25 scores each posting
 * carries (checked against the whole index lunr would build), shard and page
 * boundaries, and the keyed lookups. Fast enough for mutation testing.
 */
import { describe, expect, it } from 'vitest';
import lunr from 'lunr';
import { buildShards } from '../../../site/lib/search/build-shards.ts';
import { loadIndex, packIndex } from '../../../site/lib/search/compact-index.ts';
import { bucketOf, decodeBitmap, encodeBitmap } from '../../../site/lib/search/shard-types.ts';
import { scoredDf } from '../../../site/lib/search/index-fields.ts';
import type { SearchDocumentInfo, SearchStore } from '../../../site/lib/search/search-types.ts';
import { entry, inside, plain } from './small-store.ts';




/** Two national documents (one with a 发文字号 and 附件), a county's document, guidance and a form. */
function corpus(): SearchStore {
  const gb: SearchDocumentInfo = {
    id: 'gb',
    title: '国办通知',
    label: '国办发〔2017〕72号',
    docNumber: '国办发〔2017〕72号',
    level: 'national',
    numbering: 'continuous',
    clauses: [
      ['1', 'c1'],
      ['2', 'c2'],
      ['3', 'c3'],
    ],
    attachments: [{ title: '辍学学生登记表', form: 'dropout' }, { title: '劝返记录' }],
  };
  return {
    documents: [
      gb,
      { id: 'th', title: '唐河方案', label: '唐河方案', level: 'county', numbering: 'nested', jurisdiction: 'tanghe', clauses: [['一', 's1']] },
      { id: 'nd', title: '教育部通知', label: '教基〔2020〕5号', docNumber: '教基〔2020〕5号', level: 'national', numbering: 'nested', clauses: [], attachments: [{ title: '登记表', form: 'dropout' }] },
    ],
    jurisdictions: [
      { id: 'national', name: '国家', level: 'national' },
      { id: 'tanghe', name: '唐河县', level: 'county' },
    ],
    entries: [
      entry({ ref: 'gb#c1', document: 'gb', title: '72号文 第1条', text: '辍学学生劝返' }),
      entry({ ref: 'gb#c2', document: 'gb', title: '72号文 第2条', text: '台账工作' }),
      entry({ ref: 'th#s1', document: 'th', title: '唐河方案 一', text: '劝返复学', origin: 'tanghe', jurisdictions: ['tanghe'], level: 'county' }),
      entry({ ref: 'procedure:tanghe/p', kind: 'procedure', title: '唐河县 · 工作程序', heading: '劝返', origin: 'tanghe', jurisdictions: ['tanghe'], level: 'county' }),
      entry({ ref: 'form:dropout', kind: 'form', title: '标准表单', heading: '辍学学生登记表', keywords: ['辍学学生登记表'] }),
      entry({ ref: 'procedure:national/x', kind: 'procedure', title: '国家 · 工作程序', text: '核查', origin: 'national' }),
      entry({ ref: 'duty:tanghe/u/1', kind: 'duty', title: '唐河县 · 责任分工', heading: '教育局', text: '台账', origin: 'tanghe', jurisdictions: ['tanghe'], level: 'county' }),
      entry({ ref: 'duty:elsewhere/u/1', kind: 'duty', title: '某地', text: '台账', origin: 'elsewhere' }),
    ],
  };
}

/** Per term: its field lists decoded, its df and its title-only entries. */
function decoded(built: ReturnType<typeof buildShards>) {
  const { fields } = built.manifest;
  const out = new Map<string, { fields: Record<string, [number, number][]>; df: number; titled: number[] }>();
  for (const shard of built.shards) {
    shard.terms.forEach((term, t) => {
      const list = shard.postings[t]!;
      let at = 0;
      const perField: Record<string, [number, number][]> = {};
      for (const f of fields) {
        const n = list[at++]!;
        let ref = 0;
        perField[f] = Array.from({ length: n }, (_, i) => [(ref += list[at + i]!), list[at + n + i]!]);
        at += 2 * n;
      }
      const m = list[at++]!;
      let ref = 0;
      const titled = Array.from({ length: m }, (_, i) => (ref += list[at + i]!));
      expect(at + m, term).toBe(list.length);
      out.set(term, { fields: perField, df: shard.df[t]!, titled });
    });
  }
  return out;
}

describe('buildShards: term shards', () => {
  it('gives every posting lunr’s BM25 score × 1000, as the whole index scores it', () => {
    const store = corpus();
    const built = buildShards(store, { shardBytes: 1 });
    const whole = loadIndex(packIndex(store));
    const terms = packIndex(store).terms;
    expect(built.shards.flatMap((s) => s.terms)).toEqual(terms);
    let checked = 0;
    for (const [term, { fields }] of decoded(built)) {
      for (const [field, list] of Object.entries(fields)) {
        const holders = Object.keys((inside(whole).invertedIndex[term] as Record<string, object>)[field]!).map(Number);
        expect(list.map(([ref]) => ref), `${term} ${field}`).toEqual(holders);
        for (const [ref, score] of list) {
          const elements = (inside(whole).fieldVectors[`${field}/${ref}`] as unknown as { elements: number[] }).elements;
          const k = elements.findIndex((e, j) => j % 2 === 0 && e === terms.indexOf(term));
          expect(score / 1000, `${term} ${field}/${ref}`).toBe(elements[k + 1]);
          expect(Number.isInteger(score)).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBe(41);
  });

  it('scores a field by its own length against that field’s average, with its boost', () => {
    const built = buildShards(plain([entry({ heading: '劝返', text: '劝返' }), entry({ text: '台账工作台账' }), entry({ keywords: ['核查'] })]), { shardBytes: 1 });
    const d = decoded(built);
    // 劝返: 2 field postings in 3 entries; heading lengths 1,0,0 (average 1/3), text lengths 1,5,0 (average 2).
    const idf = Math.log(1 + Math.abs((3 - 2 + 0.5) / (2 + 0.5)));
    const bm25 = (tf: number, len: number, avg: number, boost: number) => Math.round(((idf * 2.2 * tf) / (1.2 * (0.25 + (0.75 * len) / avg) + tf)) * boost * 1000);
    expect(d.get('劝返')!.fields).toEqual({ heading: [[0, bm25(1, 1, 1 / 3, 3)]], keywords: [], text: [[0, bm25(1, 1, 2, 1)]], docNumber: [] });
    expect(d.get('劝返')!.df).toBe(1);
    const idf1 = Math.log(1 + Math.abs((3 - 1 + 0.5) / (1 + 0.5)));
    const tz = Math.round(((idf1 * 2.2 * 2) / (1.2 * (0.25 + (0.75 * 5) / 2) + 2)) * 1000);
    expect(d.get('台账')!.fields['text']).toEqual([[1, tz]]);
    // keywords: one entry of length 1, average 1/3, boost 2.
    expect(d.get('核查')!.fields['keywords']).toEqual([[2, Math.round(((idf1 * 2.2) / (1.2 * (0.25 + 0.75 * 3) + 1)) * 2 * 1000)]]);
  });

  it('counts df once per entry, whatever the fields, and lists the entries whose title alone holds a bigram', () => {
    const d = decoded(buildShards(corpus()));
    expect(d.get('劝返')).toMatchObject({ df: 3, titled: [] });
    expect(d.get('劝返')!.fields['heading']!.map(([r]) => r)).toEqual([3]);
    expect(d.get('劝返')!.fields['text']!.map(([r]) => r)).toEqual([0, 2]);
    expect(d.get('辍学')!.df).toBe(2);
    expect(d.get('台账')!.df).toBe(3);
    expect(d.get('72号')!.df).toBe(2);
    expect(d.get('72号')!.fields['docNumber']!.map(([r]) => r)).toEqual([0, 1]);
    // 工作 is in entry 1's text; entries 3 and 5 have it only in their titles.
    expect(d.get('工作')!.titled).toEqual([3, 5]);
    // Not bigrams of Han characters: no title-only list.
    expect(d.get('72号')!.titled).toEqual([]);
    expect(d.get('72')!.titled).toEqual([]);
    // A title's bigram no field of any entry holds is not a term at all.
    expect(d.has('唐河')).toBe(false);
    expect(d.has('程序')).toBe(false);
  });

  it('checks title-only holders against long posting lists, once per title', () => {
    const entries = Array.from({ length: 23 }, (_, k) => entry({ title: k % 3 ? '工作工作' : '台账', text: k % 2 ? '' : '工作 台账' }));
    const d = decoded(buildShards(plain(entries)));
    const odd = (k: number) => k % 2 === 1;
    expect(d.get('工作')!.fields['text']!.map(([r]) => r)).toEqual(entries.map((_, k) => k).filter((k) => !odd(k)));
    expect(d.get('工作')!.titled).toEqual(entries.map((_, k) => k).filter((k) => odd(k) && k % 3 !== 0));
    expect(d.get('台账')!.titled).toEqual(entries.map((_, k) => k).filter((k) => odd(k) && k % 3 === 0));
  });

  it('does not look in a form field’s title (confirmation ignores it)', () => {
    const d = decoded(buildShards(plain([entry({ text: '工作' }), entry({ ref: 'form-field:f/a', kind: 'form-field', title: '工作' }), entry({ ref: 'form:f', kind: 'form', title: '工作' })])));
    expect(d.get('工作')!.titled).toEqual([2]);
  });

  it('lists title-only holders for Han bigrams and for letter-and-digit terms, never for a single Han character', () => {
    const d = decoded(buildShards(plain([entry({ text: 'ab 3日 县 工作' }), entry({ title: 'ab 3日 县 工作' })])));
    expect([...d.keys()]).toEqual(expect.arrayContaining(['ab', '3日', '县', '工作']));
    expect(d.get('县')!.titled).toEqual([]);
    expect(d.get('工作')!.titled).toEqual([1]);
    // Confirmation finds ab and 3日 as substrings of entry 1's title, which no field indexes: listed too.
    for (const term of ['ab', '3日']) expect(d.get(term)!.titled, term).toEqual([1]);
  });

  it('closes a shard once its terms and postings reach about shardBytes', () => {
    // Each posting list is 7 numbers (four empty-or-one fields and the title list): 3 per character, 3 per number.
    const store = () => plain([entry({ text: 'a' }), entry({ text: 'bb' }), entry({ text: 'c' })]);
    const split = (shardBytes: number) => buildShards(store(), { shardBytes }).shards.map((s) => s.terms);
    expect(buildShards(store()).shards[0]!.postings[0]).toHaveLength(7);
    // a: 3 + 21 = 24, bb: 6 + 21 = 27, c: 24.
    expect(split(1)).toEqual([['a'], ['bb'], ['c']]);
    expect(split(24)).toEqual([['a'], ['bb'], ['c']]);
    expect(split(25)).toEqual([['a', 'bb'], ['c']]);
    expect(split(51)).toEqual([['a', 'bb'], ['c']]);
    expect(split(52)).toEqual([['a', 'bb', 'c']]);
    expect(split(75)).toEqual([['a', 'bb', 'c']]);
    expect(split(76)).toEqual([['a', 'bb', 'c']]);
    expect(buildShards(store()).shards.map((s) => s.terms)).toEqual([['a', 'bb', 'c']]);
    const sh = buildShards(store(), { shardBytes: 25 }).shards;
    expect(sh[0]!.df).toEqual([1, 1]);
    expect(sh[1]).toEqual({ terms: ['c'], df: [1], postings: [[0, 0, 1, 2, expect.any(Number), 0, 0]] });
  });

  it('files the shards and a two-level directory', () => {
    const built = buildShards(plain([entry({ text: 'a' }), entry({ text: 'bb' }), entry({ text: 'c' })]), { shardBytes: 1, pageShards: 2 });
    expect(built.manifest.pages).toEqual(['a', 'c']);
    expect(built.files.get('directory-0.json')).toEqual({ shard: 0, term: 0, shards: [['a', 1], ['bb', 1]] });
    expect(built.files.get('directory-1.json')).toEqual({ shard: 2, term: 2, shards: [['c', 1]] });
    expect(built.files.has('directory-2.json')).toBe(false);
    expect(built.files.get('terms-0.json')).toBe(built.shards[0]);
    expect(built.files.get('terms-2.json')).toBe(built.shards[2]);
    expect(built.files.has('terms-3.json')).toBe(false);
    const two = buildShards(plain([entry({ text: 'a b' }), entry({ text: 'c d e' })]), { shardBytes: 40, pageShards: 1 });
    expect(two.shards.map((s) => s.terms)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect([0, 1, 2].map((p) => two.files.get(`directory-${p}.json`))).toEqual([
      { shard: 0, term: 0, shards: [['a', 2]] },
      { shard: 1, term: 2, shards: [['c', 2]] },
      { shard: 2, term: 4, shards: [['e', 1]] },
    ]);
    expect(buildShards(plain([entry({ text: 'a b' })]), { shardBytes: 1 }).files.get('directory-0.json')).toEqual({ shard: 0, term: 0, shards: [['a', 1], ['b', 1]] });
  });

  it('builds one empty shard and page for an empty store', () => {
    const built = buildShards({ documents: [], jurisdictions: [], entries: [] });
    expect(built.shards).toEqual([{ terms: [], df: [], postings: [] }]);
    expect(built.fragments).toEqual([]);
    expect(built.manifest).toEqual({
      version: 5,
      fields: ['heading', 'keywords', 'text', 'docNumber'],
      count: 0,
      forms: [],
      clauses: [],
      pages: [''],
      fragmentSize: 1,
      fragments: 0,
      buckets: { serials: 1, aliases: 1, names: 1, numbers: 1 },
      shortAliases: false,
      attachments: 0,
      scoredDf: 2_000,
    });
    expect(built.files.get('directory-0.json')).toEqual({ shard: 0, term: 0, shards: [['', 0]] });
    expect([...built.files.keys()].sort()).toEqual(['aliases-0.json', 'directory-0.json', 'manifest.json', 'names-0.json', 'numbers-0.json', 'serials-0.json', 'terms-0.json']);
  });
});

describe('buildShards: entries, documents and places', () => {
  it('cuts the entries into fragments of fragmentSize', () => {
    const store = corpus();
    const built = buildShards(store, { fragmentSize: 3 });
    expect(built.fragments).toEqual([store.entries.slice(0, 3), store.entries.slice(3, 6), store.entries.slice(6)]);
    expect(built.files.get('entries-2.json')).toEqual(store.entries.slice(6, 8));
    expect(built.files.has('entries-3.json')).toBe(false);
    expect(built.manifest).toMatchObject({ fragmentSize: 3, fragments: 3, count: 8, forms: [4] });
    expect(buildShards(store).fragments).toEqual(store.entries.map((e) => [e]));
  });

  it('writes each document’s head and clause table with entry numbers', () => {
    const built = buildShards(corpus());
    const { clauses, ...gbHead } = corpus().documents[0]!;
    expect(built.files.get('doc-gb.json')).toEqual({ order: 0, document: gbHead, entries: [0, 1] });
    expect(built.files.get('doc-th.json')).toMatchObject({ order: 1, entries: [2, 2] });
    expect(built.files.get('doc-nd.json')).toMatchObject({ order: 2, entries: null });
    expect((built.files.get('doc-gb.json') as object as Record<string, unknown>)['document']).not.toHaveProperty('clauses');
    // c3 has no entry.
    expect(built.files.get('clauses-gb.json')).toEqual({ clauses, entries: [0, 1, -1] });
    expect(built.files.get('clauses-nd.json')).toEqual({ clauses: [], entries: [] });
  });

  it('refuses a document whose clauses are not consecutive entries', () => {
    const store = plain([entry({ ref: 'a#1', document: 'a' }), entry({ ref: 'b#1', document: 'b' }), entry({ ref: 'a#2', document: 'a' })]);
    expect(() => buildShards(store)).toThrow('文件 a 的条款在检索条目中不连续（第 0 与第 2 条之间）。');
    // Guidance citing a document, and clauses without one, do not count.
    const ok = plain([entry({ ref: 'a#1', document: 'a' }), entry({ ref: 'p', kind: 'procedure', document: 'a' }), entry({ ref: 'loose' })]);
    const built = buildShards(ok);
    // Only the clause counts as the document's: the procedure citing it is not one of its entries.
    expect(built.files.get('doc-a.json')).toBeUndefined();
    const withDoc = { ...ok, documents: [{ id: 'a', title: 'a', label: 'a', level: 'national' as const, numbering: 'nested' as const, clauses: [['1', '1']] as [string, string][] }] };
    expect(buildShards(withDoc).files.get('doc-a.json')).toEqual({ order: 0, document: { id: 'a', title: 'a', label: 'a', level: 'national', numbering: 'nested' }, entries: [0, 0] });
    expect(buildShards(withDoc).files.get('clauses-a.json')).toEqual({ clauses: [['1', '1']], entries: [0] });
    const between = plain([entry({ ref: 'a#1', document: 'a' }), entry({ ref: 'p', kind: 'procedure', document: 'a' }), entry({ ref: 'a#2', document: 'a' })]);
    expect(() => buildShards(between)).toThrow('文件 a 的条款在检索条目中不连续（第 0 与第 2 条之间）。');
  });

  it('files documents by 发文字号 serial and clause numbers by numbering', () => {
    const built = buildShards(corpus());
    expect(built.manifest.buckets).toEqual({ serials: 1, aliases: 1, names: 1, numbers: 8 });
    expect(built.files.get('serials-0.json')).toEqual({ 72: [['gb', '国办发〔2017〕72号']], 5: [['nd', '教基〔2020〕5号']] });
    const numbers: Record<string, unknown> = {};
    for (let b = 0; b < 8; b++) Object.assign(numbers, built.files.get(`numbers-${b}.json`));
    expect(numbers).toEqual({ 'c:1': [[0, 'gb', 'c1', 0]], 'c:2': [[0, 'gb', 'c2', 1]], 'c:3': [[0, 'gb', 'c3', -1]], 'n:一': [[1, 'th', 's1', 2]] });
    for (let b = 0; b < 8; b++) for (const key of Object.keys(built.files.get(`numbers-${b}.json`) as object)) expect(bucketOf(key, 8)).toBe(b);
  });

  it('spreads serials over buckets by key, several documents to a serial', () => {
    const doc = (id: string, docNumber: string): SearchDocumentInfo => ({ id, title: id, label: docNumber, docNumber, level: 'national', numbering: 'nested', clauses: [] });
    const store: SearchStore = {
      documents: [doc('a', '甲〔2017〕72号'), doc('b', '乙〔2018〕072号'), doc('c', '丙〔2019〕3号'), doc('d', '丁〔2020〕9号'), doc('e', '无号文件'), { ...doc('f', ''), docNumber: undefined }],
      jurisdictions: [],
      entries: [],
    };
    const built = buildShards(store);
    expect(built.manifest.buckets.serials).toBe(2);
    const all: Record<string, unknown> = {};
    for (let b = 0; b < 2; b++) {
      const bucket = built.files.get(`serials-${b}.json`) as Record<string, unknown>;
      for (const key of Object.keys(bucket)) expect(bucketOf(key, 2)).toBe(b);
      Object.assign(all, bucket);
    }
    expect(all).toEqual({ 72: [['a', '甲〔2017〕72号'], ['b', '乙〔2018〕072号']], 3: [['c', '丙〔2019〕3号']], 9: [['d', '丁〔2020〕9号']] });
    expect(built.files.has('serials-2.json')).toBe(false);
  });

  it('files places: aliases, names, each place’s documents and runs of the entries it states', () => {
    const built = buildShards(corpus());
    expect(built.files.get('aliases-0.json')).toEqual([
      [2, '唐河县', 'tanghe'],
      [3, '唐河', 'tanghe'],
    ]);
    expect(built.files.get('names-0.json')).toEqual([
      [0, 'national', '国家', 'national'],
      [1, 'tanghe', '唐河县', 'county'],
    ]);
    expect(built.files.get('place-tanghe.json')).toEqual({ id: 'tanghe', documents: ['th'], origins: [[2, 3], [6, 6]] });
    expect(built.files.get('place-national.json')).toEqual({ id: 'national', documents: [], origins: [[5, 5]] });
    expect(built.files.has('place-elsewhere.json')).toBe(false);
    // A document of a place the index does not build is nobody's.
    const store = corpus();
    store.documents.push({ id: 'gone', title: '外地', label: '外地', level: 'county', numbering: 'nested', jurisdiction: 'elsewhere', clauses: [] });
    expect(buildShards(store).files.get('place-tanghe.json')).toEqual({ id: 'tanghe', documents: ['th'], origins: [[2, 3], [6, 6]] });
    expect(built.manifest.shortAliases).toBe(false);
  });

  it('spreads many places over alias and name buckets, and notes a one-character name', () => {
    const jurisdictions = Array.from({ length: 20 }, (_, k) => ({ id: `j${k}`, name: `第${k}县`, level: 'county' as const }));
    const store: SearchStore = { documents: [], jurisdictions: [...jurisdictions, { id: 'x', name: '乡', level: 'town' }], entries: [] };
    const built = buildShards(store);
    // 20 counties with two aliases each and one with one: 41 rows, 8 a file → 8 buckets; 21 names, 16 a file → 2.
    expect(built.manifest.buckets.aliases).toBe(8);
    expect(built.manifest.buckets.names).toBe(2);
    expect(built.manifest.shortAliases).toBe(true);
    const rows = Array.from({ length: 8 }, (_, b) => built.files.get(`aliases-${b}.json`) as [number, string, string][]);
    rows.forEach((bucket, b) => bucket.forEach(([, alias]) => expect(bucketOf([...alias].slice(0, 2).join(''), 8)).toBe(b)));
    const flat = rows.flat().sort((p, q) => p[0] - q[0]);
    expect(flat).toHaveLength(41);
    expect(flat.slice(0, 3)).toEqual([
      [0, '第0县', 'j0'],
      [1, '第0', 'j0'],
      [2, '第1县', 'j1'],
    ]);
    expect(flat[40]).toEqual([40, '乡', 'x']);
    const names = [0, 1].flatMap((b) => built.files.get(`names-${b}.json`) as [number, string, string, string][]);
    expect(names.sort((p, q) => p[0] - q[0])).toEqual([...jurisdictions, { id: 'x', name: '乡', level: 'town' }].map((j, k) => [k, j.id, j.name, j.level]));
    for (const b of [0, 1]) for (const [, id] of built.files.get(`names-${b}.json`) as [number, string][]) expect(bucketOf(id, 2)).toBe(b);
    expect(built.files.has('aliases-8.json')).toBe(false);
  });

  it('lists each position’s distinct 附件 up to the most any document has', () => {
    const built = buildShards(corpus());
    expect(built.manifest.attachments).toBe(2);
    expect(built.files.get('attachments-1.json')).toEqual([{ title: '辍学学生登记表', form: 'dropout' }]);
    expect(built.files.get('attachments-2.json')).toEqual([{ title: '劝返记录' }]);
    expect(built.files.has('attachments-0.json')).toBe(false);
    expect(built.files.has('attachments-3.json')).toBe(false);
  });

  it('writes the manifest and serves every part under its path', () => {
    const built = buildShards(corpus(), { shardBytes: 60, pageShards: 4, fragmentSize: 4 });
    expect(built.files.get('manifest.json')).toBe(built.manifest);
    expect(built.manifest).toEqual({
      version: 5,
      fields: ['heading', 'keywords', 'text', 'docNumber'],
      count: 8,
      forms: [4],
      clauses: [[0, 2]],
      pages: built.shards.filter((_, n) => n % 4 === 0).map((s) => s.terms[0]),
      fragmentSize: 4,
      fragments: 2,
      buckets: { serials: 1, aliases: 1, names: 1, numbers: 8 },
      shortAliases: false,
      attachments: 2,
      scoredDf: 2_000,
    });
    expect(built.shards.length).toBeGreaterThan(4);
    const keys = [...built.files.keys()];
    expect(keys.filter((k) => k.startsWith('terms-'))).toHaveLength(built.shards.length);
    expect(keys.filter((k) => k.startsWith('directory-'))).toHaveLength(Math.ceil(built.shards.length / 4));
    expect(keys.filter((k) => /^(doc|clauses)-/.test(k)).sort()).toEqual(['clauses-gb.json', 'clauses-nd.json', 'clauses-th.json', 'doc-gb.json', 'doc-nd.json', 'doc-th.json']);
    expect(keys.filter((k) => k.startsWith('place-')).sort()).toEqual(['place-national.json', 'place-tanghe.json']);
    // lunr's own query over the same terms finds what the postings say.
    const idx = loadIndex(packIndex(corpus()));
    expect(idx.query((q) => q.term('劝返', { usePipeline: false, presence: lunr.Query.presence.REQUIRED })).map((r) => Number(r.ref)).sort()).toEqual([0, 2, 3]);
  });
});

describe('buildShards: terms held by more than scoredDf entries', () => {
  // 学生 in all 40 entries' text (dense: a bitmap), in 2 headings (sparse: gaps); 劝返 in 2.
  const store = () =>
    plain(Array.from({ length: 40 }, (_, k) => entry({ ref: `e${k}`, heading: k === 5 || k === 7 ? '学生' : '', text: k < 2 ? '学生劝返' : `学生第${k}项` })));

  it('lists where such a term is (gaps or a bitmap, whichever is shorter), with no scores, and scores the rest', () => {
    const built = buildShards(store(), { scoredDf: 3, shardBytes: 100_000 });
    expect(built.manifest.scoredDf).toBe(3);
    const shard = built.shards[0]!;
    const presence = shard.presence!;
    expect(Object.keys(presence)).toContain('学生');
    expect(Object.keys(presence)).not.toContain('劝返');
    const [heading, keywords, text, docNumber] = presence['学生']!;
    expect(heading).toEqual([5, 2]);
    expect(keywords).toEqual([]);
    expect(docNumber).toEqual([]);
    expect(typeof text).toBe('string');
    expect(decodeBitmap(text as string)).toEqual(Array.from({ length: 40 }, (_, k) => k));
    // The postings of an unscored term hold only its title list; 劝返 keeps lunr's scores.
    expect(shard.postings[shard.terms.indexOf('学生')]).toEqual([0]);
    expect(shard.df[shard.terms.indexOf('学生')]).toBe(40);
    const quan = shard.postings[shard.terms.indexOf('劝返')]!;
    expect(quan.slice(0, 2)).toEqual([0, 0]);
    expect(quan[2]).toBe(2);
    expect(quan.slice(3, 5)).toEqual([0, 1]);
    expect(quan[5]).toBeGreaterThan(0);
  });

  it('scores every term when none is held by more than scoredDf entries', () => {
    expect(buildShards(store(), { scoredDf: 40 }).shards.every((sh) => sh.presence === undefined)).toBe(true);
    expect(buildShards(store()).manifest.scoredDf).toBe(scoredDf);
  });

  it('round-trips a bitmap of any length', () => {
    for (const refs of [[], [0], [7, 8], [3, 9, 15, 16, 1000, 70_000]]) expect(decodeBitmap(encodeBitmap(refs, 70_001))).toEqual(refs);
    expect(encodeBitmap([], 0)).toBe('');
    expect(atob(encodeBitmap([0, 9], 16))).toBe('\x01\x02');
  });
});
