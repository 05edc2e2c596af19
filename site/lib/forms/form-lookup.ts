/**
 * Form definitions by id for code that must not import every schema (the
 * browser): form-registry.ts registers all forms when it is loaded (CLI,
 * build, tests); elsewhere callers pass a FormDefinition instead of an id.
 *
 * Exports: registerForms, registeredForm.
 */
import type { FormId } from './form-catalogue.ts';
import type { FormDefinition } from './form-registry.ts';

const registered = new Map<FormId, FormDefinition>();

export function registerForms(definitions: Iterable<FormDefinition>): void {
  for (const d of definitions) registered.set(d.id, d);
}

export function registeredForm(id: FormId): FormDefinition {
  const d = registered.get(id);
  if (!d) throw new Error(`表单 ${id} 的定义未加载：请传入 FormDefinition（用 defineForm 由页面的 schema 生成），或先导入 form-registry.ts。`);
  return d;
}
