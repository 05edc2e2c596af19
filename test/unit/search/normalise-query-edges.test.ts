/** What a typed query becomes (normalise-query.ts), at the edges: 发文字号 of several issuers, places, numbers, variants. */
import { describe, expect, it } from 'vitest';
import { distinctAttachments, jurisdictionAliases, normaliseQuery, parseDocNumber, storeContext, type QueryStore } from '../../../site/lib/search/normalise-query.ts';
import type { SearchDocumentInfo } from '../../../site/lib/search/search-types.ts';

function context(): QueryStore {
  return {
    documents: [
      { id: 'gb', title: '国办通知', label: '国办发〔2017〕72号', docNumber: '国办发〔2017〕72号', level: 'national', numbering: 'continuous', clauses: [['11', 'c11']] },
      {
        id: 'jj',
        title: '唐河方案',
        label: '教基〔2022〕33号',
        docNumber: '教基〔2022〕33号',
        level: 'county',
        numbering: 'nested',
        jurisdiction: 'tanghe',
        clauses: [['三(二)', '3-2']],
        attachments: [{ title: '表一', form: 'f1' }],
      },
      { id: 'yjj', title: '河南意见', label: '豫教基〔2022〕33号', docNumber: '豫教基〔2022〕33号', level: 'province', numbering: 'nested', clauses: [] },
      { id: 'plan', title: '工作方案', label: '工作方案', level: 'county', numbering: 'nested', clauses: [] },
    ],
    jurisdictions: [
      { id: 'national', name: '国家', level: 'national' },
      { id: 'tanghe', name: '唐河县', level: 'county' },
      { id: 'nx', name: '宁夏回族自治区', level: 'province' },
      { id: 'thz', name: '唐河镇', level: 'town' },
    ],
  };
}

const q = (text: string) => normaliseQuery(text, context());

describe('normaliseQuery: 发文字号 of several issuers', () => {
  it('tells 豫教基 from 教基 with the same year and serial', () => {
    expect(q('教基〔2022〕33号').documents).toEqual(['jj']);
    expect(q('豫教基〔2022〕33号')).toMatchObject({ documents: ['yjj'], text: '' });
    expect(q('按照豫教基〔2022〕33号').phrases).toEqual(['按照']);
  });

  it('takes a serial with a year or 号文 but no prefix as every document so numbered', () => {
    for (const text of ['〔2022〕33号', '2022年33号', '33号文']) expect(q(text).documents, text).toEqual(['jj', 'yjj']);
    expect(q('教基33号').documents).toEqual(['jj']);
    // A serial alone is a number in passing.
    expect(q('33号').documents).toEqual([]);
  });

  it('keeps a 发文字号 whose year does not match as words', () => {
    expect(q('国办发〔2016〕72号')).toMatchObject({ documents: [], phrases: ['国办发', '2016', '72号'] });
  });

  it('parses only 发文字号 in the standard brackets, without leading zeros in the serial', () => {
    expect(parseDocNumber('国办发〔2017〕072号')).toEqual({ prefix: '国办发', year: '2017', serial: '72' });
    expect(parseDocNumber('国办发2017年72号')).toBeUndefined();
  });
});

describe('normaliseQuery: places', () => {
  it('takes the longest place name first', () => {
    expect(q('唐河镇 辍学')).toMatchObject({ jurisdictions: ['thz'], phrases: ['辍学'] });
    expect(q('唐河县 辍学')).toMatchObject({ jurisdictions: ['tanghe'], phrases: ['辍学'] });
    expect(q('宁夏 辍学')).toMatchObject({ jurisdictions: ['nx'], phrases: ['辍学'] });
  });

  it('never takes the national level for a place', () => {
    expect(q('国家 辍学')).toMatchObject({ jurisdictions: [], phrases: ['国家', '辍学'] });
  });

  it('names a place once however often it is typed', () => {
    expect(q('唐河 唐河县 辍学').jurisdictions).toEqual(['tanghe']);
  });

  it('shortens a name by its level only when two characters or more are left', () => {
    expect(jurisdictionAliases('某某街道')).toEqual(['某某街道', '某某']);
    expect(jurisdictionAliases('城区')).toEqual(['城区']);
    expect(jurisdictionAliases('市')).toEqual(['市']);
  });
});

describe('normaliseQuery: numbers and variants', () => {
  it('adds the other spellings of a count of days or times up to ten', () => {
    expect(q('3天')).toMatchObject({ variants: ['3日', '三日', '三天'], variantOf: { '3日': '3天', 三日: '3天', 三天: '3天' } });
    expect(q('三次')).toMatchObject({ variants: ['3次'], variantOf: { '3次': '三次' } });
    expect(q('两次').variants).toEqual(['2次', '二次']);
    expect(q('十次').variants).toEqual(['10次']);
    expect(q('十五天').variants).toEqual([]);
  });

  it('adds a variant word only when the query lacks it', () => {
    expect(q('家长').variantOf).toEqual({ 监护人: '家长' });
    expect(q('家长 监护人').variants).toEqual([]);
    expect(q('一个星期').variantOf).toEqual({ 一周: '一个星期' });
  });

  it('widens 孩子 one way only', () => {
    expect(q('孩子').variantOf).toEqual({ 儿童: '孩子', 学生: '孩子' });
    expect(q('孩子 儿童').variants).toEqual(['学生']);
    expect(q('学生').variants).toEqual([]);
  });

  it('separates words at 的, but not in 目的 or 的确', () => {
    expect(q('本地的学生').phrases).toEqual(['本地', '学生']);
    expect(q('目的').phrases).toEqual(['目的']);
    expect(q('的确').phrases).toEqual(['的确']);
  });

  it('drops 怎么 before a verb, a count asked for, and a lone particle', () => {
    expect(q('怎么认定')).toMatchObject({ phrases: ['认定'], dropped: ['怎么'] });
    expect(q('几个月')).toMatchObject({ phrases: [], dropped: ['几个月'] });
    expect(q('吧')).toMatchObject({ phrases: [], dropped: ['吧'] });
    expect(q('要不要上学呢')).toMatchObject({ phrases: ['上学'], dropped: ['要不要', '呢'] });
  });

  it('rewrites a failed persuasion to the documents’ wording', () => {
    expect(q('劝了也不回来').phrases).toEqual(['劝返', '仍然无效']);
  });

  it('lower-cases Latin letters', () => {
    expect(q('ABC').phrases).toEqual(['abc']);
  });
});

describe('storeContext', () => {
  it('answers each lookup as the whole lists would, and is made once per store', () => {
    const store = context();
    const c = storeContext(store);
    expect(storeContext(store)).toBe(c);
    expect(c.documentsNumbered('33')).toEqual([
      { id: 'jj', docNumber: '教基〔2022〕33号' },
      { id: 'yjj', docNumber: '豫教基〔2022〕33号' },
    ]);
    expect(c.documentsNumbered('34')).toEqual([]);
    expect(c.documentsOf(['tanghe']).map((d) => d.id)).toEqual(['jj']);
    expect(c.documentsById(['plan', 'gb']).map((d) => d.id)).toEqual(['gb', 'plan']);
    expect(c.aliasesIn('唐河县和宁夏')).toEqual([
      { alias: '唐河县', id: 'tanghe' },
      { alias: '唐河', id: 'tanghe' },
      { alias: '宁夏', id: 'nx' },
      { alias: '唐河', id: 'thz' },
    ]);
    expect(c.clausesNumbered('三(二)', 'nested')).toEqual([{ order: 1, document: 'jj', id: '3-2' }]);
    expect(c.clausesNumbered('三(二)', 'continuous')).toEqual([]);
    expect(c.attachmentsAt(1)).toEqual([{ title: '表一', form: 'f1' }]);
  });
});

describe('distinctAttachments', () => {
  it('gives the n-th attachment of each document, each form or plain title once', () => {
    const doc = (attachments?: { title: string; form?: string }[]) => ({ attachments }) as unknown as SearchDocumentInfo;
    const docs = [doc([{ title: 'a', form: 'f' }, { title: 'b' }]), doc([{ title: 'c', form: 'f' }, { title: 'b' }]), doc([{ title: 'd' }]), doc(), doc([{ title: 'a' }])];
    expect(distinctAttachments(docs, 1)).toEqual([{ title: 'a', form: 'f' }, { title: 'd' }, { title: 'a' }]);
    expect(distinctAttachments(docs, 2)).toEqual([{ title: 'b' }]);
    expect(distinctAttachments(docs, 3)).toEqual([]);
  });
});
