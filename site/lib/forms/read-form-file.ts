/**
 * A filled-in form file's bytes as records to check — the one reader of
 * `baoxue check`, `baoxue aggregate` and the reports dashboard. A `.json` file
 * holds one export envelope or an array of them; an `.xlsx` file one record in
 * the site's export layout, its form told by the file itself (the 表单标识 row)
 * unless the caller expects one. Works on bytes only: the CLI reads the disk,
 * the browser a File.
 *
 * Stable exports: readFormFile(name, bytes, options) → FormFileRead, ReadRecord,
 * FormFileRead, xlsxFormOf(bytes), cellOf(locations, pointer).
 */
import type { FieldProblem } from '../validation/format-errors.ts';
import { parseEnvelope, parseEnvelopeBytes, type EnvelopeResult } from './envelope.ts';
import { forms, isFormId, type FormId } from './form-registry.ts';
import type { FormJurisdiction } from './rules/rule-context.ts';
import { readWorkbook, type XlsxReadOptions } from './xlsx/from-xlsx.ts';
import { readXlsxRecord } from './xlsx/read-record.ts';
import { quote } from '../text/quote-value.ts';

export interface ReadRecord {
  result: EnvelopeResult;
  /** for .xlsx: data pointer → cell */
  locations?: Record<string, string>;
  /** for .xlsx: cells that did not fit their field, reported as they are (their fields are not checked again) */
  cellProblems?: FieldProblem[];
  atFault?: Set<string>;
}

/** `error`: the file as a whole could not be read (one Chinese sentence). */
export type FormFileRead = { records: ReadRecord[] } | { error: string };

export interface ReadFormFileOptions {
  /** the form the caller expects (`check`); without it a file's own form id is taken */
  expectedForm?: FormId;
  /** the rules of the jurisdiction an .xlsx names (its labels and extra fields decide the layout) */
  jurisdictionOf?: (id: string, formId: FormId) => FormJurisdiction | string;
}

const extensionOf = (name: string) => {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
};

/** The form id an .xlsx export names in its 表单标识 row (column D “#form”), if any. */
export function xlsxFormOf(bytes: Uint8Array): string | undefined {
  try {
    const main = readWorkbook(bytes)[0];
    const v = main?.rows.find((r) => r?.[3] === '#form')?.[1];
    return typeof v === 'string' ? v.trim() : undefined;
  } catch {
    return undefined;
  }
}

export function readFormFile(name: string, bytes: Uint8Array, options: ReadFormFileOptions = {}): FormFileRead {
  const { expectedForm, jurisdictionOf } = options;
  const ext = extensionOf(name);
  if (ext === '.json') return { records: parseEnvelopeBytes(bytes, expectedForm).map((result) => ({ result })) };
  if (ext === '.xlsx') {
    let formId = expectedForm;
    if (!formId) {
      const named = xlsxFormOf(bytes);
      if (named === undefined) {
        // Not an export of the site: let the reader of any form say why, in its words.
        const read = readXlsxRecord(forms['monthly-report'], bytes);
        if (!read.ok && read.problems.every((p) => p.where === '文件')) return { error: read.problems.map((p) => p.message).join('') };
        return { error: '这不是本站导出的表单 Excel 文件：第一张工作表中没有“表单标识”一行。' };
      }
      if (!isFormId(named)) {
        const got = parseEnvelope({ form: named, version: 1, jurisdiction: '-', data: {} });
        return { error: got.ok ? '' : got.problems[0]!.message };
      }
      formId = named;
    }
    const read = readXlsxRecord(forms[formId], bytes, (j) => {
      const rules = j && jurisdictionOf ? jurisdictionOf(j, formId) : undefined;
      const o = typeof rules === 'object' ? rules.formOptions : undefined;
      return { ...(o?.labels ? { labels: o.labels } : {}), ...(o?.extraFields ? { extraFields: o.extraFields } : {}) } satisfies XlsxReadOptions;
    });
    if (!read.ok) {
      if (read.problems.every((p) => p.where === '文件')) return { error: read.problems.map((p) => p.message).join('') };
      return { records: [{ result: { ok: false, problems: read.problems.map((p) => ({ pointer: '', code: 'xlsx', message: `${p.where}：${p.message}` })) } }] };
    }
    // Like the page's import: the cells that could not be read, and every other problem of the record.
    const cellProblems = read.cellProblems.map((p) => ({ pointer: p.pointer ? `/data${p.pointer}` : '', code: 'xlsx', message: `${p.message}（${p.where}）` }));
    return { records: [{ result: parseEnvelope(read.envelope, formId), locations: read.locations, cellProblems, atFault: read.atFault }] };
  }
  return { error: `不支持 ${quote(ext || '无扩展名')} 文件：只能检查本站导出的 .json 或 .xlsx 文件。` };
}

/** The cell of a pointer or of its nearest ancestor that has one. */
export function cellOf(locations: Record<string, string> | undefined, pointer: string): string | undefined {
  for (let p = pointer; locations && p !== ''; p = p.slice(0, p.lastIndexOf('/'))) if (locations[p]) return locations[p];
  return undefined;
}
