/**
 * A form record (its export envelope) as an .xlsx workbook in the site's
 * layout (layout.ts), with the print setup of every workbook the project
 * writes (site/lib/xlsx: A4, one page wide, header row repeated, long texts
 * wrapped). SpreadsheetML is written by hand and zipped with fflate, so this
 * module stays small enough to load on demand in the browser.
 *
 * Stable exports: toXlsx(form, envelope, options) → Uint8Array (the file's bytes).
 */
import type { FormEnvelope } from '../envelope.ts';
import type { LabelOverrides } from '../field-label.ts';
import type { FormDefinition } from '../form-registry.ts';
import type { ExtraField } from '../form-options.ts';
import { formLayout, listSeparator, type LeafType } from './layout.ts';
import { zipWorkbook } from '../../xlsx/package.ts';
import { CellStyle as S } from '../../xlsx/styles.ts';
import type { CellValue as Cell, SheetPart } from '../../xlsx/worksheet.ts';


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

export function toXlsx(form: FormDefinition, envelope: FormEnvelope<unknown>, options: XlsxOptions = {}): Uint8Array<ArrayBuffer> {
  const data = envelope.data;
  const extra = valueAt(data, '/extra');
  const layout = formLayout(form, { ...options, extraKeys: extra && typeof extra === 'object' ? Object.keys(extra) : [] });
  const header = { cells: ['字段', '值', '说明', '标识'] as Cell[], styles: [S.header, S.header, S.header, S.header] };
  const meta = [
    ['表单标识', envelope.form, `本站表单“${form.title}”，请勿修改。`, '#form'],
    ['表单版本', envelope.version, '导出时的表单数据版本，请勿修改。', '#version'],
    ['辖区', envelope.jurisdiction, '所属辖区标识，请勿修改。', '#jurisdiction'],
  ].map((cells) => ({ cells: cells as Cell[], styles: [S.header, S.text, S.note, S.plain] }));
  const fieldRows = layout.fields.map((f) => ({
    cells: [f.label, cellValue(valueAt(data, f.pointer), f.type), f.description, f.pointer] as Cell[],
    styles: [S.header, S.plain, S.note, S.plain],
  }));
  // Widths sum to a landscape A4 line: the 说明 column wraps rather than spilling onto a second page.
  const sheets: SheetPart[] = [{ name: layout.mainSheet, rows: [header, ...meta, ...fieldRows], widths: [26, 40, 42, 22], headerRows: 1 }];
  for (const g of layout.groups) {
    const list = valueAt(data, g.pointer);
    const items = Array.isArray(list) ? list : [];
    const rows = items.map((item) => ({
      cells: g.plain ? [cellValue(item, g.columns[0]!.type)] : g.columns.map((c) => cellValue(item && typeof item === 'object' ? (item as Record<string, unknown>)[c.key] : undefined, c.type)),
    }));
    const widths = g.columns.map((c) => Math.min(40, Math.max(10, [...c.title].length * 2 + 2, c.type === 'string' ? 20 : 10)));
    sheets.push({ name: g.sheetName, rows: [{ cells: g.columns.map((c) => c.title), styles: g.columns.map(() => S.header) }, ...rows], widths, headerRows: 1 });
  }
  return zipWorkbook(sheets);
}
