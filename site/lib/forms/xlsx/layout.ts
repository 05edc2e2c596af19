/**
 * The site's Excel layout of a form record, derived from the schema:
 *
 * - Sheet 1, named after the form (e.g. 辍学学生登记表), lists every field that
 *   is not in a repeat group, one per row, in four columns:
 *     A 字段 (the Chinese title, with its group: 学生基本信息 / 身份证号)
 *     B 值   (the value)
 *     C 说明 (the field's description, to help whoever fills it in)
 *     D 标识 (the field's JSON pointer, e.g. /student/idNumber; import uses it)
 *   Rows 2–4 carry the envelope: 表单标识 (#form), 表单版本 (#version), 辖区 (#jurisdiction).
 * - One more sheet per repeat group (a top-level list), named after the list's
 *   title (劝返过程详细记录, 监护人 …): row 1 has the column titles, each
 *   further row is one item. A list of plain values (责任内容) has one column.
 *   Lists of plain values inside an item (本次送教教师, 送教内容领域) go in one
 *   cell, separated by “、”.
 *
 * Values: text as text cells, numbers as numbers, yes/no as “是”/“否”, dates
 * as YYYY-MM-DD text. Empty cells mean "not filled" (the field stays absent).
 *
 * Exports: SheetLayout, FieldRow, GroupSheet, Column, LeafType, formLayout, sheetNameOf, columnLetter.
 */
import { fieldPath, type LabelOverrides } from '../field-label.ts';
import type { FormDefinition, Schema } from '../form-registry.ts';
import type { ExtraField } from '../form-options.ts';

/** Separator for lists of plain values kept in one cell. */
export const listSeparator = '、';

export type LeafType = 'string' | 'integer' | 'number' | 'boolean' | 'string-list' | 'unknown';

export interface FieldRow {
  pointer: string;
  label: string;
  /** the label with the schema's own titles, accepted on import too */
  schemaLabel: string;
  description: string;
  type: LeafType;
}

export interface Column {
  key: string;
  title: string;
  /** the schema's own title, accepted on import too (as is the key) */
  schemaTitle: string;
  description: string;
  type: LeafType;
}

export interface GroupSheet {
  /** pointer of the list, e.g. /attempts */
  pointer: string;
  sheetName: string;
  /** columns of an item; a list of plain values has one column with key '' */
  columns: Column[];
  plain: boolean;
}

export interface SheetLayout {
  mainSheet: string;
  fields: FieldRow[];
  groups: GroupSheet[];
}

const deref = (root: Schema, node: Schema): Schema => {
  const ref = node.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
    const target = ((root.$defs as Record<string, Schema> | undefined) ?? {})[ref.slice(8)] ?? {};
    return { ...deref(root, target), ...node, $ref: undefined };
  }
  return node;
};

function leafType(root: Schema, node: Schema): LeafType {
  const t = node.type;
  if (t === 'string' || t === 'integer' || t === 'number' || t === 'boolean') return t;
  if (t === 'array') {
    const items = deref(root, (node.items as Schema | undefined) ?? {});
    if (items.type === 'string') return 'string-list';
  }
  return 'unknown';
}

/** Excel forbids []:*?/\ in sheet names and allows at most 31 characters. */
export const sheetNameOf = (title: string, taken: Set<string>): string => {
  const base = title.replace(/[[\]:*?/\\]/g, '·').slice(0, 31) || '工作表';
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 28)}(${i})`;
  taken.add(name);
  return name;
};

export { columnLetter } from '../../xlsx/xml-escape.ts';

const titleFor = (node: Schema, pointer: string, labels: LabelOverrides | undefined, fallback: string) =>
  labels?.[fieldPath(pointer)] ?? (typeof node.title === 'string' ? node.title : fallback);

/**
 * The layout for one form; `extraFields` (the jurisdiction's) and the keys
 * already present in `data.extra` become rows 本地补充字段 / <title>.
 */
export function formLayout(form: FormDefinition, options: { labels?: LabelOverrides; extraFields?: ExtraField[]; extraKeys?: string[] } = {}): SheetLayout {
  const root = form.schema;
  const taken = new Set<string>();
  const mainSheet = sheetNameOf(form.title, taken);
  const fields: FieldRow[] = [];
  const groups: GroupSheet[] = [];
  const labels = options.labels;

  const visit = (node0: Schema, pointer: string, path: string[], schemaPath: string[]) => {
    const node = deref(root, node0);
    const key = pointer.split('/').pop() ?? '';
    const title = titleFor(node, pointer, labels, key);
    const schemaTitle = titleFor(node, pointer, undefined, key);
    if (pointer === '/extra') {
      const defs = options.extraFields ?? [];
      const keys = [...defs.map((f) => f.key), ...(options.extraKeys ?? []).filter((k) => !defs.some((f) => f.key === k))];
      for (const k of keys) {
        const def = defs.find((f) => f.key === k);
        fields.push({
          pointer: `/extra/${k}`,
          label: [...path, title, def?.title ?? k].join(' / '),
          schemaLabel: [...schemaPath, schemaTitle, def?.title ?? k].join(' / '),
          description: def?.description ?? '',
          type: def ? (def.type === 'date' ? 'string' : def.type) : 'unknown',
        });
      }
      return;
    }
    if (node.type === 'object' && node.properties) {
      for (const [k, s] of Object.entries(node.properties as Record<string, Schema>)) {
        visit(s, `${pointer}/${k}`, pointer === '' ? [] : [...path, title], pointer === '' ? [] : [...schemaPath, schemaTitle]);
      }
      return;
    }
    if (node.type === 'array' && pointer.split('/').length === 2) {
      const items = deref(root, (node.items as Schema | undefined) ?? {});
      const plain = items.type !== 'object';
      const columns: Column[] = plain
        ? [{ key: '', title, schemaTitle, description: typeof node.description === 'string' ? node.description : '', type: leafType(root, items) }]
        : Object.entries((items.properties as Record<string, Schema>) ?? {}).map(([k, s0]) => {
            const s = deref(root, s0);
            return {
              key: k,
              title: titleFor(s, `${pointer}/0/${k}`, labels, k),
              schemaTitle: titleFor(s, `${pointer}/0/${k}`, undefined, k),
              description: typeof s.description === 'string' ? s.description : '',
              type: leafType(root, s),
            };
          });
      groups.push({ pointer, sheetName: sheetNameOf(title, taken), columns, plain });
      return;
    }
    fields.push({
      pointer,
      label: [...path, title].join(' / '),
      schemaLabel: [...schemaPath, schemaTitle].join(' / '),
      description: typeof node.description === 'string' ? node.description : '',
      type: leafType(root, node),
    });
  };
  visit(root, '', [], []);
  return { mainSheet, fields, groups };
}
