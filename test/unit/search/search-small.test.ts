/**
 * search.ts on corpora of a few entries, written out in each test: document
 * frequencies from the packed postings, the whole-index view, the order of
 * ties, the form-answer share and the fields of a hit. Complements
 * search-edges.test.ts; fast enough for mutation testing.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../site/lib/search/build-index.ts';
import { packIndex } from '../../../site/lib/search/compact-index.ts';
import { createSearcher, documentFrequency, fullView } from '../../../site/lib/search/search.ts';
import type { SearchEntry, SearchStore } from '../../../site/lib/search/search-types.ts';

const entry = (ref: string, over: Partial<SearchEntry>): SearchEntry => ({
  ref,
  kind: 'clause',
  title: '',
  heading: '',
  text: '',
  keywords: [],
  url: `/${ref}/`,
  jurisdictions: ['national'],
  level: 'national',
  ...over,
});
const plain = (entries: SearchEntry[]): SearchStore => ({ documents: [], jurisdictions: [{ id: 'national', name: '国家', level: 'national' }], entries });
const searcher = (s: SearchStore) => createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(s))));
const refs = (r: { hits: { entry: SearchEntry }[] }) => r.hits.map((h) => h.entry.ref);

describe('documentFrequency', () => {
  it('counts the entries holding a term in any field, once each', () => {
    const packed = packIndex(plain([entry('a', { heading: '劝返', text: '劝返' }), entry('b', { keywords: ['劝返'] }), entry('c', { text: '台账' }), entry('d', { text: '劝返' })]));
    const df = documentFrequency(packed);
    expect(df('劝返')).toBe(3);
    expect(df('劝返')).toBe(3);
    expect(df('台账')).toBe(1);
    expect(df('无此')).toBe(0);
    expect(df('')).toBe(0);
  });

  it('finds every term of a long sorted list', () => {
    const words = Array.from({ length: 33 }, (_, k) => `w${String(k).padStart(2, '0')}`);
    const packed = packIndex(plain(words.map((w, k) => entry(w, { text: `${w} ${words[(k + 1) % words.length]}` }))));
    const df = documentFrequency(packed);
    expect(words.map(df)).toEqual(words.map(() => 2));
    for (const missing of ['a', 'w', 'w005', 'w325', 'z']) expect(df(missing), missing).toBe(0);
  });
});

describe('fullView', () => {
  it('gives the entries, forms, clause numbers and a document’s clauses in reading order', () => {
    const store = plain([
      entry('d#1', { document: 'd' }),
      entry('form:f', { kind: 'form' }),
      entry('p', { kind: 'procedure', document: 'd' }),
      entry('d#2', { document: 'd' }),
      entry('e#1', { document: 'e' }),
      entry('form:g', { kind: 'form' }),
    ]);
    const view = fullView(buildSearchIndex(store));
    expect(view.count).toBe(6);
    expect(view.forms).toEqual([1, 5]);
    expect(view.entry(3)).toBe(store.entries[3]);
    expect(view.clauseEntry('d#2')).toBe(3);
    expect(view.clauseEntry('d#9')).toBeUndefined();
    expect(view.documentEntries(['d'])).toEqual([0, 3]);
    expect(view.documentEntries(['e', 'd'])).toEqual([0, 3, 4]);
    expect(view.documentEntries([])).toEqual([]);
    expect(view.context).toBe(store);
  });
});

describe('ranking ties', () => {
  it('orders equal cover: in force before lapsed, clause before guidance, higher BM25, then entry order', () => {
    const s = plain([
      entry('guide', { kind: 'procedure', text: '劝返复学' }),
      entry('lapsed', { text: '劝返复学', status: 'repealed' }),
      entry('long', { text: '劝返复学，另有许多别的文字写在这里' }),
      entry('short', { text: '劝返复学' }),
      entry('short2', { text: '劝返复学' }),
    ]);
    const r = searcher(s).search('劝返复学');
    const weights = r.hits.map((h) => h.weight);
    expect(refs(r)).toEqual(['short', 'short2', 'long', 'lapsed', 'guide']);
    expect(weights.slice(0, 4).every((w) => w === weights[0])).toBe(true);
    expect(weights[4]).toBeCloseTo(weights[0]! * 0.9, 9);
    expect(r.hits[0]!.score).toBe(r.hits[1]!.score);
    expect(r.hits[1]!.score).toBeGreaterThan(r.hits[2]!.score);
    expect(r.hits.map((h) => h.index)).toEqual([3, 4, 2, 1, 0]);
  });

  it('puts a form answering a form question first only if it covers half the best form’s weight', () => {
    const s = plain([
      entry('c', { text: '辍学学生登记表怎么填写辍学学生登记表' }),
      entry('form:a', { kind: 'form', heading: '辍学学生登记表', keywords: ['辍学学生登记表'] }),
      entry('form:b', { kind: 'form', heading: '登记表', text: '辍学学生' }),
    ]);
    const r = searcher(s).search('辍学学生登记表要填什么表');
    expect(r.query.asksForm).toBe(true);
    expect(refs(r)[0]).toBe('form:a');
    expect(r.total).toBe(3);
  });
});

describe('hits', () => {
  it('counts matched and known terms, phrases, and marks the heading and the snippet', () => {
    const s = plain([entry('a', { heading: '劝返复学', text: '学校应当劝返复学。' }), entry('b', { text: '复学' })]);
    const r = searcher(s).search('劝返复学 火星');
    const [a] = r.hits;
    expect(r.terms).toEqual(['劝返', '返复', '复学', '火星']);
    expect(a!.entry.ref).toBe('a');
    expect(a!.matchedTerms).toBe(3);
    expect(a!.totalTerms).toBe(3);
    // 火星 is a word of the query that no entry has: no hit has every word.
    expect(a!.complete).toBe(false);
    expect(searcher(s).search('劝返复学').hits.map((h) => h.complete)).toEqual([true, false]);
    expect(a!.phraseHits).toBe(1);
    expect(a!.headingRanges).toEqual([[0, 4]]);
    expect(a!.snippet.text).toBe('学校应当劝返复学。');
    expect(a!.snippet.ranges).toEqual([[4, 8]]);
    expect(a!.url).toBe('/a/');
    expect(a!.pinned).toBe(false);
    expect(r.hits[1]).toMatchObject({ matchedTerms: 1, totalTerms: 3, complete: false, phraseHits: 0, headingRanges: [] });
    expect(r.hits[1]!.snippet.ranges).toEqual([[0, 2]]);
  });

  it('snippets the heading when an entry has no text', () => {
    const r = searcher(plain([entry('a', { heading: '劝返复学' })])).search('劝返');
    expect(r.hits[0]!.snippet.text).toBe('劝返复学');
    expect(r.hits[0]!.snippet.ranges).toEqual([[0, 2]]);
    expect(r.hits[0]!.headingRanges).toEqual([[0, 2]]);
  });

  it('answers nothing for an empty query or words no entry has', () => {
    const s = searcher(plain([entry('a', { text: '劝返' })]));
    expect(s.search('')).toMatchObject({ total: 0, hits: [], fallback: false });
    expect(s.search('火星 木星')).toMatchObject({ total: 0, hits: [], fallback: false });
    expect(s.search('劝返', { limit: 0 })).toMatchObject({ total: 1, hits: [] });
  });
});

describe('candidates beyond lunr’s', () => {
  const store = (): SearchStore => ({
    documents: [
      { id: 'gb', title: '国办通知', label: '国办发〔2017〕72号', docNumber: '国办发〔2017〕72号', level: 'national', numbering: 'continuous', clauses: [['1', 'c1'], ['2', 'c2']], attachments: [{ title: '辍学学生登记表', form: 'dropout' }] },
    ],
    jurisdictions: [{ id: 'national', name: '国家', level: 'national' }],
    entries: [
      entry('gb#c1', { document: 'gb', text: '学校应当建立台账。' }),
      entry('gb#c2', { document: 'gb', text: '劝返复学。' }),
      entry('form:dropout', { kind: 'form', title: '标准表单', heading: '辍学学生登记表', keywords: ['辍学学生登记表'] }),
      entry('form:other', { kind: 'form', title: '标准表单', heading: '月报表' }),
    ],
  });

  it('pins a clause named by number even when it has none of the other words', () => {
    const r = searcher(store()).search('国办发〔2017〕72号 第1条 劝返');
    expect(r.hits[0]).toMatchObject({ pinned: true, entry: { ref: 'gb#c1' } });
    expect(refs(r)).toEqual(['gb#c1', 'gb#c2']);
    expect(r.hits[1]!.pinned).toBe(false);
  });

  it('pins the form a named 附件 is', () => {
    const r = searcher(store()).search('国办发〔2017〕72号 附件1');
    expect(r.query.attachments).toEqual(['form:dropout']);
    expect(r.hits[0]).toMatchObject({ pinned: true, entry: { ref: 'form:dropout' } });
    expect(refs(r)).not.toContain('form:other');
  });

  it('weighs every form for a form question, the one with every word first', () => {
    const r = searcher(store()).search('辍学学生登记表怎么填');
    expect(r.query.asksForm).toBe(true);
    expect(refs(r)[0]).toBe('form:dropout');
    expect(refs(r)).not.toContain('form:other');
  });
});
