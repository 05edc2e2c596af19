/**
 * readWorkbook on workbooks as other programs write them: parts named by absolute or
 * relative targets, rows and cells without their r attribute, formula results, error
 * cells, namespace prefixes. Built by hand so each variant is exactly what is tested.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../../site/lib/forms/xlsx/from-xlsx.ts';

const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function workbook(sheets: { name: string; target: string; xml?: string }[], extra: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(`<workbook ${ns}><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Target="${s.target}"/>`).join('')}</Relationships>`,
    ),
  };
  for (const s of sheets) if (s.xml !== undefined) files[s.target.startsWith('/') ? s.target.slice(1) : `xl/${s.target.replace(/^\.\//, '')}`] = strToU8(s.xml);
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}
const sheetXml = (rows: string) => `<worksheet ${ns}><sheetData>${rows}</sheetData></worksheet>`;

describe('readWorkbook', () => {
  it('finds sheets by relative, ./ and absolute targets, in workbook order', () => {
    const bytes = workbook([
      { name: '甲', target: 'worksheets/sheet1.xml', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
      { name: '乙', target: '/xl/worksheets/other.xml', xml: sheetXml('<row r="1"><c r="A1"><v>2</v></c></row>') },
      { name: '丙', target: './worksheets/sheet3.xml', xml: sheetXml('<row r="1"><c r="A1"><v>3</v></c></row>') },
    ]);
    expect(readWorkbook(bytes)).toEqual([
      { name: '甲', rows: [[1]] },
      { name: '乙', rows: [[2]] },
      { name: '丙', rows: [[3]] },
    ]);
  });

  it('resolves a target that climbs out of xl/ with ..', () => {
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(`<workbook ${ns}><sheets><sheet name="外" r:id="rId1"/></sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="../sheets/s.xml"/></Relationships>'),
      'sheets/s.xml': strToU8(sheetXml('<row r="2"><c r="B2"><v>7</v></c></row>')),
    });
    expect(readWorkbook(bytes)).toEqual([{ name: '外', rows: [undefined, [undefined, 7]] }]);
  });

  it('places rows and cells by their r attribute, and after the previous one when it is missing', () => {
    const bytes = workbook([
      {
        name: 'S',
        target: 'worksheets/sheet1.xml',
        // Row 3 then an unnumbered row (row 4); in row 3, C3 then two unnumbered cells (D3, E3); AA3 is column 27.
        xml: sheetXml('<row r="3"><c r="C3"><v>1</v></c><c><v>2</v></c><c><v>3</v></c><c r="AA3"><v>27</v></c></row><row><c><v>4</v></c></row>'),
      },
    ]);
    const [sheet] = readWorkbook(bytes);
    expect(sheet!.rows.length).toBe(4);
    expect(sheet!.rows[2]!.slice(2, 5)).toEqual([1, 2, 3]);
    expect(sheet!.rows[2]![26]).toBe(27);
    expect(sheet!.rows[2]!.length).toBe(27);
    expect(sheet!.rows[3]).toEqual([4]);
  });

  it('reads formula results (t="str"), booleans written as true/false, and leaves error cells and empty values out', () => {
    const bytes = workbook([
      {
        name: 'S',
        target: 'worksheets/sheet1.xml',
        xml: sheetXml(
          '<row r="1">' +
            '<c r="A1" t="str"><f>A2&amp;"x"</f><v>a&amp;b</v></c>' +
            '<c r="B1" t="b"><v>true</v></c>' +
            '<c r="C1" t="b"><v>false</v></c>' +
            '<c r="D1" t="e"><v>#DIV/0!</v></c>' +
            '<c r="E1"><v></v></c>' +
            '<c r="F1" t="str"></c>' +
            '<c r="G1" t="b"><v>2</v></c>' +
            '<c r="H1" t="inlineStr"><is><t></t></is></c>' +
            '<c r="I1"><v>-1.5</v></c>' +
            '</row>',
        ),
      },
    ]);
    const row = readWorkbook(bytes)[0]!.rows[0]!;
    expect(row).toEqual([`a&b`, true, false, undefined, undefined, undefined, '2', undefined, -1.5]);
    expect(3 in row).toBe(false);
    expect(4 in row).toBe(false);
  });

  it('reads shared strings by index and accepts prefixed elements (x:row, x:c)', () => {
    const bytes = workbook(
      [
        {
          name: 'S',
          target: 'worksheets/sheet1.xml',
          xml: `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c r="B1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
        },
      ],
      { 'xl/sharedStrings.xml': '<sst><si><t>零</t></si><si><t>一</t></si></sst>' },
    );
    expect(readWorkbook(bytes)[0]!.rows).toEqual([['一', '零']]);
  });

  it('keeps a sheet whose part is missing, with no rows', () => {
    const bytes = workbook([{ name: '空', target: 'worksheets/none.xml' }]);
    expect(readWorkbook(bytes)).toEqual([{ name: '空', rows: [] }]);
  });

  it('says in Chinese when the zip has no workbook part', () => {
    expect(() => readWorkbook(zipSync({ 'a.txt': strToU8('x') }))).toThrow('文件中没有工作簿（xl/workbook.xml），不是有效的 .xlsx 文件。');
  });
});
