/**
 * The Excel school list (schools-sheet.ts) as counties fill it in: every way of writing 学段,
 * full-width digits in 学校标识码, spaces around titles and values, columns in another order,
 * repeated codes, and sheets or workbooks with nothing in them.
 */
import { describe, expect, it } from 'vitest';
import { readSchoolsSheet } from '../../../site/lib/config/schools-sheet.ts';
import { writeWorkbook } from '../../../site/lib/xlsx/write-workbook.ts';

const header = ['学校名称', '学校标识码', '所在乡镇', '学段'];
const book = (rows: (string | number | null)[][], head = header, name = '学校名单') => writeWorkbook([{ name, header: head, rows }]);

describe('学段', () => {
  it('accepts 、 , ， / ； 和 between stages, 初级中学 for 初中, spaces, 一贯制 alone, and a stage written twice', () => {
    const r = readSchoolsSheet(book([
      ['甲', null, null, '小学,初中'],
      ['乙', null, null, '初级中学'],
      ['丙', null, null, ' 小学 ； 初中 '],
      ['丁', null, null, '小学/初中'],
      ['戊', null, null, '小学和初中'],
      ['己', null, null, '一贯制'],
      ['辛', null, null, '小学、小学'],
      ['壬', null, null, '初中及小学'],
    ]));
    expect(r.problems).toEqual([]);
    expect(r.schools.map((s) => `${s.name}:${s.stages.join('+')}`)).toEqual([
      '甲:primary+junior',
      '乙:junior',
      '丙:primary+junior',
      '丁:primary+junior',
      '戊:primary+junior',
      '己:primary+junior',
      '辛:primary',
      '壬:junior+primary',
    ]);
  });

  it('only separators, or one unknown part among known ones, is an unknown stage', () => {
    const r = readSchoolsSheet(book([['庚', null, null, '、'], ['癸', null, null, '小学、高中']]));
    expect(r.problems.map((p) => [p.row, p.col, p.message])).toEqual([
      [2, 4, '工作表“学校名单” 第2行 D列“学段”：不认识的学段 “、”：填 小学、初中，或 小学、初中（九年一贯制）。'],
      [3, 4, '工作表“学校名单” 第3行 D列“学段”：不认识的学段 “小学、高中”：填 小学、初中，或 小学、初中（九年一贯制）。'],
    ]);
    expect(r.schools).toEqual([]);
  });
});

describe('cells and columns', () => {
  it('trims titles and values, and reads full-width digits of a code as the code', () => {
    const r = readSchoolsSheet(book([['  甲  ', ' ９０００００００１１ ', '  镇 ', '小学']], [' 学校名称 ', '学校标识码', '所在乡镇', '学段']));
    expect(r).toEqual({ schools: [{ name: '甲', code: '9000000011', town: '镇', stages: ['primary'] }], problems: [] });
  });

  it('columns may come in any order; only 学校名称 and 学段 are required', () => {
    const r = readSchoolsSheet(book([['小学', '甲']], ['学段', '学校名称']));
    expect(r).toEqual({ schools: [{ name: '甲', stages: ['primary'] }], problems: [] });
    const noStages = readSchoolsSheet(book([['甲']], ['学校名称']));
    expect(noStages).toEqual({
      schools: [],
      problems: [{ row: 1, col: 0, message: '工作表“学校名单” 第1行：缺少“学段”列。第一行应为列标题：学校名称、学校标识码、所在乡镇、学段。' }],
    });
  });

  it('an untitled extra column is ignored', () => {
    expect(readSchoolsSheet(book([['甲', '', '', '小学', '备注']], [...header, '']))).toEqual({ schools: [{ name: '甲', stages: ['primary'] }], problems: [] });
  });

  it('a repeated code names the first row that has it, every time', () => {
    const r = readSchoolsSheet(book([['甲', '9000000001', '', '小学'], ['乙', '9000000001', '', '高中'], ['丙', '9000000001', '', '初中']]));
    expect(r.problems.map((p) => [p.row, p.col, p.message])).toEqual([
      [3, 2, '工作表“学校名单” 第3行 B列“学校标识码”：学校标识码 9000000001 与第2行重复。'],
      [3, 4, '工作表“学校名单” 第3行 D列“学段”：不认识的学段 “高中”：填 小学、初中，或 小学、初中（九年一贯制）。'],
      [4, 2, '工作表“学校名单” 第4行 B列“学校标识码”：学校标识码 9000000001 与第2行重复。'],
    ]);
    expect(r.schools).toEqual([{ name: '甲', code: '9000000001', stages: ['primary'] }]);
  });

  it('a bad code in an earlier row does not count as taken', () => {
    const r = readSchoolsSheet(book([['甲', '900000000', '', '小学'], ['乙', '9000000001', '', '小学'], ['丙', '900000000', '', '初中']]));
    expect(r.problems.map((p) => p.message)).toEqual([
      '工作表“学校名单” 第2行 B列“学校标识码”：应为 10 位数字，实际是 “900000000”。',
      '工作表“学校名单” 第4行 B列“学校标识码”：应为 10 位数字，实际是 “900000000”。',
    ]);
  });
});

describe('nothing to read', () => {
  it('a sheet with only the titles names the sheet and says how to fill it', () => {
    expect(readSchoolsSheet(book([], header, '名单'))).toEqual({
      schools: [],
      problems: [{ row: 0, col: 0, message: '工作表“名单”中没有学校：第一行为列标题，从第二行起每行一所学校。' }],
    });
  });

  it('a workbook without sheets', () => {
    expect(readSchoolsSheet(writeWorkbook([]))).toEqual({ schools: [], problems: [{ row: 0, col: 0, message: '工作簿中没有工作表。' }] });
  });
});
