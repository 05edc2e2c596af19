/**
 * A multi-sheet .xlsx from plain tables — one header row, then data rows —
 * that prints as a usable A4 sheet from Excel, WPS or LibreOffice (see
 * worksheet.ts for the print setup). Column widths follow the longest
 * content, capped so a long text wraps instead of pushing the page wider.
 *
 * Stable exports: writeWorkbook(sheets) → Uint8Array (the file's bytes);
 * WorkbookSheet, CellValue, textWidth, columnWidths.
 */
import { zipWorkbook } from './package.ts';
import { CellStyle } from './styles.ts';
import type { CellValue } from './worksheet.ts';
import { textWidth } from './text-width.ts';

export type { CellValue } from './worksheet.ts';
export { textWidth } from './text-width.ts';

export interface WorkbookSheet {
  /** the tab's name (made valid for Excel: ≤ 31 characters, no []:*?/\) */
  name: string;
  header: string[];
  rows: CellValue[][];
  /** override the automatic choice (landscape when the columns are wider than A4 portrait) */
  landscape?: boolean;
}

const minWidth = 6;
/** wider texts wrap; about a third of an A4 landscape line */
const maxWidth = 40;

const shown = (v: CellValue) => (v === undefined || v === null ? '' : typeof v === 'boolean' ? (v ? '是' : '否') : String(v));

export function columnWidths(header: string[], rows: CellValue[][]): number[] {
  const count = Math.max(header.length, ...rows.map((r) => r.length));
  return Array.from({ length: count }, (_, c) => {
    // A header wraps onto two lines before it widens a column of short values.
    const head = Math.ceil(textWidth(header[c] ?? '') / 2);
    const longest = rows.reduce((m, r) => Math.max(m, ...shown(r[c]).split('\n').map(textWidth)), head);
    return Math.min(maxWidth, Math.max(minWidth, longest + 2));
  });
}

export function writeWorkbook(sheets: WorkbookSheet[]): Uint8Array<ArrayBuffer> {
  return zipWorkbook(
    sheets.map((s) => ({
      name: s.name,
      widths: columnWidths(s.header, s.rows),
      headerRows: 1,
      landscape: s.landscape,
      rows: [
        { cells: s.header, styles: s.header.map(() => CellStyle.header) },
        ...s.rows.map((cells) => ({ cells: cells.map((v) => (typeof v === 'boolean' ? (v ? '是' : '否') : v)) })),
      ],
    })),
  );
}
