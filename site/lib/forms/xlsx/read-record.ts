/**
 * An .xlsx file as one record to check, the same for the page's import and
 * `baoxue check`: the record as far as it could be read, the cells that could
 * not (each with its sheet, row and column), and the fields those cells fill.
 * The record's other problems are then listed too, without a second complaint
 * about a cell already reported — a 身份证号 Excel turned into a number is not
 * also blamed for its check digit.
 *
 * Exports: readXlsxRecord, XlsxRecord.
 */
import type { FormDefinition } from '../form-registry.ts';
import { fromXlsx, type XlsxProblem, type XlsxReadOptions } from './from-xlsx.ts';

export type XlsxRecord =
  /** nothing to read: not the form's workbook */
  | { ok: false; problems: XlsxProblem[] }
  | {
      ok: true;
      /** not yet checked: pass it through parseEnvelope */
      envelope: Record<string, unknown>;
      /** data pointer → its cell */
      locations: Record<string, string>;
      /** cells that did not fit their field, kept as they were */
      cellProblems: XlsxProblem[];
      /** data pointers of those cells: their fields are not checked again */
      atFault: Set<string>;
    };

export function readXlsxRecord(
  form: FormDefinition,
  bytes: Uint8Array,
  options: XlsxReadOptions | ((jurisdiction: string | undefined) => XlsxReadOptions) = {},
): XlsxRecord {
  const read = fromXlsx(form, bytes, options);
  const got = read.ok ? read : read.partial;
  if (!got) return { ok: false, problems: read.problems };
  return {
    ok: true,
    envelope: got.envelope,
    locations: got.locations,
    cellProblems: read.problems,
    atFault: new Set(read.problems.flatMap((p) => (p.pointer ? [p.pointer] : []))),
  };
}
