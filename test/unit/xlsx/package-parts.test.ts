/**
 * The parts of every workbook the project writes hang together the way Excel, WPS and
 * LibreOffice look them up: [Content_Types].xml names each part with its type, the
 * relationships point at parts that exist, and the same content gives the same bytes.
 */
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sheetNames } from '../../../site/lib/xlsx/package.ts';
import { rowLines, worksheetXml } from '../../../site/lib/xlsx/worksheet.ts';
import { CellStyle } from '../../../site/lib/xlsx/styles.ts';
import { writeWorkbook } from '../../../site/lib/xlsx/write-workbook.ts';

const spreadsheetml = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const relType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const attrsOf = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag} ([^>]*?)/?>`, 'g'))].map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));

describe('workbook package', () => {
  afterEach(() => vi.useRealTimers());
  // Written inside each test, so Stryker's per-test coverage sees these tests run the writer.
  const book = () =>
    writeWorkbook([
      { name: '汇总', header: ['a'], rows: [[1]] },
      { name: '明细', header: ['b'], rows: [['x']] },
    ]);
  const text = (p: string) => strFromU8(unzipSync(book())[p]!);

  it('declares every part with its content type', () => {
    const types = text('[Content_Types].xml');
    const defaults = Object.fromEntries(attrsOf(types, 'Default').map((d) => [d.Extension, d.ContentType]));
    expect(defaults).toEqual({ rels: 'application/vnd.openxmlformats-package.relationships+xml', xml: 'application/xml' });
    const overrides = Object.fromEntries(attrsOf(types, 'Override').map((o) => [o.PartName, o.ContentType]));
    expect(overrides).toEqual({
      '/xl/workbook.xml': `${spreadsheetml}.sheet.main+xml`,
      '/xl/styles.xml': `${spreadsheetml}.styles+xml`,
      '/xl/worksheets/sheet1.xml': `${spreadsheetml}.worksheet+xml`,
      '/xl/worksheets/sheet2.xml': `${spreadsheetml}.worksheet+xml`,
    });
    const files = unzipSync(book());
    for (const part of Object.keys(overrides)) expect(files[part.slice(1)], part).toBeDefined();
    expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
  });

  it('points the package at the workbook, and each sheet’s r:id at its worksheet part', () => {
    expect(attrsOf(text('_rels/.rels'), 'Relationship')).toEqual([{ Id: 'rId1', Type: `${relType}/officeDocument`, Target: 'xl/workbook.xml' }]);
    const rels = attrsOf(text('xl/_rels/workbook.xml.rels'), 'Relationship');
    const byId = new Map(rels.map((r) => [r.Id, r]));
    expect(byId.size).toBe(3);
    const sheets = attrsOf(text('xl/workbook.xml'), 'sheet');
    expect(sheets.map((s) => [s.name, s.sheetId])).toEqual([
      ['汇总', '1'],
      ['明细', '2'],
    ]);
    sheets.forEach((s, i) => {
      const rel = byId.get(s['r:id']!)!;
      expect(rel.Type).toBe(`${relType}/worksheet`);
      expect(rel.Target).toBe(`worksheets/sheet${i + 1}.xml`);
      expect(text(`xl/${rel.Target}`)).toContain('<sheetData>');
    });
    const styles = rels.filter((r) => r.Type === `${relType}/styles`);
    expect(styles).toEqual([{ Id: 'rId3', Type: `${relType}/styles`, Target: 'styles.xml' }]);
  });

  it('gives the same bytes for the same content, whenever it is written', () => {
    const bytes = book();
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-06-01T08:00:00Z'));
    const later = writeWorkbook([
      { name: '汇总', header: ['a'], rows: [[1]] },
      { name: '明细', header: ['b'], rows: [['x']] },
    ]);
    expect(later).toEqual(bytes);
  });
});

describe('sheet names', () => {
  it('trims quotes Excel refuses at either end, numbers repeats within 31 characters, and ignores case when comparing', () => {
    expect(sheetNames(["''名单''", "'a'b'"])).toEqual(['名单', "a'b"]);
    expect(sheetNames(['Sheet', 'sheet', 'SHEET'])).toEqual(['Sheet', 'sheet-2', 'SHEET-3']);
    const long = '一'.repeat(31);
    expect(sheetNames([long, long, long])).toEqual([long, `${'一'.repeat(29)}-2`, `${'一'.repeat(29)}-3`]);
    expect(sheetNames(Array.from({ length: 11 }, () => long)).at(-1)).toBe(`${'一'.repeat(28)}-11`);
    expect(sheetNames(['', "''", '[]'])).toEqual(['工作表', '工作表-2', '--']);
  });
});

describe('worksheet cells and rows', () => {
  const sheet = (rows: { cells: (string | number | boolean | null)[]; styles?: number[] }[], extra: { headerRows?: number; widths?: number[]; landscape?: boolean } = {}) =>
    worksheetXml({ name: 'S', rows, widths: extra.widths ?? [10], headerRows: extra.headerRows ?? 0, landscape: extra.landscape });

  it('keeps leading and trailing spaces and line breaks of a text (xml:space="preserve"), and only then', () => {
    const xml = sheet([{ cells: [' a', 'b ', 'c\nd', 'e f'] }], { widths: [10, 10, 10, 10] });
    expect(xml).toContain('<c r="A1" s="2" t="inlineStr"><is><t xml:space="preserve"> a</t></is></c>');
    expect(xml).toContain('<t xml:space="preserve">b </t>');
    expect(xml).toContain('<t xml:space="preserve">c\nd</t>');
    expect(xml).toContain('<c r="D1" s="2" t="inlineStr"><is><t>e f</t></is></c>');
  });

  it('writes a boolean as a boolean cell and a number with its style', () => {
    const xml = sheet([{ cells: [true, false, 3], styles: [0, 0, CellStyle.header] }], { widths: [10, 10, 10] });
    expect(xml).toContain('<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" s="1"><v>3</v></c>');
  });

  it('prints grid lines, and the sheet’s name in the header with & written as && (Excel’s escape there)', () => {
    const xml = worksheetXml({ name: 'A&B', rows: [], widths: [], headerRows: 2 });
    expect(xml).toContain('<printOptions gridLines="1"/>');
    expect(xml).toContain('<oddHeader>&amp;CA&amp;&amp;B</oddHeader>');
    expect(xml).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(xml).not.toContain('<cols>');
    expect(xml).toContain('<sheetData></sheetData>');
  });

  it('freezes no pane without header rows, and takes an explicit orientation over the widths', () => {
    const xml = sheet([{ cells: ['x'] }], { widths: [200], landscape: false });
    expect(xml).not.toContain('<pane');
    expect(xml).toContain('<sheetView workbookViewId="0"></sheetView>');
    expect(xml).toContain('orientation="portrait"');
    expect(sheet([{ cells: ['x'] }], { widths: [5], landscape: true })).toContain('orientation="landscape"');
    // Exactly the portrait width still fits portrait.
    expect(sheet([{ cells: ['x'] }], { widths: [46, 46] })).toContain('orientation="portrait"');
    expect(sheet([{ cells: ['x'] }], { widths: [46, 47] })).toContain('orientation="landscape"');
  });

  it('counts the lines of a wrapped text: each line break starts one, the small note style fits more', () => {
    expect(rowLines(['x'.repeat(9)], [10])).toBe(1);
    expect(rowLines(['x'.repeat(10)], [10])).toBe(2);
    expect(rowLines(['a\nb\n\nc'], [10])).toBe(4);
    // 9 units of room, 10.8 with the note style.
    expect(rowLines(['x'.repeat(10)], [10], [CellStyle.note])).toBe(1);
    expect(rowLines(['x'.repeat(11)], [10], [CellStyle.note])).toBe(2);
    // The longest cell decides; numbers and empty cells take one line; a missing width counts as 10.
    expect(rowLines([3, '', 'x'.repeat(19), 'y'.repeat(30)], [10, 10, 10, 100])).toBe(3);
    expect(rowLines(['x'.repeat(19)], [])).toBe(3);
    expect(rowLines([], [])).toBe(1);
    // A column one unit wide still has room for one character per line.
    expect(rowLines(['xyz'], [1])).toBe(3);
  });
});
