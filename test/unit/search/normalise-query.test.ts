import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../../site/lib/search/clause-numbers.ts';
import { jurisdictionAliases, normaliseQuery, type QueryStore } from '../../../site/lib/search/normalise-query.ts';
import { clauseNumberQueries } from './clause-number-queries.ts';

const context: QueryStore = {
  documents: [
    {
      id: 'guobanfa-2017-72',
      title: '国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知',
      label: '国办发〔2017〕72号',
      docNumber: '国办发〔2017〕72号',
      level: 'national',
      numbering: 'continuous',
      clauses: [['一', 'p1'], ['2', 'c2'], ['三', 'p3'], ['11', 'c11'], ['12', 'c12']],
    },
    {
      id: 'luzhengban-2019-18',
      title: '卢氏县实施意见',
      label: '卢政办〔2019〕18号',
      docNumber: '卢政办〔2019〕18号',
      level: 'county',
      numbering: 'nested',
      clauses: [['三', '3'], ['三(一)', '3-1'], ['三(一)2', '3-1-2'], ['三(一)3', '3-1-3'], ['三(一)4', '3-1-4'], ['四', '4']],
    },
    {
      id: 'qingzhengbanfa-2018-49',
      title: '青铜峡市实施方案',
      label: '青政办发〔2018〕49号',
      docNumber: '青政办发〔2018〕49号',
      level: 'county',
      numbering: 'nested',
      jurisdiction: 'qingtongxia',
      clauses: [['三', '3'], ['三(一)', '3-1'], ['三(一)3', '3-1-3']],
    },
    {
      id: 'jinanqu-2022-plan',
      title: '金安区2022年控辍保学工作方案',
      label: '金安区2022年控辍保学工作方案',
      level: 'county',
      numbering: 'nested',
      clauses: [['(二)', '2'], ['(二)1', '2-1']],
    },
    {
      id: 'tanghe-jiaoji-2022-33',
      title: '唐河县实施方案',
      label: '教基〔2022〕33号',
      docNumber: '教基〔2022〕33号',
      level: 'county',
      numbering: 'nested',
      jurisdiction: 'tanghe',
      clauses: [['三', '3'], ['三(二)', '3-2'], ['五(二)', '5-2']],
      attachments: [
        { title: '2022年春季学期义务教育辍学学生登记表', form: 'dropout-registration' },
        { title: '2022年春季学期控辍保学月报表', form: 'monthly-report' },
      ],
    },
    {
      id: 'henan-jiaoji-2020-352',
      title: '河南省若干意见',
      label: '教基〔2020〕352号',
      docNumber: '教基〔2020〕352号',
      level: 'province',
      numbering: 'nested',
      clauses: [],
    },
  ],
  jurisdictions: [
    { id: 'national', name: '国家', level: 'national' },
    { id: 'tanghe', name: '唐河县', level: 'county' },
    { id: 'qingtongxia', name: '青铜峡市', level: 'county' },
    { id: 'ningxia', name: '宁夏回族自治区', level: 'province' },
  ],
};

const q = (text: string) => normaliseQuery(text, context);

describe('chineseNumber', () => {
  it.each([
    ['十一', 11],
    ['十', 10],
    ['二十', 20],
    ['二十三', 23],
    ['一百零三', 103],
    ['两', 2],
    ['11', 11],
  ])('%s → %i', (text, value) => expect(chineseNumber(text)).toBe(value));

  it('rejects anything else', () => expect(chineseNumber('十一条')).toBeUndefined());
});

describe('normaliseQuery: 发文字号', () => {
  it.each(['国办发〔2017〕72号', '国办发[2017]72号', '国办发(2017)72号', '国办发（2017）72号', '国办发【2017】72号', '国办发2017年72号', '国办发 〔 2017 〕 72 号', '国办发〔２０１７〕７２号'])(
    'recognises %s',
    (text) => {
      const result = q(text);
      expect(result.documents).toEqual(['guobanfa-2017-72']);
      expect(result.text).toBe('');
    },
  );

  it('tells documents with the same prefix apart by year and serial', () => {
    expect(q('教基〔2022〕33号').documents).toEqual(['tanghe-jiaoji-2022-33']);
    expect(q('教基〔2020〕352号').documents).toEqual(['henan-jiaoji-2020-352']);
  });

  it('keeps the words around a 发文字号', () => {
    const result = q('按照国办发〔2017〕72号 辍学');
    expect(result.documents).toEqual(['guobanfa-2017-72']);
    expect(result.phrases).toEqual(['按照', '辍学']);
  });

  it('leaves an unknown number alone', () => {
    expect(q('国办发〔2017〕99号').documents).toEqual([]);
  });
});

describe('normaliseQuery: clause numbers', () => {
  it.each(['国办发〔2017〕72号 第十一条', '国办发[2017]72号第11条', '国办发(2017)72号 第 11 条'])('maps %s to c11', (text) => {
    expect(q(text).clauses).toEqual(['guobanfa-2017-72#c11']);
  });

  it('maps 第N条 to continuously numbered documents when no document is named', () => {
    expect(q('第十二条').clauses).toEqual(['guobanfa-2017-72#c12']);
  });

  it('maps a printed nested number within the named document', () => {
    expect(q('教基〔2022〕33号 三（二）').clauses).toEqual(['tanghe-jiaoji-2022-33#3-2']);
    expect(q('教基【2022】33号 五(二)').clauses).toEqual(['tanghe-jiaoji-2022-33#5-2']);
  });

  it.each([
    ...clauseNumberQueries,
    ['卢政办〔2019〕18号 第四部分', 'luzhengban-2019-18#4'],
    ['青政办发〔2018〕49号 三、（一）、3', 'qingzhengbanfa-2018-49#3-1-3'],
    ['青政办发〔2018〕49号 三（一）', 'qingzhengbanfa-2018-49#3-1'],
    ['卢政办〔2019〕18号 三(一)2', 'luzhengban-2019-18#3-1-2'],
  ])('maps %s to %s', (text, ref) => {
    const result = q(text);
    expect(result.clauses).toEqual([ref]);
    expect(result.text).toBe('');
  });

  it('reads 72号文 as the document with that serial', () => {
    expect(q('72号文件 第12条')).toMatchObject({ documents: ['guobanfa-2017-72'], clauses: ['guobanfa-2017-72#c12'], text: '' });
    expect(q('72号 第12条').documents).toEqual([]);
  });

  it('reads a printed path of two levels or more in every document when none is named', () => {
    expect(q('三.1.3').clauses).toEqual(['luzhengban-2019-18#3-1-3', 'qingzhengbanfa-2018-49#3-1-3']);
    expect(q('三（一）第4项').clauses).toEqual(['luzhengban-2019-18#3-1-4']);
  });

  it('looks a number up in the named place’s documents first', () => {
    expect(q('青铜峡 三.1.3')).toMatchObject({ jurisdictions: ['qingtongxia'], clauses: ['qingzhengbanfa-2018-49#3-1-3'], text: '' });
    // 唐河 has no 第十二条: the continuously numbered national document does.
    expect(q('唐河 第十二条').clauses).toEqual(['guobanfa-2017-72#c12']);
  });

  it('splits a run of numbers that no document has as a whole', () => {
    expect(q('教基〔2022〕33号 三（二） 五（二）').clauses).toEqual(['tanghe-jiaoji-2022-33#3-2', 'tanghe-jiaoji-2022-33#5-2']);
    expect(q('国办发〔2017〕72号 第十一条 3日')).toMatchObject({ clauses: ['guobanfa-2017-72#c11'], phrases: ['3日'] });
  });

  it('reads no counting words or bare numerals as clause numbers without a document or place', () => {
    for (const text of ['两条措施', '十一条', '三 二', '第一时间', '九年义务教育', '3日']) expect(q(text).clauses, text).toEqual([]);
    expect(q('国办发〔2017〕72号 两条').clauses).toEqual([]);
  });

  it('does not read a numeral inside a word as a clause number', () => {
    const result = q('教基〔2022〕33号 三天');
    expect(result.clauses).toEqual([]);
    expect(result.phrases).toEqual(['三天']);
  });
});

describe('normaliseQuery: words', () => {
  it('drops question words, documented in questionWords', () => {
    const result = q('学生三天没来上学怎么办？');
    expect(result.dropped).toContain('怎么办');
    expect(result.text).not.toContain('怎么办');
  });

  it('drops sentence-final particles only at the end of a sentence or standing alone', () => {
    expect(q('学生失联了').phrases).toEqual(['学生失联']);
    expect(q('四不办理吗？').phrases).toEqual(['四不办理']);
    expect(q('要家访呢 还是 报告吧').phrases).toEqual(['要家访', '还是', '报告']);
    expect(q('孩子不想上学了怎么办').phrases).toEqual(['孩子', '厌学']);
    expect(q('吧 网格化').phrases).toEqual(['网格化']);
  });

  it('never takes a particle out of a word', () => {
    expect(q('网吧').phrases).toEqual(['网吧']);
    expect(q('学生去网吧').phrases).toEqual(['学生去网吧']);
    expect(q('学生上网吧不回家怎么办').phrases).toEqual(['学生上网吧不回家']);
    expect(q('了解情况').phrases).toEqual(['了解情况']);
  });

  it('recognises a 发文字号 typed in traditional characters', () => {
    expect(q('國辦發〔2017〕72號 第十一條')).toMatchObject({ documents: ['guobanfa-2017-72'], clauses: ['guobanfa-2017-72#c11'] });
  });

  it('recognises a question about a form, keeping the kind of paper named', () => {
    expect(q('学生辍学了要填什么表')).toMatchObject({ asksForm: true, phrases: ['学生辍学'] });
    expect(q('劝返记录怎么写')).toMatchObject({ asksForm: true, phrases: ['劝返记录'] });
    expect(q('送教上门要做什么记录')).toMatchObject({ asksForm: true, phrases: ['送教上门', '记录'] });
    expect(q('核查登记表格在哪里填')).toMatchObject({ asksForm: true, phrases: ['核查登记'] });
    expect(q('学生劝回来了要填什么表').phrases).toEqual(['学生', '劝返复学']);
    for (const text of ['学生三天没来上学怎么办', '怎么办理休学', '什么是控辍保学', '学生表现不好']) expect(q(text).asksForm, text).toBe(false);
  });

  it('keeps the verb after 怎么', () => {
    expect(q('怎么办理休学').phrases).toEqual(['办理休学']);
  });

  it('rewrites everyday wording to the wording of the documents', () => {
    expect(q('学生三天没来上学').phrases).toEqual(['学生三天', '未到校']);
    expect(q('上门送教').phrases).toEqual(['送教上门']);
  });

  it('adds equivalent spellings of numbers and words as variants', () => {
    expect(q('三天').variants).toEqual(expect.arrayContaining(['3日', '三日']));
    expect(q('家长').variants).toEqual(['监护人']);
  });

  it('takes out jurisdiction names, with or without 县/市', () => {
    expect(q('唐河 延缓入学')).toMatchObject({ jurisdictions: ['tanghe'], phrases: ['延缓入学'] });
    expect(q('青铜峡市四不办理')).toMatchObject({ jurisdictions: ['qingtongxia'], phrases: ['四不办理'] });
  });

  it('collapses spaces, full-width spaces and punctuation', () => {
    expect(q('  送教上门　　每周，').phrases).toEqual(['送教上门', '每周']);
  });

  it('gives empty phrases for an empty query', () => {
    expect(q('   ').phrases).toEqual([]);
  });
});

describe('jurisdictionAliases', () => {
  it('adds the name without its level suffix', () => {
    expect(jurisdictionAliases('唐河县')).toEqual(['唐河县', '唐河']);
    expect(jurisdictionAliases('宁夏回族自治区')).toEqual(['宁夏回族自治区', '宁夏']);
    expect(jurisdictionAliases('国家')).toEqual(['国家']);
  });
});

describe('normaliseQuery: how people ask', () => {
  it('makes spoken and dialect wording plain (俺家 娃 咋 啥)', () => {
    expect(q('俺家娃咋整')).toMatchObject({ phrases: ['孩子'] });
    expect(q('俺家娃咋整').dropped).toContain('怎么整');
    expect(q('送教要带啥').phrases).toEqual(['送教要带']);
  });

  it('rewrites an everyday word the documents never use, and adds the class’s other terms at a lower weight', () => {
    const result = q('农民工子女入学');
    expect(result.phrases).toEqual(['随迁子女', '入学']);
    expect(result.variantOf['进城务工']).toBe('随迁子女');
    expect(result.variantWeight['进城务工']).toBeLessThan(1);
  });

  it('keeps an everyday word the documents also use, with the terms beside it', () => {
    const result = q('学生逃学');
    expect(result.phrases).toEqual(['学生逃学']);
    expect(result.variantOf['旷课']).toBe('逃学');
    expect(result.variantWeight['旷课']).toBeLessThan(1);
  });

  it('reads the question’s shape and adds its answers’ words as credit only', () => {
    expect(q('领导小组办公室设在哪个部门')).toMatchObject({ intents: ['duty'] });
    expect(q('领导小组办公室设在哪个部门').variantOf['负责']).toBe('');
    expect(q('入学率要达到多少').intents).toContain('target');
    expect(q('孩子几岁上学').intents).toContain('age');
    expect(q('孩子几岁上学').phrases).toEqual(['孩子', '上学']);
    expect(q('辍学学生登记表').intents).toEqual([]);
  });

  it('resolves 附件 references to the document’s attachments', () => {
    for (const text of ['附件2', '附件二', '附件 2', '第二个附件', '教基〔2022〕33号 附件2', '唐河 附件2']) {
      expect(q(text), text).toMatchObject({ attachments: ['form:monthly-report'], clauses: [] });
    }
    expect(q('第一个附件怎么填').attachments).toEqual(['form:dropout-registration']);
    // No document has a ninth attachment, and a document without attachments has none: the words stay.
    expect(q('附件9')).toMatchObject({ attachments: [], phrases: ['附件9'] });
    expect(q('国办发〔2017〕72号 附件1').attachments).toEqual([]);
  });
});
