/**
 * How a field is named in messages: its Chinese schema title (or the
 * jurisdiction's label override), with the repeat group and row in front for
 * array items — never a property key.
 *   /student/idNumber   → “身份证号”
 *   /attempts/1/date    → 劝返过程详细记录第2条的“劝返日期”
 *   /grades/7/dropouts  → 第8年级的“辍学人数” (monthly-report names rows by grade)
 *
 * Exports: fieldPath, fieldLabel, titleOf, enumNamesAt, choiceName, LabelOverrides.
 */
import { createRegistry, schemaAt } from '../validation/schema-walk.ts';
import type { FormDefinition, Schema } from './form-registry.ts';
import { formCatalogue } from './form-catalogue.ts';

/** Label overrides keyed by field path (a pointer without array indices, e.g. /guardians/phone). */
export type LabelOverrides = Record<string, string>;

const decode = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');
const segmentsOf = (pointer: string) => (pointer === '' ? [] : pointer.slice(1).split('/').map(decode));

/** The pointer with array indices removed: the key for label overrides and extra-field rules. */
export const fieldPath = (pointer: string) => '/' + segmentsOf(pointer).filter((s) => !/^\d+$/.test(s)).join('/');

const registries = new WeakMap<Schema, ReturnType<typeof createRegistry>>();
const registryOf = (schema: Schema) => {
  let r = registries.get(schema);
  if (!r) registries.set(schema, (r = createRegistry([schema])));
  return r;
};

export function titleOf(form: FormDefinition, pointer: string, labels?: LabelOverrides): string | undefined {
  const override = labels?.[fieldPath(pointer)];
  if (override) return override;
  const s = schemaAt(form.schema, pointer, registryOf(form.schema));
  return typeof s?.title === 'string' ? s.title : undefined;
}

const valueAt = (data: unknown, segments: string[]) =>
  segments.reduce<unknown>((node, seg) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined), data);

/** The field's name for a message; `data` lets rows be named by their content. */
export function fieldLabel(form: FormDefinition, pointer: string, data?: unknown, labels?: LabelOverrides): string {
  const segs = segmentsOf(pointer);
  let prefix = '';
  for (let i = 0; i < segs.length; i++) {
    if (!/^\d+$/.test(segs[i]!)) continue;
    const arrayPointer = '/' + segs.slice(0, i).join('/');
    const index = Number(segs[i]);
    const rowName = (form.rowLabel ?? formCatalogue[form.id]?.rowLabel)?.(fieldPath(arrayPointer), valueAt(data, segs.slice(0, i + 1)), index);
    const isLast = i === segs.length - 1;
    const arrayTitle = titleOf(form, arrayPointer, labels) ?? '列表';
    // A list of plain values ends in an index: “本次送教教师”第3项.
    if (isLast) return `${prefix}“${arrayTitle}”第${index + 1}项`;
    prefix += rowName ? `${rowName}的` : `${arrayTitle}第${index + 1}条的`;
  }
  const title = titleOf(form, pointer, labels);
  if (title) return `${prefix}“${title}”`;
  return pointer === '' ? '本表' : `${prefix}字段 ${segs[segs.length - 1]}`;
}

/** The names the form shows for an enum field's values (uiSchema `ui:enumNames`), if any. */
export function enumNamesAt(form: FormDefinition, pointer: string): string[] | undefined {
  let ui: unknown = form.uiSchema;
  for (const seg of segmentsOf(pointer)) ui = ui && typeof ui === 'object' ? (ui as Record<string, unknown>)[/^\d+$/.test(seg) ? 'items' : seg] : undefined;
  const names = ui && typeof ui === 'object' ? (ui as Record<string, unknown>)['ui:enumNames'] : undefined;
  return Array.isArray(names) ? names.map(String) : undefined;
}

/** The name the form shows for one value of an enum field (九年义务教育巩固率 for consolidation-rate). */
export function choiceName(form: FormDefinition, pointer: string, value: unknown): string {
  const values = schemaAt(form.schema, pointer, registryOf(form.schema))?.enum;
  const i = Array.isArray(values) ? values.indexOf(value) : -1;
  return (i >= 0 && enumNamesAt(form, pointer)?.[i]) || String(value);
}
