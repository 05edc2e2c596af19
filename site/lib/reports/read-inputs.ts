/**
 * The files a county collected, read and checked record by record exactly as
 * `baoxue check` would (readFormFile + checkReadRecord) under the rules of the
 * jurisdiction being summarised. Valid records go on to the summary; every
 * problem is kept with its file, record and field — nothing is skipped
 * silently. Forms that are not part of the county's summary (目标责任书) are
 * listed too, so a clerk sees why a file did not count.
 *
 * Exports: readInputs(files, jurisdiction, options) → ReadInputs.
 */
import type { ResolvedJurisdiction } from '../config/resolve.ts';
import { applyJurisdiction } from '../forms/apply-jurisdiction.ts';
import { checkReadRecord } from '../forms/check-read-record.ts';
import { formTitle, type FormId } from '../forms/form-catalogue.ts';
import { readFormFile } from '../forms/read-form-file.ts';
import type { FormJurisdiction } from '../forms/rules/rule-context.ts';
import { reportForms, type FormValidators, type InputFile, type InvalidEntry, type ReportFormId, type ValidRecord } from './aggregate-types.ts';

export interface ReadInputs {
  valid: ValidRecord[];
  invalid: InvalidEntry[];
  /** records read per form (valid or not) */
  byForm: Partial<Record<FormId, number>>;
  records: number;
  invalidRecords: number;
  /** records naming another jurisdiction than the one summarised */
  otherJurisdiction: { file: string; record: number; jurisdiction: string }[];
}

const isReportForm = (id: string): id is ReportFormId => (reportForms as readonly string[]).includes(id);

export function readInputs(files: InputFile[], jurisdiction: ResolvedJurisdiction, options: { today: string; validators: FormValidators }): ReadInputs {
  const out: ReadInputs = { valid: [], invalid: [], byForm: {}, records: 0, invalidRecords: 0, otherJurisdiction: [] };
  const rulesByForm = new Map<FormId, FormJurisdiction>();
  const rulesOf = (formId: FormId) => {
    if (!rulesByForm.has(formId)) rulesByForm.set(formId, applyJurisdiction(formId, jurisdiction).rules);
    return rulesByForm.get(formId)!;
  };
  for (const file of files) {
    // The layout of an .xlsx follows the jurisdiction's labels and extra fields: those of the summarised one.
    const read = readFormFile(file.name, file.bytes, { jurisdictionOf: (_, formId) => rulesOf(formId) });
    if ('error' in read) {
      out.invalid.push({ file: file.name, record: null, pointer: '', message: read.error });
      continue;
    }
    read.records.forEach((record, i) => {
      out.records++;
      const n = i + 1;
      const fail = (pointer: string, message: string) => out.invalid.push({ file: file.name, record: n, pointer, message });
      if (!record.result.ok) {
        out.invalidRecords++;
        for (const p of [...(record.cellProblems ?? []), ...record.result.problems]) fail(p.pointer, p.message);
        return;
      }
      const formId = record.result.envelope.form;
      out.byForm[formId] = (out.byForm[formId] ?? 0) + 1;
      if (!isReportForm(formId)) {
        out.invalidRecords++;
        fail('/form', `这是“${formTitle(formId)}”（${formId}），不是月报表或学生个案记录，汇总时不计入。`);
        return;
      }
      const fns = options.validators[formId];
      if (!fns) throw new Error(`缺少表单 ${formId} 的校验器。`);
      const checked = checkReadRecord(formId, record, fns, { today: options.today, jurisdictionOf: () => rulesOf(formId) });
      if (checked.problems.length || !checked.envelope) {
        out.invalidRecords++;
        for (const p of checked.problems) fail(p.pointer, p.message);
        return;
      }
      if (checked.envelope.jurisdiction !== jurisdiction.id) out.otherJurisdiction.push({ file: file.name, record: n, jurisdiction: checked.envelope.jurisdiction });
      out.valid.push({ file: file.name, record: n, envelope: checked.envelope });
    });
  }
  return out;
}
