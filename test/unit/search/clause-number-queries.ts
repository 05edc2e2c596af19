/**
 * A 发文字号 (or a place) and a clause number written in the other ways people
 * type them (audit defect 3; QA: no 第 or no 条, a bare Chinese numeral, 72号文,
 * the hierarchy spelled out, Arabic digits in brackets), with the clause each names. normalise-query.test.ts checks
 * the mapping on a small context; search.test.ts checks the real index opens on it.
 */
export const clauseNumberQueries: [string, string][] = [
  ['国办发72号 11条', 'guobanfa-2017-72#c11'],
  ['国办发2017第72号11条', 'guobanfa-2017-72#c11'],
  ['国办发〔2017〕72号 11', 'guobanfa-2017-72#c11'],
  ['国办发〔2017〕72号 （十一）', 'guobanfa-2017-72#c11'],
  ['国办发〔2017〕72号 第三部分', 'guobanfa-2017-72#p3'],
  ['卢政办〔2019〕18号 第四条', 'luzhengban-2019-18#4'],
  ['青政办发〔2018〕49号 三.(一).3', 'qingzhengbanfa-2018-49#3-1-3'],
  ['国办发〔2017〕72号 十一条', 'guobanfa-2017-72#c11'],
  ['国办发〔2017〕72号 十一', 'guobanfa-2017-72#c11'],
  ['国办发2017 72号 第十一', 'guobanfa-2017-72#c11'],
  ['72号文 十一条', 'guobanfa-2017-72#c11'],
  ['卢政办2019 18号 第三部分第一项第4条', 'luzhengban-2019-18#3-1-4'],
  ['卢政办〔2019〕18号三（一）第4项', 'luzhengban-2019-18#3-1-4'],
  ['青政办发〔2018〕49号 三（1）3', 'qingzhengbanfa-2018-49#3-1-3'],
  ['青政办发〔2018〕49号 三.1.3', 'qingzhengbanfa-2018-49#3-1-3'],
  ['唐河 三（二）', 'tanghe-jiaoji-2022-33#3-2'],
];
