/**
 * Report tables as CSV that Excel opens with its Chinese intact: UTF-8 with a
 * BOM, CRLF line ends, RFC 4180 quoting. A cell starting with = + - or @ is
 * prefixed with ' so a spreadsheet never runs it as a formula (a school name
 * or a note in a report could carry one); numbers stay numbers.
 *
 * Exports: toCsv(sheets) → string (several tables one after another, each under its name), csvCell.
 */
import type { ReportSheet, SheetCell } from './report-sheets.ts';

export function csvCell(v: SheetCell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(sheets: ReportSheet[]): string {
  const blocks = sheets.map((s) => [[`【${s.name}】`], s.header, ...s.rows].map((row) => row.map(csvCell).join(',')).join('\r\n'));
  return `\uFEFF${blocks.join('\r\n\r\n')}\r\n`;
}
