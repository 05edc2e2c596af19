/**
 * The form page's bridge to the shared form modules in site/lib/forms
 * (envelope, customValidate, xlsx). Envelope, Excel and import code are
 * imported on first use (export, import, opening an old draft), so they
 * never weigh on the page's initial JavaScript.
 */
import type { CustomValidator } from '@rjsf/utils';
import type { FormDefinition } from '../../lib/forms/form-registry.ts';
import type { LabelOverrides } from '../../lib/forms/field-label.ts';
import type { ExtraField } from '../../lib/forms/form-options.ts';
import { createCustomValidate } from '../../lib/forms/custom-validate.ts';
import type { Migrations } from '../../lib/drafts/upgrade-draft.ts';
import type { FormJurisdiction } from '../../lib/forms/rules/rule-context.ts';
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
  /** the file's jurisdiction, when it is another one of this site's: the page asks before importing */
  otherJurisdiction?: { id: string; name: string };
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
  /** the page's jurisdiction's name, as the messages call it */
  jurisdictionName?: string;
  /**
   * this site's jurisdictions that have this form, id → name (the page's own included); asked for only
   * when a file names another jurisdiction, and may fail (offline before the list was ever fetched).
   * Unset, import-file.ts fetches the site's list.
   */
  knownJurisdictions?: () => Promise<Record<string, string>>;
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

/** Read a .json envelope (first record) or an .xlsx in the site's layout; loaded on first import. */
export async function importFile(io: FormContextForIo, file: File): Promise<ImportResult> {
  return (await import('./import-file.ts')).importFile(io, file);
}
