/**
 * One worksheet's XML with the print setup every sheet the project writes
 * carries: A4, fit to one page wide (as many pages long as it takes), the
 * header rows frozen on screen and repeated on every printed page (the
 * repetition itself is the workbook's _xlnm.Print_Titles, see package.ts),
 * grid lines and page numbers printed, landscape when the columns are wide.
 *
 * Element order follows the SpreadsheetML schema (sheetPr … sheetData …
 * printOptions, pageMargins, pageSetup, headerFooter); Excel refuses a file
 * whose elements come out of order.
 */
import { columnLetter, escapeCellText, escapeXml } from './xml-escape.ts';
import { CellStyle } from './styles.ts';
import { textWidth } from './text-width.ts';

export type CellValue = string | number | boolean | null | undefined;

export interface SheetRow {
  cells: CellValue[];
  /** style id per cell (styles.ts); text cells default to CellStyle.text */
  styles?: number[];
}

export interface SheetPart {
  name: string;
  rows: SheetRow[];
  /** column widths in characters (a Chinese character counts two) */
  widths: number[];
  /** rows at the top that name the columns: frozen, and repeated on each printed page */
  headerRows: number;
  landscape?: boolean;
}

/** A4 portrait prints about this many width units between 1.8 cm margins; wider sheets turn landscape. */
export const portraitWidth = 92;

function cellXml(ref: string, v: CellValue, style: number | undefined): string {
  if (v === undefined || v === null || v === '') return '';
  const s = style ? ` s="${style}"` : '';
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : '';
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  const space = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" s="${style || CellStyle.text}" t="inlineStr"><is><t${space}>${escapeCellText(v)}</t></is></c>`;
}

/** Points per line of 11 pt text, as spreadsheet programs size a row. */
const lineHeight = 15;

/**
 * The lines the row's longest wrapped text takes in its column. Written as
 * the row's height because LibreOffice keeps the default one-line height of
 * rows it is given without one, hiding the rest of a wrapped text.
 */
export function rowLines(cells: CellValue[], widths: number[], styles: number[] = []): number {
  return cells.reduce<number>((most, v, c) => {
    if (typeof v !== 'string' || !v) return most;
    // The 9 pt note style fits about a fifth more characters on a line.
    const room = Math.max(1, ((widths[c] ?? 10) - 1) * (styles[c] === CellStyle.note ? 1.2 : 1));
    const lines = v.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / room)), 0);
    return Math.max(most, lines);
  }, 1);
}

export function worksheetXml(part: SheetPart): string {
  const body = part.rows
    .map((row, r) => {
      const lines = rowLines(row.cells, part.widths, row.styles);
      return { row, r, height: lines > 1 ? ` ht="${lines * lineHeight}" customHeight="1"` : '' };
    })
    .map(({ row, r, height }) => `<row r="${r + 1}"${height}>${row.cells.map((v, c) => cellXml(`${columnLetter(c)}${r + 1}`, v, row.styles?.[c])).join('')}</row>`)
    .join('');
  const cols = part.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const landscape = part.landscape ?? part.widths.reduce((a, b) => a + b, 0) > portraitWidth;
  const frozen = part.headerRows
    ? `<pane ySplit="${part.headerRows}" topLeftCell="A${part.headerRows + 1}" activePane="bottomLeft" state="frozen"/>`
    : '';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<sheetViews><sheetView workbookViewId="0">${frozen}</sheetView></sheetViews>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${body}</sheetData>` +
    `<printOptions gridLines="1"/>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="${landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>` +
    // &P / &N: page number and count, printed centred in the footer.
    `<headerFooter><oddHeader>${escapeXml(`&C${part.name.replace(/&/g, '&&')}`)}</oddHeader><oddFooter>${escapeXml('&C第 &P 页，共 &N 页')}</oddFooter></headerFooter>` +
    `</worksheet>`
  );
}
