/** Characters XML 1.0 forbids in a document: controls other than tab/newline/CR, U+FFFE, U+FFFF, lone surrogates. */
const notInXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const escapeMarkup = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Text made safe for XML attribute values and the few element texts that are
 * not cell text (sheet names, print titles, header and footer). Characters XML
 * forbids would corrupt the file and cannot be written there at all; the
 * callers write only names they built themselves.
 */
export const escapeXml = (s: string) => escapeMarkup(s).replace(notInXml, '');

// A carriage return is legal XML but every reader turns it into a newline; Excel itself writes it as _x000D_.
const notInCellText = new RegExp(`${notInXml.source}|\\r`, 'g');

/**
 * Cell text (a `<t>` of an inline or shared string), escaped so that nothing of
 * it is lost. Characters XML forbids are written as `_xHHHH_`, the escape of
 * SpreadsheetML's ST_Xstring that Excel, WPS and LibreOffice decode on reading
 * (and decodeCellText here); a text that already holds something shaped like
 * `_x0041_` has its underscore written as `_x005F_`, so it is read back as typed.
 */
export const escapeCellText = (s: string) =>
  escapeMarkup(s.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_').replace(notInCellText, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));

/** The text escapeCellText (or a spreadsheet program) wrote: `_xHHHH_` back to its character. */
export const decodeCellText = (s: string) => s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export const columnLetter = (index: number): string => {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
