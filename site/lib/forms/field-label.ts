/**
 * How a field is named in messages: its Chinese schema title (or the
 * jurisdiction's label override), with the repeat group and row in front for
 * array items, and with its group in front when another field of the form has
 * the same title — never a property key.
 *   /student/idNumber   → “身份证号”
 *   /attempts/1/date    → 劝返过程详细记录第2条的“劝返日期”
 *   /grades/7/dropouts  → 八年级的“辍学人数” (monthly-report names rows by grade)
 *   /household/county   → “户籍所在地”的“县（市、区）” (also under 学籍所在地, 现居住地)
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

interface TitledField {
  title: string;
  /** titles of the groups around the field, outermost first, up to the nearest repeat-group row */
  groups: string[];
}

/** Every field of the form (paths without indices; an array's item is no field of its own) with its title and groups. */
function titledFields(form: FormDefinition, labels: LabelOverrides | undefined): Map<string, TitledField> {
  const out = new Map<string, TitledField>();
  const registry = registryOf(form.schema);
  // A schema that refers to itself ($ref to an ancestor: a tree of records) is named once, at its first level.
  const ancestors = new Set<Schema>();
  const walk = (pointer: string, path: string, groups: string[], item = false) => {
    const s = schemaAt(form.schema, pointer, registry);
    if (!s || ancestors.has(s)) return;
    ancestors.add(s);
    const own = labels?.[path] ?? s.title;
    const title = typeof own === 'string' && !item ? own : undefined;
    if (pointer !== '' && title) out.set(path, { title, groups });
    if (s.type === 'object' && s.properties) {
      const inner = title && pointer !== '' ? [...groups, title] : groups;
      for (const k of Object.keys(s.properties)) walk(`${pointer}/${k}`, `${pointer === '' ? '' : path}/${k}`, inner);
    }
    // A row is named by its list (劝返过程详细记录第2条的), so the groups around the list are not needed inside it.
    if (s.type === 'array' && s.items && typeof s.items === 'object') walk(`${pointer}/0`, path, [], true);
    ancestors.delete(s);
  };
  walk('', '/', []);
  // The jurisdiction's extra fields exist only in its labels.
  for (const [path, title] of Object.entries(labels ?? {})) if (path.startsWith('/extra/')) out.set(path, { title, groups: [] });
  return out;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * For each field whose title another field of the form has too, the fewest
 * group titles (nearest first) that tell it apart: 户籍所在地 for the
 * 县（市、区） of 户籍所在地, beside those of 学籍所在地 and 现居住地.
 */
function qualifiersOf(form: FormDefinition, labels: LabelOverrides | undefined): Map<string, string[]> {
  const fields = titledFields(form, labels);
  const out = new Map<string, string[]>();
  for (const [path, field] of fields) {
    let others = [...fields].filter(([p, f]) => p !== path && f.title === field.title).map(([, f]) => f);
    let n = 0;
    while (others.length && n < field.groups.length) {
      n++;
      const chain = field.groups.slice(-n);
      others = others.filter((o) => same(o.groups.slice(-n), chain));
    }
    if (n) out.set(path, field.groups.slice(-n));
  }
  return out;
}

const noLabels: LabelOverrides = {};
const qualifierCache = new WeakMap<Schema, WeakMap<LabelOverrides, Map<string, string[]>>>();

function qualifiers(form: FormDefinition, labels: LabelOverrides = noLabels): Map<string, string[]> {
  let byLabels = qualifierCache.get(form.schema);
  if (!byLabels) qualifierCache.set(form.schema, (byLabels = new WeakMap()));
  let q = byLabels.get(labels);
  if (!q) byLabels.set(labels, (q = qualifiersOf(form, labels)));
  return q;
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
  const groups = (qualifiers(form, labels).get(fieldPath(pointer)) ?? []).map((g) => `“${g}”的`).join('');
  if (title) return `${prefix}${groups}“${title}”`;
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
