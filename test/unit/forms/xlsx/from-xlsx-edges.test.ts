/**
 * fromXlsx on cells as Excel and WPS store them, written here as raw SpreadsheetML so each
 * cell is exactly what is tested: boolean cells (stored as 1/0) in text and number fields,
 * date serials in list sheets, numbers at Excel's 15-digit limit, merged cells, a missing or
 * empty list sheet, a workbook without sheets, envelope rows without a value. Each test
 * builds its own workbook (mutation testing attributes coverage per test).
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import { fromXlsx, type XlsxReadResult } from '../../../../site/lib/forms/xlsx/from-xlsx.ts';
import { columnLetter } from '../../../../site/lib/forms/xlsx/layout.ts';

type Cell = string | number | boolean | undefined | { xml: string };
const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const cellXml = (ref: string, v: Cell) =>
  v === undefined
    ? ''
    : typeof v === 'object'
      ? v.xml.replace('<c', `<c r="${ref}"`)
      : typeof v === 'string'
        ? `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`
        : typeof v === 'boolean'
          ? `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`
          : `<c r="${ref}"><v>${v}</v></c>`;
const rowsXml = (rows: Cell[][]) => rows.map((r, i) => `<row r="${i + 1}">${r.map((v, c) => cellXml(`${columnLetter(c)}${i + 1}`, v)).join('')}</row>`).join('');

/** A workbook as a spreadsheet program saves it: one part per sheet, `after` appended to a sheet's XML (merges …). */
function xlsx(sheets: { name: string; rows: Cell[][]; after?: string }[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(`<workbook ${ns}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships>${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<worksheet ${ns}><sheetData>${rowsXml(s.rows)}</sheetData>${s.after ?? ''}</worksheet>`)));
  return zipSync(files);
}
const head = (formId = 'dropout-registration', jurisdiction: Cell = 'tanghe'): Cell[][] => [
  ['字段', '值', '说明', '标识'],
  ['表单标识', formId, '', '#form'],
  ['表单版本', 1, '', '#version'],
  ['辖区', jurisdiction, '', '#jurisdiction'],
];
const form = forms['dropout-registration'];
const dataOf = (read: XlsxReadResult) => (read.ok ? read.envelope.data : read.partial?.envelope.data) as Record<string, any>;
const said = (read: XlsxReadResult) => read.problems.map((p) => `${p.where}：${p.message}`);

describe('fromXlsx: cells as spreadsheet programs store them', () => {
  it('writes a boolean cell in a text field as 是 or 否, and reports one in a number field', () => {
    const read = fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: [...head(), ['健康情况', false, '', '/student/health'], ['年龄', true, '', '/student/age'], ['劝返次数', false, '', '/persuasion/count']] }]));
    expect(said(read)).toEqual([
      '工作表“辍学学生登记表” 第6行 B列“学生基本信息 / 年龄”：“年龄”应为整数，实际是 “true”。',
      '工作表“辍学学生登记表” 第7行 B列“核查情况 / 劝返次数”：“劝返次数”应为整数，实际是 “false”。',
    ]);
    expect(read.problems.map((p) => p.pointer)).toEqual(['/student/age', '/persuasion/count']);
    expect(dataOf(read)).toEqual({ student: { health: '否', age: true }, persuasion: { count: false } });
  });

  it('reads 1 and 0 stored in a boolean field’s cell as a number or as a boolean cell', () => {
    const rows = (v: Cell): Cell[][] => [...head(), ['是否已开展劝返工作', v, '', '/persuasion/started']];
    expect(dataOf(fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: rows({ xml: '<c t="b"><v>1</v></c>' }) }]))).persuasion.started).toBe(true);
    expect(dataOf(fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: rows({ xml: '<c t="b"><v>0</v></c>' }) }]))).persuasion.started).toBe(false);
    expect(dataOf(fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: rows(1) }]))).persuasion.started).toBe(true);
    expect(dataOf(fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: rows(0) }]))).persuasion.started).toBe(false);
  });

  it('treats 16 digits as already changed by Excel even when the field’s pattern would take them', () => {
    const phone = (v: number) => fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: [...head(), ['联系电话', v, '', '/persuasion/phone']] }]));
    expect(said(phone(1e15))).toEqual([
      '工作表“辍学学生登记表” 第5行 B列“核查情况 / 责任人联系电话”：“责任人联系电话”被 Excel 存成了数字 1000000000000000（Excel 只保留 15 位有效数字，末几位已经变了）。请在 Excel 中把这一列设置为“文本”格式，重新输入号码后再导入。',
    ]);
    const fifteen = phone(1e14);
    expect(fifteen.problems).toEqual([]);
    expect(dataOf(fifteen).persuasion.phone).toBe('100000000000000');
    expect(phone(37781234).problems[0]!.message).toContain('开头的 0 已经丢失');
  });

  it('reads a date serial in a list sheet and a number in a list cell, and points a bad cell at its item', () => {
    const hform = forms['home-education-record'];
    const read = fromXlsx(
      hform,
      xlsx([
        { name: '送教上门记录', rows: head('home-education-record') },
        { name: '送教记录', rows: [['送教日期', '课时', '本次送教教师', '送教内容领域', '家长已签字确认'], [44623, '一节', 5, ' 、 ', 1], [44630.5, 2, '张、李', undefined, '否']] },
      ]),
    );
    expect(said(read)).toEqual(['工作表“送教记录” 第2行 B列“课时”：“课时”应为数字，实际是 “一节”。']);
    expect(read.problems[0]).toMatchObject({ sheet: '送教记录', row: 2, column: 'B', pointer: '/visits/0/hours' });
    expect(dataOf(read).visits).toEqual([
      { date: '2022-03-03', hours: '一节', teachers: ['5'], areas: [], parentSignature: true },
      { date: '2022-03-10', hours: 2, teachers: ['张', '李'], parentSignature: false },
    ]);
    expect(!read.ok && read.partial!.locations['/visits/1/date']).toBe('工作表“送教记录” 第3行 A列“送教日期”');
  });

  it('leaves the other cells of a merged range empty, as Excel stores them', () => {
    const read = fromXlsx(
      form,
      xlsx([
        { name: '辍学学生登记表', rows: head(), after: '<mergeCells count="1"><mergeCell ref="B5:B6"/></mergeCells>' },
        { name: '劝返过程详细记录', rows: [['劝返日期', '劝返人员', '劝返结果'], ['2022-03-01', '王老师', '未返校'], [undefined, '李老师', '未返校']], after: '<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>' },
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(dataOf(read).attempts).toEqual([
      { date: '2022-03-01', persons: '王老师', result: '未返校' },
      { persons: '李老师', result: '未返校' },
    ]);
  });
});

describe('fromXlsx: rows and cells without content', () => {
  it('skips an empty row and an empty inline-string cell on the main sheet', () => {
    const rows: Cell[][] = [...head(), [], ['民族', { xml: '<c t="inlineStr"/>' }, '', '/student/ethnicity'], ['姓名', '张三', '', '/student/name']];
    const read = fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows }]));
    expect(read.problems).toEqual([]);
    expect(read.ok && read.envelope.data).toEqual({ student: { name: '张三' } });
  });

  it('reports a number field holding only spaces instead of reading it as 0', () => {
    const read = fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: [...head(), ['年龄', '  ', '', '/student/age']] }]));
    expect(said(read)).toEqual(['工作表“辍学学生登记表” 第5行 B列“学生基本信息 / 年龄”：“年龄”应为整数，实际是 “  ”。']);
  });

  it('keeps the value of an extra key the jurisdiction does not define as it was typed', () => {
    const read = fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: [...head(), ['本地补充字段 / 走访', 3, '', '/extra/走访'], ['本地补充字段 / 备注', true, '', '/extra/备注']] }]));
    expect(read.problems).toEqual([]);
    expect(read.ok && read.envelope.data).toEqual({ extra: { 走访: 3, 备注: true } });
    expect(read.ok && read.locations['/extra/走访']).toBe('工作表“辍学学生登记表” 第5行 B列“本地补充字段 / 走访”');
  });

  it('makes a number of the version only when it is all digits', () => {
    const version = (v: Cell) => fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: [['表单标识', 'dropout-registration', '', '#form'], ['表单版本', v, '', '#version']] }]));
    expect(version('2x').ok && (version('2x') as { envelope: Record<string, unknown> }).envelope.version).toBe('2x');
    expect(version('x2').ok && (version('x2') as { envelope: Record<string, unknown> }).envelope.version).toBe('x2');
    expect(version('12').ok && (version('12') as { envelope: Record<string, unknown> }).envelope.version).toBe(12);
  });
});

describe('fromXlsx: sheets and rows', () => {
  it('reads a workbook without a list sheet or with only its header, leaving the list out', () => {
    const missing = fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: [...head(), ['姓名', '张三', '', '/student/name']] }]));
    expect(missing.ok && missing.envelope).toEqual({ form: 'dropout-registration', version: 1, jurisdiction: 'tanghe', data: { student: { name: '张三' } } });
    const headerOnly = fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: head() }, { name: '监护人', rows: [['监护人姓名', '联系电话']] }]));
    expect(headerOnly.ok && headerOnly.envelope.data).toEqual({});
  });

  it('says so of a workbook without any sheet', () => {
    expect(fromXlsx(form, xlsx([]))).toEqual({ ok: false, problems: [{ where: '文件', message: '工作簿中没有工作表。' }] });
  });

  it('keeps an item whose cells are all in unknown columns, located at its row', () => {
    const read = fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: head() }, { name: '劝返过程详细记录', rows: [['劝返日期', '备注'], [undefined, 'x']] }]));
    expect(said(read)).toEqual(['工作表“劝返过程详细记录” 第1行 B列：不认识的列标题 “备注”；本表的列为：劝返日期、劝返人员、劝返地点、劝返方式、劝返结果。']);
    expect(dataOf(read).attempts).toEqual([{}]);
    expect(!read.ok && read.partial!.locations['/attempts/0']).toBe('工作表“劝返过程详细记录” 第2行');
  });

  it('does not take a blank column title for the one column of a list of plain values', () => {
    const pform = forms['responsibility-pledge'];
    const read = fromXlsx(pform, xlsx([{ name: '控辍保学目标责任书', rows: head('responsibility-pledge') }, { name: '责任内容', rows: [['责任内容', ' '], ['建立台账', '附注']] }]));
    expect(said(read)).toEqual(['工作表“责任内容” 第1行 B列：不认识的列标题 “”；本表的列为：责任内容。']);
    expect(dataOf(read).duties).toEqual(['建立台账']);
  });

  it('reads field rows also when the header row is missing, and skips rows without a value', () => {
    const read = fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: [...head().slice(1), ['姓名', undefined, '', '/student/name'], ['民族', '汉族', '', ' /student/ethnicity ']] }]));
    expect(read.problems).toEqual([]);
    expect(read.ok && read.envelope.data).toEqual({ student: { ethnicity: '汉族' } });
    expect(read.ok && read.locations).toEqual({ '/student/ethnicity': '工作表“辍学学生登记表” 第5行 B列“学生基本信息 / 民族”' });
  });

  it('names a 字段 row below the first as a field it does not know', () => {
    const read = fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: [...head(), ['字段', '值', '说明', '']] }]));
    expect(said(read)).toEqual(['工作表“辍学学生登记表” 第5行 A列：不认识的字段 “字段”，不是“辍学学生登记表”的字段。']);
  });

  it('keeps envelope rows as typed: only the version is made a number, and an empty one is left out', () => {
    const read = fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: [['字段', '值', '说明', '标识'], ['表单标识', 'dropout-registration', '', '#form'], ['表单版本', '02', '', '#version'], ['辖区', '411328', '', '#jurisdiction']] }]));
    expect(read.ok && read.envelope).toEqual({ form: 'dropout-registration', version: 2, jurisdiction: '411328', data: {} });
    const noVersion = fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: [['表单标识', 'dropout-registration', '', '#form'], ['表单版本', undefined, '', '#version']] }]));
    expect(noVersion.ok && noVersion.envelope).toEqual({ form: 'dropout-registration', data: {} });
  });

  it('asks the options lookup with no jurisdiction when the 辖区 cell is not text', () => {
    const asked: unknown[] = [];
    fromXlsx(form, xlsx([{ name: '辍学学生登记表', rows: head('dropout-registration', 411328) }]), (j) => (asked.push(j), {}));
    expect(asked).toEqual([undefined]);
  });
});
