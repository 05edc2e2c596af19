/** Clause numbers and 附件 references typed in a query, on small hand-made documents. */
import { describe, expect, it } from 'vitest';
import { takeAttachments } from '../../../site/lib/search/attachment-refs.ts';
import { chineseNumber, hanNumber, takeClauseNumbers, type ClauseScope } from '../../../site/lib/search/clause-numbers.ts';
import type { SearchDocumentInfo } from '../../../site/lib/search/search-types.ts';

const doc = (id: string, over: Partial<SearchDocumentInfo> = {}): SearchDocumentInfo => ({ id, title: id, label: id, level: 'county', numbering: 'nested', clauses: [], ...over });

function take(text: string, scopes: ClauseScope[]) {
  const refs: string[] = [];
  const left = takeClauseNumbers(` ${text} `, scopes, refs).trim();
  return { left, refs };
}

describe('hanNumber / chineseNumber', () => {
  it('writes numbers as clause numbers print them', () => {
    expect([0, 1, 9, 10, 11, 19, 20, 21, 99].map(hanNumber)).toEqual(['零', '一', '九', '十', '十一', '十九', '二十', '二十一', '九十九']);
  });

  it('reads 〇, 零, 百 and bare 十 and 百', () => {
    expect(['〇', '零', '百', '一百', '二百一十', '十五', '两百'].map(chineseNumber)).toEqual([0, 0, 100, 100, 210, 15, 200]);
    for (const text of ['', 'x', ' 1', '1 ']) expect(chineseNumber(text), text).toBeUndefined();
  });
});

describe('takeClauseNumbers in a named nested document', () => {
  const nested = () => doc('n', { clauses: [['三', '3'], ['三(一)', '3-1'], ['三(一)2', '3-1-2'], ['(二)', '2'], ['2', 'x2']] });
  const scoped = () => [{ documents: [nested()], scoped: true }];

  it.each([
    ['第三部分', 'n#3'],
    ['三', 'n#3'],
    ['第三条', 'n#3'],
    ['三(一)2', 'n#3-1-2'],
    ['三、(一)、2', 'n#3-1-2'],
    ['(二)', 'n#2'],
    ['第2项', 'n#2'],
    ['2', 'n#x2'],
  ])('reads %s as %s and takes it out of the text', (text, ref) => {
    expect(take(text, scoped())).toEqual({ left: '', refs: [ref] });
  });

  it('splits a run no clause has whole into the longest runs that some clause has', () => {
    expect(take('三(一)(二)', scoped())).toEqual({ left: '', refs: ['n#3-1', 'n#2'] });
  });

  it('leaves numbers that are part of a word, and numbers no clause has', () => {
    expect(take('三天', scoped())).toEqual({ left: '三天', refs: [] });
    expect(take('2022年', scoped())).toEqual({ left: '2022年', refs: [] });
    expect(take('第九条', scoped())).toEqual({ left: '第九条', refs: [] });
  });

  it('keeps what it cannot place of a run, as typed, and takes the rest', () => {
    expect(take('三 九', scoped())).toEqual({ left: '九', refs: ['n#3'] });
  });

  it('names a clause once however often it is typed', () => {
    expect(take('三 第三部分', scoped()).refs).toEqual(['n#3']);
  });
});

describe('takeClauseNumbers in a named continuously numbered document', () => {
  const continuous = () => doc('k', { numbering: 'continuous', clauses: [['一', 'p1'], ['三', 'p3'], ['11', 'c11'], ['3', 'c3']] });
  const scoped = () => [{ documents: [continuous()], scoped: true }];

  it.each([
    ['第三部分', 'k#p3'],
    ['三', 'k#p3'],
    ['第三条', 'k#c3'],
    ['11', 'k#c11'],
    ['3', 'k#c3'],
    ['第十一', 'k#c11'],
    ['三(十一)', 'k#c11'],
    ['第三部分第3条', 'k#c3'],
  ])('reads %s as %s', (text, ref) => {
    expect(take(text, scoped())).toEqual({ left: '', refs: [ref] });
  });

  it('reads two bare numbers as two parts', () => {
    expect(take('一 三', scoped()).refs).toEqual(['k#p1', 'k#p3']);
  });
});

describe('takeClauseNumbers without a named document', () => {
  const rows = {
    'continuous:11': [{ order: 0, document: 'k', id: 'c11' }],
    'nested:三(一)2': [
      { order: 2, document: 'z', id: '3-1-2' },
      { order: 1, document: 'n', id: '3-1-2' },
    ],
  } as Record<string, { order: number; document: string; id: string }[]>;
  const everywhere = (): ClauseScope[] => [{ documents: [], scoped: false, numbered: (number, numbering) => rows[`${numbering}:${number}`] ?? [] }];

  it('reads a counted number with its unit in the continuously numbered documents', () => {
    expect(take('第十一条', everywhere())).toEqual({ left: '', refs: ['k#c11'] });
    expect(take('11条', everywhere())).toEqual({ left: '', refs: ['k#c11'] });
  });

  it('reads a printed path of two levels or more in every document, in document order', () => {
    expect(take('三(一)2', everywhere())).toEqual({ left: '', refs: ['n#3-1-2', 'z#3-1-2'] });
    expect(take('三.一.2', everywhere()).refs).toEqual(['n#3-1-2', 'z#3-1-2']);
  });

  it('does not read bare numbers, numbers in passing or a path starting with an Arabic number', () => {
    for (const text of ['十一', '11', '三 一 2', '3.1.2', '第十一']) expect(take(text, everywhere()).refs, text).toEqual([]);
  });
});

describe('takeAttachments', () => {
  const a = () => doc('a', { attachments: [{ title: '甲表', form: 'f1' }, { title: '说明材料' }] });
  const b = () => doc('b', { attachments: [{ title: '乙表', form: 'f1' }, { title: '说明材料' }, { title: '丙', form: 'f3' }] });
  const global = (n: number) => (n === 1 ? [{ title: '全局表', form: 'g' }] : []);

  it('resolves a form attachment to its form once, and a plain one to its title once', () => {
    expect(takeAttachments('附件1', [[a(), b()]], global)).toEqual({ text: ' ', refs: ['form:f1'], titles: [] });
    expect(takeAttachments('附件2', [[a(), b()]], global)).toEqual({ text: ' ', refs: [], titles: ['说明材料'] });
    expect(takeAttachments('附件3', [[a(), b()]], global)).toEqual({ text: ' ', refs: ['form:f3'], titles: [] });
  });

  it('reads 附件 二 and 第三个附件 in one query', () => {
    expect(takeAttachments('附件 二 和 第三个附件', [[a(), b()]], global)).toEqual({ text: '  和  ', refs: ['form:f3'], titles: ['说明材料'] });
    expect(takeAttachments('第1附件', [[a()]], global).refs).toEqual(['form:f1']);
  });

  it('keeps 附件0 and a number past the last attachment as words', () => {
    expect(takeAttachments('附件0', [[a()]], global)).toEqual({ text: '附件0', refs: [], titles: [] });
    expect(takeAttachments('附件十一', [[a()]], global)).toEqual({ text: '附件十一', refs: [], titles: [] });
  });

  it('looks in the first scope that names documents, else everywhere', () => {
    expect(takeAttachments('附件1', [[], [a()]], global).refs).toEqual(['form:f1']);
    expect(takeAttachments('附件1', [[], []], global).refs).toEqual(['form:g']);
    expect(takeAttachments('附件2', [[], []], global)).toEqual({ text: '附件2', refs: [], titles: [] });
    // A named document without attachments has none, whatever the place's documents have.
    expect(takeAttachments('附件1', [[doc('c')], [a()]], global)).toEqual({ text: '附件1', refs: [], titles: [] });
  });
});
