/**
 * fromXlsx on workbooks a person filled in or edited: text where a number belongs,
 * dates typed as dates, numbers where digits belong, rows found by their label when
 * the 标识 column is gone, and sheets that are not the form's. Each problem names its
 * cell; what can be read is kept.
 */
import { describe, expect, it } from 'vitest';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import { fromXlsx, type XlsxReadResult } from '../../../../site/lib/forms/xlsx/from-xlsx.ts';
import { writeWorkbook, type CellValue, type WorkbookSheet } from '../../../../site/lib/xlsx/write-workbook.ts';

const form = forms['dropout-registration'];
const meta = (formId = 'dropout-registration', version: CellValue = 1): CellValue[][] => [
  ['表单标识', formId, '', '#form'],
  ['表单版本', version, '', '#version'],
  ['辖区', 'tanghe', '', '#jurisdiction'],
];
/** A workbook whose first sheet has the given field rows (字段, 值, 说明, 标识) after the envelope rows. */
const book = (rows: CellValue[][], more: WorkbookSheet[] = [], head = meta()) =>
  writeWorkbook([{ name: '辍学学生登记表', header: ['字段', '值', '说明', '标识'], rows: [...head, ...rows] }, ...more]);
const dataOf = (read: XlsxReadResult) => (read.ok ? read.envelope.data : read.partial?.envelope.data) as Record<string, any>;
const envelopeOf = (read: XlsxReadResult) => (read.ok ? read.envelope : read.partial?.envelope) as Record<string, any>;
const said = (read: XlsxReadResult) => read.problems.map((p) => `${p.where}：${p.message}`);

describe('fromXlsx cell values', () => {
  it('reads digits typed as text into a number field, and names text that is not a number', () => {
    const ok = fromXlsx(form, book([['学生基本信息 / 年龄', ' 12 ', '', '/student/age']]));
    expect(ok.problems).toEqual([]);
    expect(dataOf(ok).student.age).toBe(12);

    const bad = fromXlsx(form, book([['学生基本信息 / 年龄', '十二', '', '/student/age']]));
    expect(said(bad)).toEqual(['工作表“辍学学生登记表” 第5行 B列“学生基本信息 / 年龄”：“年龄”应为整数，实际是 “十二”。']);
    expect(bad.problems[0]).toMatchObject({ sheet: '辍学学生登记表', row: 5, column: 'B', pointer: '/student/age' });
    expect(dataOf(bad).student.age).toBe('十二');
  });

  it('says 数字 for a decimal field, and reads a decimal kept as text', () => {
    const hform = forms['home-education-record'];
    const visits = (hours: CellValue): WorkbookSheet => ({ name: '送教记录', header: ['送教日期', '课时'], rows: [['2024-03-01', hours]] });
    const head = meta('home-education-record');
    const bookH = (hours: CellValue) => writeWorkbook([{ name: '送教上门记录', header: ['字段', '值', '说明', '标识'], rows: head }, visits(hours)]);
    expect(dataOf(fromXlsx(hform, bookH('1.5'))).visits).toEqual([{ date: '2024-03-01', hours: 1.5 }]);
    expect(said(fromXlsx(hform, bookH('一节')))).toEqual(['工作表“送教记录” 第2行 B列“课时”：“课时”应为数字，实际是 “一节”。']);
  });

  it('reads a date Excel stored as a day number, also with a time of day', () => {
    const read = fromXlsx(form, book([['填表日期', 44623, '', '/fillDate'], ['学生基本信息 / 出生日期', 40252.75, '', '/student/birthDate']]));
    expect(read.problems).toEqual([]);
    expect(dataOf(read).fillDate).toBe('2022-03-03');
    expect(dataOf(read).student.birthDate).toBe('2010-03-15');
  });

  it('keeps a number typed into a text field that has no format as its digits, without a complaint', () => {
    const read = fromXlsx(form, book([['学生基本信息 / 民族', 1, '', '/student/ethnicity']]));
    expect(read.problems).toEqual([]);
    expect(dataOf(read).student.ethnicity).toBe('1');
  });

  it('explains numbers Excel made of digits kept as text: a decimal, a short number, a 学籍号', () => {
    const read = fromXlsx(
      form,
      book([
        ['核查情况 / 联系电话', 1380000.5, '', '/persuasion/phone'],
        ['学生基本信息 / 学籍号', 41132820100315, '', '/student/studentNumber'],
      ]),
    );
    expect(said(read)).toEqual([
      '工作表“辍学学生登记表” 第5行 B列“核查情况 / 责任人联系电话”：“责任人联系电话”被 Excel 存成了数字 1380000.5（Excel 只保留 15 位有效数字，末几位已经变了）。请在 Excel 中把这一列设置为“文本”格式，重新输入号码后再导入。',
      '工作表“辍学学生登记表” 第6行 B列“学生基本信息 / 全国学籍号”：“全国学籍号”被 Excel 存成了数字 41132820100315（号码可能已经变了）。请在 Excel 中把这一列设置为“文本”格式，重新输入号码后再导入。',
    ]);
    // 16 digits: Excel has already rounded them, even if the pattern would accept the result.
    const long = fromXlsx(form, book([['核查情况 / 联系电话', 1380000000000001, '', '/persuasion/phone']]));
    expect(long.problems[0]!.message).toContain('Excel 只保留 15 位有效数字');
    const fits = fromXlsx(form, book([['核查情况 / 联系电话', 13800000001, '', '/persuasion/phone']]));
    expect(fits.problems).toEqual([]);
    expect(dataOf(fits).persuasion.phone).toBe('13800000001');
  });

  it('writes yes/no read from a boolean cell into a text field as 是/否', () => {
    // writeWorkbook turns booleans into 是/否 text; a real boolean cell comes from Excel itself.
    const read = fromXlsx(form, book([['学生基本信息 / 健康状况', true, '', '/student/health']]));
    expect(dataOf(read).student.health).toBe('是');
  });

  it('reads the version row typed as text as a number', () => {
    const read = fromXlsx(form, book([], [], meta('dropout-registration', '1')));
    expect(envelopeOf(read).version).toBe(1);
    // Anything else is kept as written, for parseEnvelope to explain.
    expect(envelopeOf(fromXlsx(form, book([], [], meta('dropout-registration', 'v1')))).version).toBe('v1');
  });
});

describe('fromXlsx rows and sheets', () => {
  it('finds a row by its label when the 标识 cell is empty, also by the schema’s own label', () => {
    const read = fromXlsx(form, book([['学生基本信息 / 姓名', '张三', '', ''], [' 学生基本信息 / 健康情况 ', '良好', '', null]]), { labels: { '/student/health': '身体状况' } });
    expect(read.problems).toEqual([]);
    expect(dataOf(read).student).toEqual({ name: '张三', health: '良好' });
    expect(read.ok && read.locations['/student/name']).toBe('工作表“辍学学生登记表” 第5行 B列“学生基本信息 / 姓名”');
  });

  it('names a row it does not know, at its 标识 or its 字段 cell, and reads the rest', () => {
    const read = fromXlsx(form, book([['备注', 'x', '', '/student/remark'], ['班主任', '李', '', ''], ['学生基本信息 / 姓名', '张三', '', '/student/name']]));
    expect(said(read)).toEqual([
      '工作表“辍学学生登记表” 第5行 D列：不认识的字段 “/student/remark”，不是“辍学学生登记表”的字段。',
      '工作表“辍学学生登记表” 第6行 A列：不认识的字段 “班主任”，不是“辍学学生登记表”的字段。',
    ]);
    expect(dataOf(read).student.name).toBe('张三');
  });

  it('refuses the workbook of another form, by its title, or by the identifier it names', () => {
    const other = fromXlsx(form, book([], [], meta('monthly-report')));
    expect(other).toEqual({ ok: false, problems: [{ where: '工作表“辍学学生登记表”', message: '这是“控辍保学月报表”（monthly-report）的 Excel 文件，不是“辍学学生登记表”（dropout-registration）。' }] });
    const unknown = fromXlsx(form, book([], [], meta('leave-form')));
    expect(unknown.problems[0]!.message).toBe('这是表单 “leave-form”的 Excel 文件，不是“辍学学生登记表”（dropout-registration）。');
  });

  it('has nothing to import from a sheet without the envelope rows', () => {
    const read = fromXlsx(form, book([['学生基本信息 / 姓名', '张三', '', '/student/name']], [], []));
    expect(read).toEqual({
      ok: false,
      problems: [{ where: '工作表“辍学学生登记表”', message: '第一张工作表中没有“表单标识”“表单版本”“辖区”三行，这不是本站导出的“辍学学生登记表”Excel 文件。' }],
    });
  });

  it('names a sheet that is not the form’s when it holds something, and ignores an empty one', () => {
    const extra = fromXlsx(form, book([], [{ name: '草稿', header: ['随手记'], rows: [] }]));
    expect(said(extra)).toEqual(['工作表“草稿”：不认识的工作表；“辍学学生登记表”的工作表为：辍学学生登记表、监护人、劝返过程详细记录。']);
    const empty = fromXlsx(form, book([], [{ name: '草稿', header: [], rows: [] }]));
    expect(empty.problems).toEqual([]);
  });

  it('reads list sheets with columns named by title or key, skips blank rows, and points at each item’s row', () => {
    const read = fromXlsx(
      form,
      book(
        [],
        [
          {
            name: '劝返过程详细记录',
            header: ['date', '劝返人员'],
            rows: [['2024-03-01', '王老师'], [], [null, null], ['2024-03-08', '李老师']],
          },
        ],
      ),
    );
    expect(read.problems).toEqual([]);
    expect(dataOf(read).attempts).toEqual([
      { date: '2024-03-01', persons: '王老师' },
      { date: '2024-03-08', persons: '李老师' },
    ]);
    expect(read.ok && read.locations['/attempts/1']).toBe('工作表“劝返过程详细记录” 第5行');
    expect(read.ok && read.locations['/attempts/1/persons']).toBe('工作表“劝返过程详细记录” 第5行 B列“劝返人员”');
  });

  it('splits a list kept in one cell at “、”, dropping empty pieces', () => {
    const hform = forms['home-education-record'];
    const bytes = writeWorkbook([
      { name: '送教上门记录', header: ['字段', '值', '说明', '标识'], rows: meta('home-education-record') },
      { name: '送教记录', header: ['本次送教教师'], rows: [[' 张老师、李老师、 ']] },
    ]);
    expect(dataOf(fromXlsx(hform, bytes)).visits).toEqual([{ teachers: ['张老师', '李老师'] }]);
  });

  it('reads a list of plain values from its one column', () => {
    const pform = forms['responsibility-pledge'];
    const bytes = writeWorkbook([
      { name: '控辍保学目标责任书', header: ['字段', '值', '说明', '标识'], rows: meta('responsibility-pledge') },
      { name: '责任内容', header: ['责任内容'], rows: [['建立台账'], ['每月报送']] },
    ]);
    const read = fromXlsx(pform, bytes);
    expect(read.problems).toEqual([]);
    expect(dataOf(read).duties).toEqual(['建立台账', '每月报送']);
    expect(read.ok && read.locations['/duties/1']).toBe('工作表“责任内容” 第3行 A列“责任内容”');
  });

  it('asks for the options of the jurisdiction the file names', () => {
    const asked: (string | undefined)[] = [];
    const read = fromXlsx(form, book([['本地补充字段 / 留守儿童', '是', '', '/extra/left-behind']]), (j) => {
      asked.push(j);
      return { extraFields: [{ key: 'left-behind', title: '留守儿童', type: 'boolean' }] };
    });
    expect(asked).toEqual(['tanghe']);
    expect(read.problems).toEqual([]);
    expect(dataOf(read).extra).toEqual({ 'left-behind': true });
  });
});
