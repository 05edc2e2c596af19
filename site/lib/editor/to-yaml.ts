/**
 * A config object as the YAML file a clerk would write: keys in the schema's
 * order (id, name, level, parent first, as in the shipped files), empty
 * values left out (a form leaves empty strings and lists behind), and each
 * top-level key preceded by a comment naming it in Chinese, so the file can be
 * read and edited by hand after it is downloaded. A text holding a
 * bidirectional control (a right-to-left override pasted from a web page) is
 * written double-quoted with the control as an escape (\u202E): the same
 * value for every YAML reader, and a file (or the editor's preview) whose
 * lines the override cannot reorder or disguise.
 */
import { Document, isMap, isPair, isScalar, Scalar, visit } from 'yaml';

type Json = unknown;

const bidiControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const bidiControlsAll = new RegExp(bidiControls.source, 'g');
export type SchemaNode = Record<string, unknown>;

/** `$ref`s followed inside one root schema (the editor's schema has every definition inlined). */
export function deref(schema: SchemaNode | undefined, root: SchemaNode): SchemaNode | undefined {
  let node = schema;
  for (let i = 0; node && typeof node.$ref === 'string' && i < 20; i++) {
    const path = (node.$ref as string).replace(/^#\//, '').split('/');
    const target = path.reduce<unknown>((n, seg) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[seg] : undefined), root) as SchemaNode | undefined;
    const { $ref: _r, ...siblings } = node;
    node = target ? { ...target, ...siblings } : undefined;
  }
  return node;
}

const isEmpty = (v: Json) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/** The value with keys in schema order and empty values removed, recursively. */
export function tidy(value: Json, schema: SchemaNode | undefined, root: SchemaNode): Json {
  const s = deref(schema, root);
  if (Array.isArray(value)) {
    const items = deref(s?.items as SchemaNode | undefined, root);
    return value.map((v) => tidy(v, items, root)).filter((v) => !isEmpty(v));
  }
  if (value && typeof value === 'object') {
    const props = (s?.properties ?? {}) as Record<string, SchemaNode>;
    const extra = deref(typeof s?.additionalProperties === 'object' ? (s.additionalProperties as SchemaNode) : undefined, root);
    const known = Object.keys(props);
    const keys = [...known.filter((k) => k in (value as object)), ...Object.keys(value).filter((k) => !known.includes(k))];
    const out: Record<string, Json> = {};
    for (const k of keys) {
      const v = tidy((value as Record<string, Json>)[k], props[k] ?? extra, root);
      if (!isEmpty(v)) out[k] = v;
    }
    return out;
  }
  return typeof value === 'string' ? value.trim() : value;
}

export interface ToYamlOptions {
  /** first lines of the file, as comments */
  header?: string[];
}

export function toYaml(value: Json, schema: SchemaNode, options: ToYamlOptions = {}): string {
  const data = tidy(value, schema, schema);
  const doc = new Document(data);
  const props = (schema.properties ?? {}) as Record<string, SchemaNode>;
  if (isMap(doc.contents)) {
    doc.contents.items.forEach((pair, i) => {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const p = deref(props[String(pair.key.value)], schema);
      const title = typeof p?.title === 'string' ? p.title : undefined;
      // Scalars at the top (id, name, level) explain themselves on one line; lists and groups get a heading.
      if (title && i > 0 && !isScalar(pair.value)) pair.key.commentBefore = ` ${title}`;
    });
  }
  if (options.header?.length) doc.commentBefore = options.header.map((l) => ` ${l}`).join('\n');
  let escaped = false;
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && bidiControls.test(node.value)) (node.type = Scalar.QUOTE_DOUBLE), (escaped = true);
    },
  });
  const text = doc.toString({ lineWidth: 0, indentSeq: true });
  // Only double-quoted scalars hold these characters now, where \uXXXX is an escape of the same character.
  return escaped ? text.replace(bidiControlsAll, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`) : text;
}
