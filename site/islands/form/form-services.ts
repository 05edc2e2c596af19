/**
 * The form page's bridge to the shared form modules in site/lib/forms
 * (envelope, customValidate, xlsx). Envelope and Excel code are imported on
 * first use (export, import, opening an old draft), so they never weigh on
 * the page's initial JavaScript.
 */
import type { CustomValidator } from '@rjsf/utils';
import type { FormDefinition } from '../../lib/forms/form-registry.ts';
import type { LabelOverrides } from '../../lib/forms/field-label.ts';
import type { ExtraField } from '../../lib/forms/form-options.ts';
import { createCustomValidate } from '../../lib/forms/custom-validate.ts';
import type { EnvelopeResult } from '../../lib/forms/envelope.ts';
import type { Migrations } from '../../lib/drafts/upgrade-draft.ts';
import type { FormJurisdiction } from '../../lib/forms/rules/rule-context.ts';
import { validateRecord } from '../../lib/forms/validate-record.ts';
import type { ValidateFunction } from '../../lib/validation/types.ts';

export interface ImportProblem {
  /** 工作表“…” 第3行 C列“劝返日期”, a field's label, or the file name */
  where?: string;
  message: string;
}

export interface ImportResult {
  /** undefined when nothing could be imported */
  data?: Record<string, unknown>;
  /** set when the file came from an older form version and was converted */
  migratedFrom?: number;
  problems: ImportProblem[];
}

export interface FormContextForIo {
  form: FormDefinition;
  jurisdiction: string;
  labels?: LabelOverrides;
  extraFields?: ExtraField[];
  /** the jurisdiction's rules, to check imported records as the form does */
  rules?: FormJurisdiction | null;
  /** the form's precompiled validator functions, once loaded */
  validateFns?: Record<string, ValidateFunction>;
}

const envelopeModule = () => import('../../lib/forms/envelope.ts');

export async function buildEnvelopeJson(form: FormDefinition, jurisdiction: string, data: unknown, version = form.version): Promise<string> {
  const { buildEnvelope } = await envelopeModule();
  return `${JSON.stringify({ ...buildEnvelope(form.id, jurisdiction, data), version }, null, 2)}\n`;
}

/** The form's data migrations (needed only to open a draft saved under an older version). */
export async function loadMigrations(form: FormDefinition): Promise<Migrations | undefined> {
  return (await envelopeModule()).migrations[form.id] as Migrations | undefined;
}

/** rjsf customValidate with the jurisdiction's categories and form options; "today" is the user's local date. */
export function customValidateFor(form: FormDefinition, jurisdiction: FormJurisdiction | null | undefined): CustomValidator {
  return createCustomValidate(form, { jurisdiction: jurisdiction ?? null }) as CustomValidator;
}

export async function exportXlsx(io: FormContextForIo, data: unknown): Promise<Uint8Array<ArrayBuffer>> {
  const [{ toXlsx }, { buildEnvelope }] = await Promise.all([import('../../lib/forms/xlsx/to-xlsx.ts'), envelopeModule()]);
  return toXlsx(io.form, buildEnvelope(io.form.id, io.jurisdiction, data), { labels: io.labels ?? {}, extraFields: io.extraFields ?? [] });
}

function fromEnvelope(io: FormContextForIo, result: EnvelopeResult, where: string, locations: Record<string, string> = {}): ImportResult {
  if (!result.ok) {
    return { problems: result.problems.map((p) => ({ where: locations[p.pointer] ?? where, message: p.message })) };
  }
  // The record is imported even when it has problems (the user fixes them in the form); they are listed by cell or field.
  const problems = io.validateFns ? validateRecord(io.form, result.envelope.data, io.validateFns, { jurisdiction: io.rules ?? null }) : [];
  const out: ImportResult = {
    data: result.envelope.data,
    problems: problems.map((p) => {
      const cell = locations[p.pointer];
      return cell ? { where: cell, message: p.message } : { message: p.message };
    }),
  };
  if (result.migratedFrom) out.migratedFrom = result.migratedFrom;
  return out;
}

/** Read a .json envelope (first record) or an .xlsx in the site's layout. */
export async function importFile(io: FormContextForIo, file: File): Promise<ImportResult> {
  const { parseEnvelope, parseEnvelopeJson } = await envelopeModule();
  if (/\.xlsx$/i.test(file.name)) {
    const { fromXlsx } = await import('../../lib/forms/xlsx/from-xlsx.ts');
    const read = fromXlsx(io.form, new Uint8Array(await file.arrayBuffer()), { labels: io.labels ?? {}, extraFields: io.extraFields ?? [] });
    if (!read.ok) return { problems: read.problems.map((p) => ({ where: p.where, message: p.message })) };
    return fromEnvelope(io, parseEnvelope(read.envelope, io.form.id), file.name, read.locations);
  }
  const results = parseEnvelopeJson(await file.text(), io.form.id);
  const first = results[0]!;
  const out = fromEnvelope(io, first, file.name);
  if (results.length > 1) out.problems.push({ where: file.name, message: `文件中有 ${results.length} 条记录，只导入了第 1 条。` });
  return out;
}
