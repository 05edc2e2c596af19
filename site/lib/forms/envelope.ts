/**
 * The exported file of a filled-in form (DESIGN.md):
 *   {"form": "<form-id>", "version": <x-form-version>, "jurisdiction": "<id>", "data": {…}}
 * A .json file may also hold an array of such envelopes (several records).
 * Reading checks the envelope itself — right form, known version, data
 * present — with Chinese messages, and migrates older versions.
 *
 * Stable exports:
 *   FormEnvelope, buildEnvelope(formId, jurisdiction, data),
 *   parseEnvelope(value, expectedForm?) → EnvelopeResult,
 *   parseEnvelopeJson(text, expectedForm?) → EnvelopeResult[] (one per record),
 *   parseEnvelopeBytes(bytes, expectedForm?) → the same, refusing a file that is not UTF-8,
 *   migrations.
 */
import type { FieldProblem } from '../validation/format-errors.ts';
import { hint } from '../text/did-you-mean.ts';
import { formCatalogue as forms, formIds, formTitle, isFormId, type FormId } from './form-catalogue.ts';
import { migrations } from './form-migrations.ts';
import { quote } from '../text/quote-value.ts';

export interface FormEnvelope<T = Record<string, unknown>> {
  form: FormId;
  version: number;
  jurisdiction: string;
  data: T;
}

export type EnvelopeResult = { ok: true; envelope: FormEnvelope; migratedFrom?: number } | { ok: false; problems: FieldProblem[] };

/** Per form, the steps from version n to n + 1 (form-migrations.ts); re-exported, as before. */
export { migrations };

export function buildEnvelope<T>(formId: FormId, jurisdiction: string, data: T): FormEnvelope<T> {
  return { form: formId, version: forms[formId].version, jurisdiction, data };
}

const fail = (pointer: string, code: string, message: string): EnvelopeResult => ({ ok: false, problems: [{ pointer, code, message }] });

export function parseEnvelope(value: unknown, expectedForm?: FormId): EnvelopeResult {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return fail('', 'not-an-envelope', '这不是本站导出的表单文件：应为一个包含 form、version、jurisdiction、data 的 JSON 对象。');
  }
  const v = value as Record<string, unknown>;
  const unknownKeys = Object.keys(v).filter((k) => !['form', 'version', 'jurisdiction', 'data'].includes(k));
  if (typeof v.form !== 'string') return fail('/form', 'missing-form', '文件没有注明是哪张表（缺少 form）。');
  if (!isFormId(v.form)) {
    return fail('/form', 'unknown-form', `文件中的表单标识 ${quote(v.form)} 不是本站的表单。${hint(v.form, formIds) || `本站表单：${formIds.join('、')}。`}`);
  }
  if (expectedForm && v.form !== expectedForm) {
    return fail('/form', 'wrong-form', `这是“${formTitle(v.form)}”（${v.form}）的文件，不是“${formTitle(expectedForm)}”（${expectedForm}）。`);
  }
  const form = forms[v.form];
  if (typeof v.version !== 'number' || !Number.isInteger(v.version) || v.version < 1) {
    return fail('/version', 'bad-version', `文件的表单版本（version）应为正整数，实际是 ${JSON.stringify(v.version)}。`);
  }
  if (v.version > form.version) {
    return fail('/version', 'newer-version', `文件由较新版本的“${form.title}”（第 ${v.version} 版）导出，本站只认识到第 ${form.version} 版。请使用更新后的网站或命令行工具。`);
  }
  if (typeof v.jurisdiction !== 'string' || v.jurisdiction === '') return fail('/jurisdiction', 'missing-jurisdiction', '文件没有注明所属辖区（缺少 jurisdiction）。');
  if (!('data' in v) || v.data === null || v.data === undefined) return fail('/data', 'missing-data', '文件缺少表单数据（data）。');
  if (typeof v.data !== 'object' || Array.isArray(v.data)) return fail('/data', 'bad-data', '文件中的表单数据（data）应为一组字段（JSON 对象）。');
  if (unknownKeys.length) return fail(`/${unknownKeys[0]}`, 'unknown-key', `文件中有不认识的项 ${quote(unknownKeys[0])}；表单文件只含 form、version、jurisdiction、data。`);
  let data = v.data as Record<string, unknown>;
  for (let n = v.version; n < form.version; n++) {
    const step = migrations[form.id]?.[n];
    if (!step) return fail('/version', 'no-migration', `无法把第 ${n} 版的“${form.title}”升级到第 ${n + 1} 版。`);
    try {
      // On a copy: a step that fails halfway must not leave the caller's value half-moved.
      data = step(structuredClone(data));
    } catch {
      return fail('/version', 'migration-failed', `把第 ${n} 版的“${form.title}”升级到第 ${n + 1} 版时出错，文件没有改动；请用导出它的网站版本打开，或联系维护者。`);
    }
  }
  const envelope: FormEnvelope = { form: form.id, version: form.version, jurisdiction: v.jurisdiction, data };
  return v.version < form.version ? { ok: true, envelope, migratedFrom: v.version } : { ok: true, envelope };
}

const notUtf8 = () =>
  fail(
    '',
    'not-utf8',
    '文件不是 UTF-8 编码（可能是 GBK，例如用记事本或 WPS 另存时选了“ANSI”），读进来的中文会是乱码，因此没有导入。请使用本站导出的原文件，或在记事本中“另存为”并把编码选为“UTF-8”后再试。',
  );

/**
 * A .json file's text: one envelope, or an array of envelopes (one result per
 * record). Text decoded leniently (Node's readFileSync 'utf8', File.text())
 * carries U+FFFD where the bytes were not UTF-8: refused rather than imported
 * as a garbled draft.
 */
export function parseEnvelopeJson(text: string, expectedForm?: FormId): EnvelopeResult[] {
  if (text.includes('\uFFFD')) return [notUtf8()];
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const m = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    const where = m ? `（第 ${text.slice(0, Number(m[1])).split('\n').length} 行附近）` : '';
    return [fail('', 'bad-json', `文件不是有效的 JSON${where}，可能已损坏或不是本站导出的文件。`)];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [fail('', 'empty', '文件中没有任何记录（空列表）。')];
    return value.map((v) => parseEnvelope(v, expectedForm));
  }
  return [parseEnvelope(value, expectedForm)];
}

/** A .json file's bytes: like parseEnvelopeJson, decoding strictly (a GBK file is refused, not garbled). */
export function parseEnvelopeBytes(bytes: Uint8Array, expectedForm?: FormId): EnvelopeResult[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return [notUtf8()];
  }
  return parseEnvelopeJson(text, expectedForm);
}
