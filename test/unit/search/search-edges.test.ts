/**
 * Ranking on a small hand-made index: which hit comes first and why (a named
 * place's own rule, a clause in force, the clause before guidance, a form for
 * a form question), filters, limits, clause numbers and the named-document fallback.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../site/lib/search/build-index.ts';
import { candidates, createSearcher, documentFrequency, fullView, haystackText, headBoost, localBonus, lookedUpTerms } from '../../../site/lib/search/search.ts';
import type { SearchEntry, SearchStore } from '../../../site/lib/search/search-types.ts';

const clause = (ref: string, over: Partial<SearchEntry>): SearchEntry => {
  const [doc, id] = ref.split('#');
  return { ref, kind: 'clause', title: ref, heading: '', text: '', keywords: [], url: `/policies/${doc}/#${id}`, document: doc, jurisdictions: ['national', 'tanghe'], level: 'national', ...over };
};

function store(): SearchStore {
  return {
    documents: [
      { id: 'gb', title: '国办通知', label: '国办发〔2017〕72号', docNumber: '国办发〔2017〕72号', level: 'national', numbering: 'continuous', clauses: [['1', 'c1'], ['2', 'c2'], ['3', 'c3']] },
      { id: 'old', title: '旧办法', label: '旧办法', level: 'national', numbering: 'nested', status: 'repealed', clauses: [] },
      { id: 'th', title: '唐河方案', label: '唐河方案', level: 'county', numbering: 'nested', jurisdiction: 'tanghe', clauses: [] },
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
      {
        ref: 'procedure:national/p',
        kind: 'procedure',
        title: '国家 · 工作程序',
        heading: '劝返复学',
        text: '辍学学生劝返复学。',
        keywords: [],
        url: '/national/procedures/#p',
        jurisdictions: ['national', 'tanghe'],
        level: 'national',
        origin: 'national',
      },
      {
        ref: 'form:dropout',
        kind: 'form',
        title: '标准表单',
        heading: '辍学学生登记表',
        text: '登记辍学学生。',
        keywords: ['辍学学生登记表'],
        url: '/national/forms/dropout/',
        jurisdictions: ['national', 'tanghe'],
        level: 'national',
      },
    ],
  };
}

/** Through JSON, as the browser receives it. */
const searcher = (s: SearchStore = store()) => createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(s))));
const refsOf = (r: { hits: { entry: SearchEntry }[] }) => r.hits.map((h) => h.entry.ref);

describe('ranking', () => {
  it('puts a clause in force before a lapsed one that says the same', () => {
    const r = searcher().search('劝返复学');
    expect(r.total).toBe(4);
    const clauses = refsOf(r).filter((ref) => ref.includes('#'));
    expect(clauses.at(-1)).toBe('old#1');
    const weights = r.hits.filter((h) => h.entry.kind === 'clause').map((h) => h.weight);
    expect(new Set(weights).size).toBe(1);
    expect(r.hits.every((h) => h.complete && h.matchedTerms === 3 && h.totalTerms === 3 && h.phraseHits === 1)).toBe(true);
  });

  it('puts a named place’s own rule first, by a fixed bonus', () => {
    const plain = searcher().search('劝返复学');
    const local = searcher().search('唐河 劝返复学');
    expect(local.query.jurisdictions).toEqual(['tanghe']);
    expect(refsOf(local)[0]).toBe('th#1');
    const weight = (r: typeof plain, ref: string) => r.hits.find((h) => h.entry.ref === ref)!.weight;
    expect(weight(local, 'th#1')).toBeCloseTo(weight(plain, 'th#1') + localBonus, 9);
    expect(weight(local, 'gb#c1')).toBeCloseTo(weight(plain, 'gb#c1'), 9);
  });

  it('counts words in the heading more, and guidance a little less than a clause', () => {
    const r = searcher().search('劝返复学');
    const procedure = r.hits.find((h) => h.entry.ref === 'procedure:national/p')!;
    const c1 = r.hits.find((h) => h.entry.ref === 'gb#c1')!;
    expect(refsOf(r)[0]).toBe('procedure:national/p');
    expect(procedure.weight).toBeCloseTo(c1.weight * headBoost * 0.9, 9);
  });

  it('puts the clause before guidance that says exactly the same', () => {
    const s = store();
    s.entries = [
      { ...s.entries[5]!, heading: '', text: '学校应当劝返复学。' },
      clause('gb#c1', { text: '学校应当劝返复学。' }),
    ];
    const r = searcher(s).search('劝返复学');
    expect(refsOf(r)).toEqual(['gb#c1', 'procedure:national/p']);
    expect(r.hits[1]!.weight).toBeCloseTo(r.hits[0]!.weight * 0.9, 9);
  });

  it('answers a question about a form with the form first', () => {
    const r = searcher().search('辍学了要填什么表');
    expect(r.query.asksForm).toBe(true);
    expect(refsOf(r)[0]).toBe('form:dropout');
  });

  it('counts only the words some entry has, and marks a hit without every word incomplete', () => {
    const r = searcher().search('辍学 火星');
    expect(r.total).toBe(5);
    expect(r.hits.every((h) => h.matchedTerms === 1 && h.totalTerms === 1 && !h.complete)).toBe(true);
    expect(searcher().search('火星')).toMatchObject({ total: 0, hits: [] });
  });

  it('lets a common word rank only what the rare ones find, when not every word is in one entry', () => {
    // 劝返 is in most entries: with 台账 in none of them, only 台账's entry comes back.
    expect(refsOf(searcher().search('劝返 台账'))).toEqual(['gb#c2']);
  });
});

describe('filters and limits', () => {
  it('filters by kind, jurisdiction, level, document and status', () => {
    const s = searcher();
    expect(refsOf(s.search('劝返复学', { filters: { kind: 'procedure' } }))).toEqual(['procedure:national/p']);
    expect(refsOf(s.search('劝返复学', { filters: { jurisdiction: 'national' } })).sort()).toEqual(['gb#c1', 'old#1', 'procedure:national/p']);
    expect(refsOf(s.search('劝返复学', { filters: { level: 'county' } }))).toEqual(['th#1']);
    expect(refsOf(s.search('劝返复学', { filters: { document: 'gb' } }))).toEqual(['gb#c1']);
    const current = s.search('劝返复学', { filters: { status: 'current' } });
    expect(current.total).toBe(3);
    expect(refsOf(current)).not.toContain('old#1');
    expect(s.search('劝返复学', { filters: {} }).total).toBe(4);
  });

  it('cuts the hits at the limit and still says how many there are', () => {
    const r = searcher().search('劝返复学', { limit: 2 });
    expect(r.hits).toHaveLength(2);
    expect(r.total).toBe(4);
    expect(searcher().search('劝返复学').hits).toHaveLength(4);
  });
});

describe('documents and clause numbers', () => {
  it('puts the clause named by number first, then the rest of the document in reading order', () => {
    const r = searcher().search('国办发〔2017〕72号 第2条');
    expect(refsOf(r)).toEqual(['gb#c2', 'gb#c1', 'gb#c3']);
    expect(r.hits.map((h) => h.pinned)).toEqual([true, false, false]);
    expect(r.fallback).toBe(false);
  });

  it('lists a document named alone in reading order', () => {
    expect(refsOf(searcher().search('国办发〔2017〕72号'))).toEqual(['gb#c1', 'gb#c2', 'gb#c3']);
  });

  it('lists the named document whole when its clauses have none of the other words', () => {
    const r = searcher().search('国办发〔2017〕72号 火星');
    expect(r.fallback).toBe(true);
    expect(refsOf(r)).toEqual(['gb#c1', 'gb#c2', 'gb#c3']);
  });

  it('keeps to the named document when its clauses have the words', () => {
    const r = searcher().search('国办发〔2017〕72号 劝返复学');
    expect(r.fallback).toBe(false);
    expect(refsOf(r)).toEqual(['gb#c1']);
  });
});

describe('highlights', () => {
  it('marks the words in the heading and the snippet, merging neighbours', () => {
    const r = searcher().search('送教上门 每周');
    expect(r.terms).toEqual(['送教', '教上', '上门', '每周']);
    const [hit] = r.hits;
    expect(hit!.entry.ref).toBe('gb#c3');
    expect(hit!.headingRanges).toEqual([[0, 4]]);
    expect(hit!.snippet).toEqual({ text: '送教上门每周不少于一次。', ranges: [[0, 6]], before: false, after: false });
    expect(hit!.phraseHits).toBe(2);
  });

  it('links and titles each hit', () => {
    const [hit] = searcher().search('送教上门').hits;
    expect(hit).toMatchObject({ url: '/policies/gb/#c3', title: 'gb#c3', choices: [], index: 2 });
  });
});

describe('documentFrequency', () => {
  it('counts each entry once, whatever fields have the term', () => {
    const df = documentFrequency(buildSearchIndex(store()).index);
    expect(df('辍学')).toBe(5);
    expect(df('送教')).toBe(1);
    // 发文字号 terms are in the docNumber field of the document's clauses.
    expect(df('72')).toBe(3);
    expect(df('zzz')).toBe(0);
    expect(df('辍学')).toBe(5);
  });

  it('finds the first and the last term of the sorted list', () => {
    const packed = buildSearchIndex(store()).index;
    const df = documentFrequency(packed);
    // 2017 and 72 come first in code-unit order (digits), and every clause of gb has them.
    expect(packed.terms[0]).toBe('2017');
    expect(df('2017')).toBe(3);
    expect(df(packed.terms.at(-1)!)).toBeGreaterThan(0);
  });
});

describe('candidates', () => {
  it('weighs a variant of several terms by its rarest term', () => {
    const s = store();
    s.entries = [clause('a#1', { text: '监护人应当送子女入学。' }), clause('a#2', { text: '护人员' }), clause('a#3', { text: '护人' }), clause('a#4', { text: '其他' })];
    const view = fullView(JSON.parse(JSON.stringify(buildSearchIndex(s))));
    const found = candidates(view, '家长');
    expect(found.allTerms).toEqual(['家长', '监护人']);
    // 监护 is in one entry of four, 护人 in three: the variant weighs as 监护, times the variant weight (1).
    expect(found.weights[0]).toBe(0);
    expect(found.weights[1]).toBeCloseTo(Math.log(1 + (4 - 1 + 0.5) / (1 + 0.5)), 9);
  });
});

describe('lone Han characters', () => {
  it('next to other words, is not required of every hit', () => {
    // 送 is in no entry about 劝返复学: those still come back, and 送教上门 after them.
    const r = searcher().search('送 劝返复学');
    expect(r.total).toBe(5);
    expect(refsOf(r).slice(0, 4).sort()).toEqual(['gb#c1', 'old#1', 'procedure:national/p', 'th#1']);
    expect(refsOf(r)[4]).toBe('gb#c3');
  });

  it('alone, finds the entries with a term starting with it', () => {
    expect(refsOf(searcher().search('送'))).toEqual(['gb#c3']);
  });
});

describe('haystackText / lookedUpTerms', () => {
  it('leaves a form field’s shared title out of what is matched', () => {
    const field: SearchEntry = { ...clause('x#1', {}), ref: 'form-field:f/a', kind: 'form-field', title: '辍学学生登记表 · 填表说明', heading: '姓名', text: '填写全名', keywords: ['名字'] };
    expect(haystackText(field)).toBe('\n姓名\n名字\n填写全名');
    expect(haystackText({ ...field, ref: 'x#1', kind: 'clause' })).toBe('辍学学生登记表 · 填表说明\n姓名\n名字\n填写全名');
  });

  it('asks for the query’s terms and the terms of its variants', () => {
    const terms = lookedUpTerms('家长', store());
    expect(terms).toEqual(['家长', '监护人', '监护', '护人']);
  });
});
