type Schema = Record<string, unknown>;

/** Schemas by `$id`, to follow `$ref`s between files. */
export type SchemaRegistry = Map<string, Schema>;

export function createRegistry(schemas: Schema[]): SchemaRegistry {
  return new Map(schemas.map((s) => [String(s.$id), s]));
}

interface Located {
  schema: Schema;
  /** the `$id` of the document the schema lives in, for resolving relative refs */
  base: string;
}

function followPointer(doc: Schema, fragment: string): Schema | undefined {
  let node: unknown = doc;
  for (const seg of fragment.replace(/^\//, '').split('/').filter(Boolean)) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[decodeURIComponent(seg).replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node && typeof node === 'object' ? (node as Schema) : undefined;
}

function deref(located: Located, registry: SchemaRegistry): Located {
  let current = located;
  for (let guard = 0; guard < 20 && typeof current.schema.$ref === 'string'; guard++) {
    const ref = current.schema.$ref as string;
    const [file, fragment = ''] = ref.split('#');
    const base = file ? new URL(file, current.base).href : current.base;
    const doc = registry.get(base);
    const target = doc && followPointer(doc, fragment);
    if (!target) break;
    // Sibling keywords next to $ref (title, description) describe this use of it.
    const { $ref: _ref, ...siblings } = current.schema;
    current = { schema: { ...target, ...siblings }, base };
  }
  return current;
}

/** The schema that describes the value at `pointer`, following properties, items and $refs. */
export function schemaAt(root: Schema, pointer: string, registry: SchemaRegistry): Schema | undefined {
  let current: Located = deref({ schema: root, base: String(root.$id ?? 'urn:root') }, registry);
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const seg of segments) {
    const s = current.schema;
    let next: Schema | undefined;
    if (/^\d+$/.test(seg) && s.items && typeof s.items === 'object') next = s.items as Schema;
    else if (s.properties && typeof s.properties === 'object') next = (s.properties as Record<string, Schema>)[seg];
    if (!next) return undefined;
    current = deref({ schema: next, base: current.base }, registry);
  }
  return current.schema;
}

/** Chinese title of the field at `pointer`, falling back to the nearest titled ancestor's item. */
export function titleAt(root: Schema, pointer: string, registry: SchemaRegistry): string | undefined {
  const s = schemaAt(root, pointer, registry);
  if (s && typeof s.title === 'string') return s.title;
  return undefined;
}

export function resolveSchema(schema: Schema, base: string, registry: SchemaRegistry): Schema {
  return deref({ schema, base }, registry).schema;
}
