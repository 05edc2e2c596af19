/**
 * The packed index on corpora of a few entries, written out in each test: the
 * exact encoding (it is the wire format), the index loadIndex rebuilds from it
 * against lunr.Builder's, and the lazy records lunr reads it through. Fast
 * enough for mutation testing, unlike compact-index.test.ts (the whole site).
 */
import { describe, expect, it } from 'vitest';
import lunr from 'lunr';
import { buildLunrIndex, buildSearchIndex } from '../../../site/lib/search/build-index.ts';
import { loadIndex, packIndex } from '../../../site/lib/search/compact-index.ts';
import { entryFields, fieldBoosts } from '../../../site/lib/search/index-fields.ts';
import type { SearchStore } from '../../../site/lib/search/search-types.ts';
import { entry, inside } from './small-store.ts';



const gb = { id: 'gb', title: '国办通知', label: '国办发〔2017〕72号', docNumber: '国办发〔2017〕72号', level: 'national', numbering: 'continuous', clauses: [] } as const;

/** Three entries: a clause with every field, a procedure citing the same document, a clause with one word. */
function tiny(): SearchStore {
  return {
    documents: [{ ...gb, clauses: [] }],
    jurisdictions: [{ id: 'national', name: '国家', level: 'national' }],
    entries: [
      entry({ ref: 'gb#c1', document: 'gb', heading: '劝返', text: '辍学辍学', keywords: ['台账'] }),
      entry({ ref: 'procedure:national/p', kind: 'procedure', document: 'gb', text: '辍学' }),
      entry({ ref: 'gb#c2', document: 'gb', text: '劝返' }),
    ],
  };
}

interface Serialised {
  fields: string[];
  invertedIndex: [string, Record<string, unknown> & { _index: number }][];
  fieldVectors: [string, number[]][];
}

/** {term → field → refs} and {field/ref → {term → score}} (every vector, empty ones too), independent of term numbering. */
function comparable(index: lunr.Index) {
  const json = index.toJSON() as unknown as Serialised;
  const termOf = new Map(json.invertedIndex.map(([term, posting]) => [posting._index, term]));
  const postings = Object.fromEntries(
    json.invertedIndex.map(([term, posting]) => [term, Object.fromEntries(json.fields.map((f) => [f, Object.keys((posting[f] as object) ?? {}).sort()]))]),
  );
  const vectors = Object.fromEntries(
    json.fieldVectors.map(([ref, elements]) => {
      const scores: Record<string, number> = {};
      for (let i = 0; i < elements.length; i += 2) scores[termOf.get(elements[i]!)!] = elements[i + 1]!;
      return [ref, scores];
    }),
  );
  return { fields: json.fields, postings, vectors, vectorKeys: json.fieldVectors.map(([k]) => k).sort() };
}

const ask = (idx: lunr.Index, terms: string[], presence = lunr.Query.presence.OPTIONAL) =>
  idx.query((q) => terms.forEach((t) => q.term(t, { presence, usePipeline: false }))).map((r) => [r.ref, r.score.toFixed(9)]);

describe('packIndex: the encoding', () => {
  it('lists fields, boosts, the entry count and the sorted terms', () => {
    const packed = packIndex(tiny());
    expect(packed.fields).toEqual(['heading', 'keywords', 'text', 'docNumber']);
    expect(packed.boosts).toEqual([3, 2, 1, 2]);
    expect(packed.documentCount).toBe(3);
    // UTF-16 order: digits first, then Han by code point; the procedure adds no 发文字号 terms.
    expect(packed.terms).toEqual(['2017', '72', '72号', '劝返', '办发', '台账', '号', '国办', '学辍', '辍学']);
  });

  it('writes per field: count, entry-number gaps, term frequencies', () => {
    const packed = packIndex(tiny());
    const of = (term: string) => packed.postings[packed.terms.indexOf(term)];
    // text: entries 0 (twice) and 1 (once).
    expect(of('辍学')).toEqual([0, 0, 2, 0, 1, 2, 1, 0]);
    // heading of entry 0, text of entry 2 (gap 2 from 0).
    expect(of('劝返')).toEqual([1, 0, 1, 0, 1, 2, 1, 0]);
    expect(of('台账')).toEqual([0, 1, 0, 1, 0, 0]);
    // 发文字号 only for the two clauses (entries 0 and 2), never the procedure.
    expect(of('72号')).toEqual([0, 0, 0, 2, 0, 2, 1, 1]);
    expect(of('学辍')).toEqual([0, 0, 1, 0, 1, 0]);
    expect(packed.postings).toHaveLength(packed.terms.length);
  });

  it('delta-encodes a long posting list in entry order, whatever order the terms came in', () => {
    const entries = [3, 0, 7, 1, 4, 9, 2, 8, 6, 5].map((n) => entry({ ref: `e${n}`, text: '学'.repeat(n + 1) }));
    const packed = packIndex({ documents: [], jurisdictions: [], entries });
    // n+1 × 学 gives n bigrams 学学; a lone 学 (n = 0) is a token by itself.
    const list = packed.postings[packed.terms.indexOf('学学')]!;
    const text = list.slice(2, 2 + 1 + 2 * 9);
    expect(text[0]).toBe(9);
    // entries 0 and 2…9 hold 学学 (entry 1 is the single 学): gaps 0, 2, 1, 1, …
    expect(text.slice(1, 10)).toEqual([0, 2, 1, 1, 1, 1, 1, 1, 1]);
    expect(text.slice(10)).toEqual([3, 7, 1, 4, 9, 2, 8, 6, 5]);
    expect(packed.postings[packed.terms.indexOf('学')]).toEqual([0, 0, 1, 1, 1, 0]);
  });

  it('packs an empty store', () => {
    expect(packIndex({ documents: [], jurisdictions: [], entries: [] })).toEqual({
      fields: ['heading', 'keywords', 'text', 'docNumber'],
      boosts: [3, 2, 1, 2],
      documentCount: 0,
      terms: [],
      postings: [],
    });
  });
});

describe('loadIndex: the same index as lunr.Builder', () => {
  it('rebuilds the postings and BM25 field vectors of a tiny corpus, through JSON', () => {
    const store = tiny();
    const loaded = loadIndex(JSON.parse(JSON.stringify(packIndex(store))));
    const built = comparable(buildLunrIndex(store));
    expect(comparable(loaded)).toEqual(built);
    expect(built.vectorKeys).toHaveLength(12);
    expect(built.vectors['text/0']).toEqual({ 辍学: expect.any(Number), 学辍: expect.any(Number) });
  });

  it('rebuilds a corpus with unicode, repeated terms, long lists and empty entries', () => {
    const entries = [
      entry({ heading: '控辍“四步法”', text: 'ＡＢＣ 第11条 3日内 報告', keywords: ['劝返', '劝返复学'] }),
      entry({}),
      entry({ kind: 'form', heading: '辍学学生登记表', keywords: ['辍学学生登记表'], text: '登记辍学学生。' }),
      ...Array.from({ length: 12 }, (_, k) => entry({ text: `辍学学生${'劝返'.repeat(k % 4)}`, heading: k % 3 ? '' : '劝返' })),
      entry({ text: 'the running runs' }),
    ];
    const store: SearchStore = { documents: [], jurisdictions: [], entries };
    const loaded = loadIndex(JSON.parse(JSON.stringify(packIndex(store))));
    const builder = buildLunrIndex(store);
    expect(comparable(loaded)).toEqual(comparable(builder));
    for (const terms of [['辍学'], ['劝返', '学生'], ['abc'], ['报告'], ['running'], ['四步'], ['11条', '3日']]) {
      expect(ask(loaded, terms), terms.join()).toEqual(ask(builder, terms));
    }
    expect(ask(loaded, ['劝返']).length).toBe(11);
  });

  it('ranks as lunr does: field boosts, term frequency', () => {
    // Every field of every entry one token long, so only the boost and frequency differ.
    const store: SearchStore = {
      documents: [],
      jurisdictions: [],
      entries: [
        entry({ heading: '台账', keywords: ['台账'], text: '劝返' }),
        entry({ heading: '劝返', keywords: ['台账'], text: '台账' }),
        entry({ heading: '台账', keywords: ['劝返'], text: '台账' }),
        entry({ heading: '台账', keywords: ['台账'], text: '台账' }),
      ],
    };
    const loaded = loadIndex(packIndex(store));
    const order = ask(loaded, ['劝返']);
    expect(order).toEqual(ask(buildLunrIndex(store), ['劝返']));
    // heading (×3) before keywords (×2) before text (×1).
    expect(order.map(([ref]) => ref)).toEqual(['1', '2', '0']);
    const [h, k, t] = order.map(([, score]) => Number(score));
    expect(h! / t!).toBeCloseTo(3, 2);
    expect(k! / t!).toBeCloseTo(2, 2);
  });

  it('scores one term in one entry by lunr’s BM25 (three decimals)', () => {
    const store: SearchStore = { documents: [], jurisdictions: [], entries: [entry({ text: '劝返' }), entry({ text: '台账台账' })] };
    const idx = loadIndex(packIndex(store));
    const packed = packIndex(store);
    const idf = Math.log(1 + Math.abs((2 - 1 + 0.5) / (1 + 0.5)));
    // Field lengths 1 and 3 (台账 账台 台账): average 2.
    const norm0 = 1.2 * (1 - 0.75 + 0.75 * (1 / 2));
    const vector = inside(idx).fieldVectors['text/0'] as unknown as { elements: number[] };
    expect(vector.elements).toEqual([packed.terms.indexOf('劝返'), Math.round(((idf * 2.2) / (norm0 + 1)) * 1000) / 1000]);
    const norm1 = 1.2 * (1 - 0.75 + 0.75 * (3 / 2));
    const v1 = (inside(idx).fieldVectors['text/1'] as unknown as { elements: number[] }).elements;
    expect(v1).toEqual([
      packed.terms.indexOf('台账'),
      Math.round(((idf * 2.2 * 2) / (norm1 + 2)) * 1000) / 1000,
      packed.terms.indexOf('账台'),
      Math.round(((idf * 2.2) / (norm1 + 1)) * 1000) / 1000,
    ]);
    expect((inside(idx).fieldVectors['heading/1'] as unknown as { elements: number[] }).elements).toEqual([]);
    const boosted = loadIndex(packIndex({ documents: [], jurisdictions: [], entries: [entry({ heading: '劝返' }), entry({ heading: '台账' })] }));
    expect((inside(boosted).fieldVectors['heading/0'] as unknown as { elements: number[] }).elements[1]).toBe(Math.round(((idf * 2.2) / (1.2 + 1)) * 3 * 1000) / 1000);
  });

  it('loads and queries an empty index', () => {
    const idx = loadIndex(packIndex({ documents: [], jurisdictions: [], entries: [] }));
    expect(ask(idx, ['辍学'])).toEqual([]);
    expect(Object.keys(inside(idx).invertedIndex)).toEqual([]);
    expect(Object.keys(inside(idx).fieldVectors)).toEqual([]);
  });

  it('answers required and prefix queries like the Builder-made index', () => {
    const store = tiny();
    const a = loadIndex(packIndex(store));
    const b = buildLunrIndex(store);
    expect(ask(a, ['学辍', '72号'], lunr.Query.presence.REQUIRED).map(([r]) => r)).toEqual(['0']);
    expect(ask(a, ['台账', '辍学', '劝返'], lunr.Query.presence.REQUIRED).map(([r]) => r)).toEqual(['0']);
    expect(ask(a, ['台账', '72号', '号文'], lunr.Query.presence.REQUIRED)).toEqual([]);
    expect(ask(a, ['辍学', '学辍'], lunr.Query.presence.REQUIRED)).toEqual(ask(b, ['辍学', '学辍'], lunr.Query.presence.REQUIRED));
    expect(ask(a, ['辍学', '学辍'], lunr.Query.presence.REQUIRED).map(([r]) => r)).toEqual(['0']);
    const prefix = (idx: lunr.Index) => idx.query((q) => q.term('72', { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false })).map((r) => [r.ref, r.score]);
    expect(prefix(a)).toEqual(prefix(b));
    expect(prefix(a).map(([r]) => r)).toEqual(['0', '2']);
  });
});

describe('loadIndex: postings and vectors made on first use', () => {
  it('knows exactly its terms, for `in`, keys and property descriptors', () => {
    const packed = packIndex(tiny());
    const { invertedIndex } = loadIndex(packed) as unknown as { invertedIndex: Record<string, Record<string, object> & { _index: number }> };
    expect(Object.keys(invertedIndex)).toEqual(packed.terms);
    expect('辍学' in invertedIndex).toBe(true);
    expect('辍' in invertedIndex).toBe(false);
    expect(invertedIndex['无此']).toBeUndefined();
    expect((invertedIndex as unknown as Record<symbol, unknown>)[Symbol.iterator]).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(invertedIndex, '无此')).toBeUndefined();
    const d = Object.getOwnPropertyDescriptor(invertedIndex, '劝返')!;
    expect(d).toMatchObject({ enumerable: true, configurable: true, writable: false });
    expect(d.value).toBe(invertedIndex['劝返']);
    // Each term's posting is made once, numbered by its place in the sorted terms.
    expect(invertedIndex['劝返']!._index).toBe(3);
    expect(invertedIndex['2017']!._index).toBe(0);
    expect(invertedIndex['辍学']!._index).toBe(9);
    expect(Object.keys(invertedIndex['劝返']!)).toEqual(['_index', 'heading', 'keywords', 'text', 'docNumber']);
    expect(Object.keys(invertedIndex['劝返']!['heading']!)).toEqual(['0']);
    expect(Object.keys(invertedIndex['劝返']!['text']!)).toEqual(['2']);
    expect(Object.keys(invertedIndex['劝返']!['keywords']!)).toEqual([]);
    expect(Object.keys(invertedIndex['72号']!['docNumber']!)).toEqual(['0', '2']);
    expect(Object.keys(invertedIndex['辍学']!['text']!)).toEqual(['0', '1']);
    expect(JSON.parse(JSON.stringify(invertedIndex['辍学']))).toEqual({ _index: 9, heading: {}, keywords: {}, text: { 0: {}, 1: {} }, docNumber: {} });
  });

  it('finds the first, last and middle terms of a long sorted list', () => {
    const words = Array.from({ length: 40 }, (_, k) => `w${String(k).padStart(2, '0')}`);
    const packed = packIndex({ documents: [], jurisdictions: [], entries: words.map((w) => entry({ text: w })) });
    const { invertedIndex } = loadIndex(packed) as unknown as { invertedIndex: Record<string, { _index: number; text: object }> };
    words.forEach((w, k) => {
      expect(invertedIndex[w]?._index, w).toBe(k);
      expect(Object.keys(invertedIndex[w]!.text)).toEqual([String(k)]);
    });
    for (const missing of ['a', 'w', 'w005', 'w395', 'z']) expect(invertedIndex[missing], missing).toBeUndefined();
  });

  it('has a field vector for every field and entry, and nothing else', () => {
    const idx = loadIndex(packIndex(tiny()));
    const vectors = inside(idx).fieldVectors as Record<string, unknown>;
    expect(Object.keys(vectors)).toEqual(['heading', 'keywords', 'text', 'docNumber'].flatMap((f) => [0, 1, 2].map((r) => `${f}/${r}`)));
    for (const key of ['text/3', 'text/-1', 'text/1.5', 'text/x', 'nofield/0', 'text0', '/0']) expect(vectors[key], key).toBeUndefined();
    expect(vectors['docNumber/2']).toBe(vectors['docNumber/2']);
    expect((vectors['docNumber/1'] as { elements: number[] }).elements).toEqual([]);
    expect((vectors['docNumber/2'] as { elements: number[] }).elements.filter((_, k) => k % 2 === 0)).toEqual([0, 1, 2, 4, 6, 7]);
  });
});

describe('buildLunrIndex and buildSearchIndex', () => {
  it('keeps words as the tokenizer makes them: no stemming, no stop words, refs are entry numbers', () => {
    const store: SearchStore = { documents: [], jurisdictions: [], entries: [entry({ text: 'the running' }), entry({ text: 'run' })] };
    const idx = buildLunrIndex(store);
    expect(idx.search('running').map((r) => r.ref)).toEqual(['0']);
    expect(idx.search('the').map((r) => r.ref)).toEqual(['0']);
    expect(idx.search('run').map((r) => r.ref)).toEqual(['1']);
    expect(Object.keys(inside(idx).invertedIndex).sort()).toEqual(['run', 'running', 'the']);
    expect(inside(idx).fields).toEqual(['heading', 'keywords', 'text', 'docNumber']);
  });

  it('wraps the packed index and the store as version 1', () => {
    const store = tiny();
    const file = buildSearchIndex(store);
    expect(file).toEqual({ version: 1, index: packIndex(store), store });
    expect(file.store).toBe(store);
  });
});

describe('entryFields', () => {
  it('tokenizes heading, each keyword and text; the 发文字号 only for a clause of a numbered document', () => {
    const e = entry({ heading: '劝返复学', keywords: ['台账', '72号文'], text: '辍学' });
    expect(entryFields(e, '国办发〔2017〕72号')).toEqual({
      heading: ['劝返', '返复', '复学'],
      keywords: ['台账', '72', '72号', '号文'],
      text: ['辍学'],
      docNumber: ['国办', '办发', '2017', '72', '72号', '号'],
    });
    expect(entryFields(e, undefined).docNumber).toEqual([]);
    expect(entryFields(e, '').docNumber).toEqual([]);
    expect(entryFields({ ...e, kind: 'procedure' }, '国办发〔2017〕72号').docNumber).toEqual([]);
    expect(fieldBoosts).toEqual({ heading: 3, keywords: 2, text: 1, docNumber: 2 });
  });
});

describe('loadIndex: terms held by more than scoredDf entries', () => {
  it('matches them but leaves them out of every field vector, keeping the field length they add', () => {
    const store = tiny();
    const plainIndex = loadIndex(packIndex(store));
    const capped = loadIndex(packIndex(store), { scoredDf: 1 });
    const ask = (idx: lunr.Index, terms: string[]) => idx.query((q) => terms.forEach((t) => q.term(t, { usePipeline: false, presence: lunr.Query.presence.REQUIRED }))).map((r) => [r.ref, r.score]);
    // 辍学 and 劝返 are in two entries each, 台账 in one: only 台账 keeps its score.
    expect(ask(capped, ['辍学']).map(([ref]) => ref).sort()).toEqual(['0', '1']);
    expect(ask(capped, ['辍学']).map(([, score]) => score)).toEqual([0, 0]);
    const vector = (idx: lunr.Index, key: string) => (inside(idx).fieldVectors[key] as lunr.Vector & { elements: number[] }).elements;
    expect(vector(capped, 'keywords/0')).toEqual(vector(plainIndex, 'keywords/0'));
    const t = (term: string) => (inside(plainIndex).invertedIndex[term] as unknown as { _index: number })._index;
    // text/0 is 辍学辍学: 学辍 (one entry) keeps its score, 辍学 goes.
    expect(vector(plainIndex, 'text/0').filter((_, k) => k % 2 === 0).sort()).toEqual([t('学辍'), t('辍学')].sort());
    expect(vector(capped, 'text/0')).toEqual(vector(plainIndex, 'text/0').flatMap((x, k, all) => (k % 2 === 0 && x !== t('辍学') ? [x, all[k + 1]!] : [])));
    expect(ask(capped, ['辍学', '台账'])).toEqual([['0', (ask(plainIndex, ['台账'])[0]![1] as number) / Math.SQRT2]]);
  });
});
