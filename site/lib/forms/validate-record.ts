/**
 * One record checked completely: the precompiled schema validator first, then
 * the rules (custom-validate.ts). A rule problem at a field that already has a
 * schema problem is dropped — a 身份证号 of the wrong length needs no check
 * digit complaint on top. Problems come in form order (field-order.ts), as the
 * page lists them.
 *
 * Stable exports: validateRecord(form, data, validateFns, options) → FieldProblem[]
 * (`form`: a FormDefinition, or an id once form-registry.ts is loaded).
 */
import type { FieldProblem } from '../validation/format-errors.ts';
import type { ValidateFunction } from '../validation/types.ts';
import { formLabels, ruleProblems, type FormCheckOptions } from './custom-validate.ts';
import type { FormDefinition } from './form-registry.ts';
import type { FormId } from './form-catalogue.ts';
import { registeredForm } from './form-lookup.ts';
import { schemaProblems } from './schema-errors.ts';
import { sortByFormOrder } from './field-order.ts';


export function validateRecord(
  formOrId: FormId | FormDefinition,
  data: unknown,
  validateFns: Record<string, ValidateFunction>,
  options: FormCheckOptions = {},
): FieldProblem[] {
  const form = typeof formOrId === 'string' ? registeredForm(formOrId) : formOrId;
  const formId = form.id;
  const validate = validateFns[form.schema.$id];
  if (!validate) throw new Error(`找不到表单 ${formId} 的校验器，请先运行 npm run generate。`);
  const ok = validate(data);
  const rules = ruleProblems(form, data, ok ? { ...options, schemaValid: true } : options);
  // The fast path of a valid record: nothing to word, merge or sort.
  if (ok && !rules.length) return rules;
  const schema = ok ? [] : schemaProblems(form, validate.errors, data, formLabels(form, options.jurisdiction));
  const flagged = new Set(schema.map((p) => p.pointer));
  const kept = rules.filter((p) => !flagged.has(p.pointer));
  return sortByFormOrder(form.schema, form.uiSchema, [...schema, ...kept], (p) => p.pointer);
}
