/**
 * The editor form's uiSchema, derived from the schema: free texts (a duty, an
 * action, a note) get a text area, since clause texts run to several lines;
 * short values (ids, names, numbers) keep a one-line input.
 */
import { deref, type SchemaNode } from './to-yaml.ts';

type Ui = Record<string, unknown>;

const longTextKeys = new Set(['text', 'action', 'summary', 'note', 'afterText', 'description', 'evidenceNote', 'next']);

export function editorUiSchema(schema: SchemaNode): Ui {
  // Depth-bounded: a recursive definition (none in the jurisdiction schema today) must not loop.
  const walk = (node: SchemaNode | undefined, key: string | undefined, depth = 0): Ui | undefined => {
    const s = deref(node, schema);
    if (!s || depth > 12) return undefined;
    if (s.type === 'string' && !s.enum && key && longTextKeys.has(key)) return { 'ui:widget': 'textarea', 'ui:options': { rows: 3 } };
    if (Array.isArray(s.enum)) {
      // A field's own description ("辖区的行政层级。") may hide its definition's, which names the values.
      const definition = node && typeof node.$ref === 'string' ? deref({ $ref: node.$ref }, schema) : undefined;
      const names = enumNames(s) ?? (definition ? enumNames(definition) : undefined);
      if (names) return { 'ui:enumNames': names };
    }
    if (s.type === 'array' && s.items) {
      const items = walk(s.items as SchemaNode, key, depth + 1);
      return items ? { items } : undefined;
    }
    if (s.properties) {
      const out: Ui = {};
      for (const [k, v] of Object.entries(s.properties as Record<string, SchemaNode>)) {
        const u = walk(v, k, depth + 1);
        if (u) out[k] = u;
      }
      return Object.keys(out).length ? out : undefined;
    }
    return undefined;
  };
  return walk(schema, undefined) ?? {};
}

/**
 * Chinese names for an enum's values: the schema's `x-enum-labels` (value → 名称) when it has one,
 * else the names its description gives after each value ("county 县级（含县级市、区），town 乡镇").
 * A value left unnamed keeps the whole list as it is (rjsf then shows the values).
 */
export function enumNames(s: SchemaNode): string[] | undefined {
  const values = (s.enum as unknown[]).map(String);
  const labels = s['x-enum-labels'] as Record<string, string> | undefined;
  if (labels && values.every((v) => labels[v])) return values.map((v) => `${labels[v]}（${v}）`);
  const text = typeof s.description === 'string' ? s.description : '';
  const escape = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = values.map((v) => {
    const m = new RegExp(`(?:^|[\\s：:，,；;“"])${escape(v)}[”"]?\\s*[：:]?\\s*([^\\s，,；;。（(]+)`).exec(text);
    return m?.[1];
  });
  return names.every(Boolean) ? names.map((n, i) => `${n}（${values[i]}）`) : undefined;
}

/** The form field of a JSON pointer, as rjsf names it with idPrefix `e` (`/targets/0/value` → `e_targets_0_value`). */
export const editorFieldId = (pointer: string) => ['e', ...pointer.split('/').slice(1)].join('_');
