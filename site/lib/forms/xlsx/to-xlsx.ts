/**
 * A form record (its export envelope) as an .xlsx workbook in the site's
 * layout (layout.ts). SpreadsheetML is written by hand and zipped with fflate,
 * so this module stays small enough to load on demand in the browser.
 *
 * Stable exports: toXlsx(form, envelope, options) → Uint8Array (the file's bytes).
 */
import { zipSync, strToU8 } from 'fflate';
import type { FormEnvelope } from '../envelope.ts';
import type { LabelOverrides } from '../field-label.ts';
import type { FormDefinition } from '../form-registry.ts';
import type { ExtraField } from '../form-options.ts';
import { columnLetter, formLayout, listSeparator, type LeafType } from './layout.ts';
import { escapeXml } from './xml.ts';

type Cell = string | number | boolean | undefined;

export interface XlsxOptions {
  labels?: LabelOverrides;
  extraFields?: ExtraField[];
}


const valueAt = (data: unknown, pointer: string): unknown =>
  pointer
    .slice(1)
    .split('/')
    .reduce<unknown>((n, s) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[s] : undefined), data);

/** How a value is shown in a cell; yes/no as 是/否 where the schema says boolean. */
function cellValue(value: unknown, type: LeafType): Cell {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return type === 'boolean' ? (value ? '是' : '否') : value;
  if (Array.isArray(value)) return value.map(String).join(listSeparator);
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number;
}

// Styles: 0 default, 1 bold header, 2 text (format "@", so spreadsheet
// programs keep 身份证号 as text when edited), 3 wrapped grey description.
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="3"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font><font><sz val="9"/><color rgb="FF666666"/><name val="宋体"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>
</styleSheet>`;

function cellXml(ref: string, v: Cell, style = 0): string {
  if (v === undefined || v === '') return '';
  const s = style ? ` s="${style}"` : '';
  if (typeof v === 'number') return `<c r="${ref}"${s}><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" s="${style || 2}" t="inlineStr"><is><t${space}>${escapeXml(v)}</t></is></c>`;
}

function sheetXml(rows: { cells: Cell[]; styles?: number[] }[], widths: number[]): string {
  const body = rows
    .map((row, r) => `<row r="${r + 1}">${row.cells.map((v, c) => cellXml(`${columnLetter(c)}${r + 1}`, v, row.styles?.[c] ?? 0)).join('')}</row>`)
    .join('');
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData>${body}</sheetData></worksheet>`;
}

export function toXlsx(form: FormDefinition, envelope: FormEnvelope<unknown>, options: XlsxOptions = {}): Uint8Array<ArrayBuffer> {
  const data = envelope.data;
  const extra = valueAt(data, '/extra');
  const layout = formLayout(form, { ...options, extraKeys: extra && typeof extra === 'object' ? Object.keys(extra) : [] });
  const header = { cells: ['字段', '值', '说明', '标识'] as Cell[], styles: [1, 1, 1, 1] };
  const meta = [
    ['表单标识', envelope.form, `本站表单“${form.title}”，请勿修改。`, '#form'],
    ['表单版本', envelope.version, '导出时的表单数据版本，请勿修改。', '#version'],
    ['辖区', envelope.jurisdiction, '所属辖区标识，请勿修改。', '#jurisdiction'],
  ].map((cells) => ({ cells: cells as Cell[], styles: [1, 2, 3, 0] }));
  const fieldRows = layout.fields.map((f) => ({
    cells: [f.label, cellValue(valueAt(data, f.pointer), f.type), f.description, f.pointer] as Cell[],
    styles: [1, 0, 3, 0],
  }));
  const sheets = [{ name: layout.mainSheet, xml: sheetXml([header, ...meta, ...fieldRows], [34, 40, 50, 26]) }];
  for (const g of layout.groups) {
    const list = valueAt(data, g.pointer);
    const items = Array.isArray(list) ? list : [];
    const rows = items.map((item) => ({
      cells: g.plain ? [cellValue(item, g.columns[0]!.type)] : g.columns.map((c) => cellValue(item && typeof item === 'object' ? (item as Record<string, unknown>)[c.key] : undefined, c.type)),
    }));
    const widths = g.columns.map((c) => Math.min(60, Math.max(12, [...c.title].length * 2 + 4, c.type === 'string' ? 24 : 12)));
    sheets.push({ name: g.sheetName, xml: sheetXml([{ cells: g.columns.map((c) => c.title), styles: g.columns.map(() => 1) }, ...rows], widths) });
  }

  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
        .join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
        .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(stylesXml),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(s.xml)));
  // A fixed timestamp keeps exports of the same record byte-identical.
  const zipped = zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
  return new Uint8Array(zipped);
}
