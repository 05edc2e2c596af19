/** Workbooks that print: the XML carries A4, fit to width, repeated header rows and wrapped text. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../site/lib/forms/xlsx/from-xlsx.ts';
import { sheetNames } from '../../../site/lib/xlsx/package.ts';
import { columnWidths, textWidth, writeWorkbook } from '../../../site/lib/xlsx/write-workbook.ts';

const parts = (bytes: Uint8Array) => {
  const files = unzipSync(bytes);
  return (path: string) => strFromU8(files[path]!);
};

const long = '该生家长外出务工，由祖父母监护，多次家访后仍未返校，需联合乡镇政府、村委会再次劝返并填写劝返复学记录。';

describe('writeWorkbook', () => {
  // Written inside each test (not once in the describe body), so Stryker's per-test coverage sees these tests run the writer.
  const book = () => writeWorkbook([
    { name: '汇总', header: ['学段', '在籍', '辍学', '辍学率'], rows: [['小学', 1200, 3, '0.25%'], ['初中', 0, 0, '—']] },
    { name: '问题', header: ['文件', '记录', '字段', '说明', '条款', '学校', '备注'], rows: [['a.json', 1, '/data/period', long, 'tanghe#c1', '某某中心学校', undefined]] },
  ]);
  const part = (path: string) => parts(book())(path);

  it('reads back with the project’s own reader: sheet names, headers, numbers kept as numbers', () => {
    const sheets = readWorkbook(book());
    expect(sheets.map((s) => s.name)).toEqual(['汇总', '问题']);
    expect(sheets[0]!.rows).toEqual([
      ['学段', '在籍', '辍学', '辍学率'],
      ['小学', 1200, 3, '0.25%'],
      ['初中', 0, 0, '—'],
    ]);
    expect(sheets[1]!.rows[1]![3]).toBe(long);
  });

  it('sets A4, one page wide and as many long, with fitToPage switched on', () => {
    const sheet = part('xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
    const setup = sheet.match(/<pageSetup [^>]*\/>/)![0];
    expect(setup).toContain('paperSize="9"');
    expect(setup).toContain('fitToWidth="1"');
    expect(setup).toContain('fitToHeight="0"');
    expect(sheet).toMatch(/<pageMargins left="[\d.]+" right="[\d.]+" top="[\d.]+" bottom="[\d.]+"/);
    // Schema order: sheetPr first, then the views, columns, data, and the print parts last.
    const order = ['<sheetPr', '<sheetViews', '<cols', '<sheetData', '<printOptions', '<pageMargins', '<pageSetup', '<headerFooter'].map((t) => sheet.indexOf(t));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
  });

  it('turns a wide sheet landscape and keeps a narrow one portrait', () => {
    expect(part('xl/worksheets/sheet1.xml')).toContain('orientation="portrait"');
    expect(part('xl/worksheets/sheet2.xml')).toContain('orientation="landscape"');
  });

  it('repeats the header row on every printed page (Print_Titles per sheet) and freezes it on screen', () => {
    const workbook = part('xl/workbook.xml');
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'汇总'!$1:$1</definedName>`);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'问题'!$1:$1</definedName>`);
    expect(workbook.indexOf('<definedNames>')).toBeGreaterThan(workbook.indexOf('</sheets>'));
    expect(part('xl/worksheets/sheet1.xml')).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  });

  it('wraps text cells and the header, and caps the width of a long column', () => {
    const styles = part('xl/styles.xml');
    const xfs = [...styles.match(/<cellXfs[^>]*>(.*)<\/cellXfs>/)![1]!.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
    const sheet = part('xl/worksheets/sheet2.xml');
    const styleOf = (ref: string) => Number(sheet.match(new RegExp(`<c r="${ref}" s="(\\d+)"`))![1]);
    expect(xfs[styleOf('D2')]).toContain('wrapText="1"');
    expect(xfs[styleOf('A1')]).toContain('wrapText="1"');
    expect(xfs[styleOf('A1')]).toMatch(/fontId="1"/);
    const width = Number(sheet.match(/<col min="4" max="4" width="(\d+)"/)![1]);
    expect(width).toBeLessThanOrEqual(40);
    expect(width).toBeGreaterThan(20);
  });

  it('gives a row with a wrapped long text the height of its lines (LibreOffice does not grow it by itself)', () => {
    const sheet = part('xl/worksheets/sheet2.xml');
    const width = Number(sheet.match(/<col min="4" max="4" width="(\d+)"/)![1]);
    const lines = Math.ceil(textWidth(long) / (width - 1));
    expect(lines).toBeGreaterThan(1);
    expect(sheet).toContain(`<row r="2" ht="${lines * 15}" customHeight="1">`);
    expect(part('xl/worksheets/sheet1.xml')).toContain('<row r="2">');
  });

  it('prints page numbers in the footer and the sheet name in the header', () => {
    expect(part('xl/worksheets/sheet1.xml')).toContain('<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>');
    expect(part('xl/worksheets/sheet1.xml')).toContain('<oddHeader>&amp;C汇总</oddHeader>');
  });

  it('writes no cell for empty values, and an ampersand or angle bracket as text', () => {
    const b = writeWorkbook([{ name: 'A&B', header: ['x'], rows: [[null], ['<a&b>'], [Number.NaN]] }]);
    expect(readWorkbook(b)[0]!.rows).toEqual([['x'], [], ['<a&b>'], []]);
    expect(parts(b)('xl/workbook.xml')).toContain(`'A&amp;B'!$1:$1`);
  });
});

describe('sheet names and widths', () => {
  it('makes names Excel accepts: no []:*?/\\, at most 31 characters, unique', () => {
    expect(sheetNames(['a/b', 'a/b', 'x'.repeat(40), "it's"])).toEqual(['a-b', 'a-b-2', 'x'.repeat(31), "it's"]);
    const b = writeWorkbook([{ name: "it's", header: ['x'], rows: [] }]);
    expect(parts(b)('xl/workbook.xml')).toContain(`'it''s'!$1:$1`);
  });

  it('counts a Chinese character as two units', () => {
    expect(textWidth('辍学率')).toBe(6);
    expect(textWidth('ab1')).toBe(3);
    expect(textWidth('（）')).toBe(4);
    expect(columnWidths(['学校名称'], [['唐河县第一初级中学'], ['x']])).toEqual([20]);
    expect(columnWidths(['在籍'], [[3]])).toEqual([6]);
  });

  it('sizes every column a row has, also past the header, by its longest line; empty cells add nothing', () => {
    expect(columnWidths(['x'], [[undefined, null], [null, 'abcdefghij']])).toEqual([6, 12]);
    expect(columnWidths([], [['ab\ncdefghij\nxy']])).toEqual([10]);
    expect(columnWidths(['一二三四五六七八九十'], [])).toEqual([12]);
    // A yes/no is sized as the 是/否 it is written as, not as “false”.
    expect(columnWidths(['x'], [[false]])).toEqual([6]);
  });

  it('writes yes/no as 是/否 text, as the summaries show them', () => {
    expect(readWorkbook(writeWorkbook([{ name: 'w', header: ['h', 'i'], rows: [[true, false]] }]))[0]!.rows[1]).toEqual(['是', '否']);
  });

  it('names cells past column Z with two letters (AA, AB …), so they read back in their place', () => {
    const row = Array.from({ length: 54 }, (_, i) => i);
    const sheet = readWorkbook(writeWorkbook([{ name: 'w', header: ['h'], rows: [row] }]))[0]!;
    expect(sheet.rows[1]).toEqual(row);
    expect(parts(writeWorkbook([{ name: 'w', header: ['h'], rows: [row] }]))('xl/worksheets/sheet1.xml')).toContain('<c r="BB2"><v>53</v></c>');
  });
});
