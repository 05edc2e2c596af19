/**
 * Checks a jurisdiction's `formOptions` against the form schemas: every field
 * path in `labels` and `required` must name a field of that form (a typo would
 * otherwise silently do nothing), and extra field keys must be unique. Used by
 * `baoxue validate` (site/lib/config/cross-rules.ts); imports every schema, so
 * build and CLI only.
 *
 * Exports: formOptionProblems.
 */
import { hint } from '../text/did-you-mean.ts';
import { createRegistry, schemaAt } from '../validation/schema-walk.ts';
import { fieldPath } from './field-label.ts';
import { forms, isFormId, type Schema } from './form-registry.ts';
import type { FormOptionsByForm } from './form-options.ts';
import { quote } from '../text/quote-value.ts';

export interface OptionProblem {
  pointer: string;
  /** set when the problem is an object key (a field path in `labels`) */
  key?: string;
  code: string;
  message: string;
}

/** Every field path of a form (pointers without indices), for existence checks and hints. */
function fieldPaths(schema: Schema): string[] {
  const out: string[] = [];
  const registry = createRegistry([schema]);
  const walk = (pointer: string, probe: string) => {
    const s = schemaAt(schema, probe, registry);
    if (!s) return;
    if (pointer !== '') out.push(pointer);
    if (s.type === 'array') return walk(pointer, `${probe}/0`);
    for (const k of Object.keys((s.properties as Record<string, unknown> | undefined) ?? {})) walk(`${pointer}/${k}`, `${probe}/${k}`);
  };
  walk('', '');
  return out;
}

export function formOptionProblems(options: FormOptionsByForm | undefined): OptionProblem[] {
  const out: OptionProblem[] = [];
  for (const [formId, o] of Object.entries(options ?? {})) {
    if (!isFormId(formId)) continue; // the schema reports unknown form ids
    const form = forms[formId];
    const known = new Set(fieldPaths(form.schema).map(fieldPath));
    const extraKeys = (o.extraFields ?? []).map((f) => `/extra/${f.key}`);
    const exists = (p: string) => known.has(p) || extraKeys.includes(p);
    const explain = (p: string) => `“${form.title}”没有字段 ${quote(p)}。${hint(p, [...known, ...extraKeys])}`;
    for (const p of Object.keys(o.labels ?? {})) {
      if (!exists(p)) out.push({ pointer: `/formOptions/${formId}/labels`, key: p, code: 'unknown-form-field', message: explain(p) });
    }
    (o.required ?? []).forEach((p, i) => {
      if (!exists(p)) out.push({ pointer: `/formOptions/${formId}/required/${i}`, code: 'unknown-form-field', message: explain(p) });
    });
    const seen = new Map<string, number>();
    (o.extraFields ?? []).forEach((f, i) => {
      if (seen.has(f.key)) out.push({ pointer: `/formOptions/${formId}/extraFields/${i}/key`, code: 'duplicate-key', message: `补充字段 ${quote(f.key)} 重复（第 ${seen.get(f.key)! + 1} 项已写过）。` });
      seen.set(f.key, i);
    });
  }
  return out;
}
