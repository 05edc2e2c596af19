/**
 * One config schema with every schema it references (across files) inlined
 * under `$defs`, so that a consumer which resolves `$ref` only inside its root
 * schema — rjsf, rendering the jurisdiction schema in the config editor — sees
 * the same definitions the CLI validates against.
 *
 * `other.schema.json#/$defs/x` becomes `#/$defs/schema-other/$defs/x` (a key no
 * schema of ours uses for its own definitions); refs local to an inlined file
 * are rewritten to point inside its copy.
 */
type Json = unknown;
type Schema = Record<string, Json> & { $id?: string };

const fileOf = (id: string) => id.replace(/^.*\//, '');
const keyOf = (file: string) => `schema-${file.replace(/\.schema\.json$/, '')}`;

export function bundleSchema(root: Schema, all: Schema[], bundledId: string): Schema {
  const byFile = new Map(all.map((s) => [fileOf(s.$id ?? ''), s]));
  const inlined = new Map<string, Schema>();

  /** `ref` as seen from the file `from` (null for the root), rewritten for the bundle. */
  const rewrite = (ref: string, from: string | null): string => {
    const [file, fragment = ''] = ref.split('#');
    const target = file ? fileOf(file) : from;
    if (target === null) return ref;
    if (target === fileOf(root.$id ?? '')) return `#${fragment}`;
    if (!byFile.has(target)) throw new Error(`bundleSchema: ${ref} refers to an unknown schema file ${target}`);
    include(target);
    return `#/$defs/${keyOf(target)}${fragment}`;
  };

  const copy = (node: Json, from: string | null): Json => {
    if (Array.isArray(node)) return node.map((n) => copy(n, from));
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out[k] = rewrite(v, from);
      else out[k] = copy(v, from);
    }
    return out;
  };

  function include(file: string) {
    if (inlined.has(file)) return;
    const placeholder: Schema = {};
    inlined.set(file, placeholder);
    const { $id: _id, $schema: _s, ...rest } = byFile.get(file)!;
    Object.assign(placeholder, copy(rest, file));
  }

  const { $id: _id, ...rest } = root;
  const body = copy(rest, null) as Schema;
  const defs = { ...((body.$defs as Record<string, Json>) ?? {}) };
  for (const [file, schema] of inlined) defs[keyOf(file)] = schema;
  return { ...body, $id: bundledId, $defs: defs };
}
