/**
 * Zips worksheets into an .xlsx file: content types, relationships, the
 * shared stylesheet, and the workbook with one _xlnm.Print_Titles per sheet
 * that has header rows, so Excel, WPS and LibreOffice repeat them on every
 * printed page.
 */
import { zipSync, strToU8 } from 'fflate';
import { escapeXml } from './xml-escape.ts';
import { stylesXml } from './styles.ts';
import { worksheetXml, type SheetPart } from './worksheet.ts';

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A sheet name as a formula reference: 'name', with ' doubled. */
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** Names Excel accepts: at most 31 characters, none of []:*?/\, unique ignoring case. */
export function sheetNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((raw) => {
    const base = raw.replace(/[[\]:*?/\\]/g, '-').replace(/^'+|'+$/g, '').slice(0, 31) || '工作表';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1)}-${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

export function zipWorkbook(parts: SheetPart[]): Uint8Array<ArrayBuffer> {
  const names = sheetNames(parts.map((p) => p.name));
  const sheets = parts.map((p, i) => ({ ...p, name: names[i]! }));
  const titles = sheets
    .map((s, i) =>
      s.headerRows ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${sheetRef(s.name)}!$1:$${s.headerRows}`)}</definedName>` : '',
    )
    .join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
        .join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${xmlHead}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
        .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets>${titles ? `<definedNames>${titles}</definedNames>` : ''}</workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(stylesXml),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheetXml(s))));
  // A fixed timestamp keeps two exports of the same content byte-identical.
  return new Uint8Array(zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') }));
}
