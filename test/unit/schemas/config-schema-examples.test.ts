/** Every config schema's `examples` double as fixtures: each must validate, and the schema must be strict. */
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../../scripts/lib/create-ajv.ts';
import { configSchemaFiles } from '../../../scripts/lib/schema-files.ts';

const files = configSchemaFiles();
const ajv = createAjv();
for (const f of files) ajv.addSchema(f.schema);

/** Walk a schema and yield every object schema that declares properties. */
function* objectSchemas(node: unknown, path = '#'): Generator<{ path: string; schema: Record<string, unknown> }> {
  if (!node || typeof node !== 'object') return;
  const s = node as Record<string, unknown>;
  if (s.properties) yield { path, schema: s };
  for (const [k, v] of Object.entries(s)) {
    if (k === 'examples' || k === 'const' || k === 'default') continue;
    if (k === 'properties' && v && typeof v === 'object') {
      for (const [p, sub] of Object.entries(v)) yield* objectSchemas(sub, `${path}/properties/${p}`);
    } else if (typeof v === 'object') yield* objectSchemas(v, `${path}/${k}`);
  }
}

describe.each(files.map((f) => [f.name, f] as const))('%s.schema.json', (_name, file) => {
  it('has examples that validate', () => {
    const examples = (file.schema.examples as unknown[] | undefined) ?? [];
    const validate = ajv.getSchema(file.schema.$id)!;
    for (const [i, example] of examples.entries()) {
      expect(validate(example), `examples[${i}]: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('closes every object and gives every property a Chinese title and description', () => {
    for (const { path, schema } of objectSchemas(file.schema)) {
      expect(schema.additionalProperties, `${path} additionalProperties`).toBe(false);
      for (const [key, prop] of Object.entries(schema.properties as Record<string, Record<string, unknown>>)) {
        const isRef = typeof prop.$ref === 'string';
        if (isRef && !prop.title) continue; // the referenced schema carries the title
        expect(prop.title, `${path}/${key} title`).toMatch(/[\u4e00-\u9fff]/);
        expect(prop.description, `${path}/${key} description`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});
