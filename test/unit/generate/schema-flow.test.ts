/**
 * "A schema change flows into types and validators with no hand edits": run
 * the real generators on a changed copy of a schema and see both follow.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateTypes } from '../../../scripts/generate/types.ts';
import { generateConfigValidators } from '../../../scripts/generate/config-validators.ts';
import { configSchemaFiles, type SchemaFile } from '../../../scripts/lib/schema-files.ts';

// Inside the repo so the generated module resolves its imports (fast-deep-equal, the ajv runtime).
const work = mkdtempSync(join(import.meta.dirname, '../../.tmp-gen-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function withNewSchoolField(files: SchemaFile[]): SchemaFile[] {
  return files.map((f) => {
    if (f.name !== 'school') return f;
    const schema = structuredClone(f.schema) as SchemaFile['schema'] & { properties: Record<string, unknown>; required: string[] };
    schema.properties.principal = { title: '校长', description: '校长姓名。', type: 'string', minLength: 1 };
    schema.required = [...schema.required, 'principal'];
    const path = join(work, 'school.schema.json');
    return { ...f, schema, path };
  });
}

describe('generation', () => {
  it('adds a new schema property to the generated types and validators', async () => {
    const files = withNewSchoolField(configSchemaFiles());
    // json-schema-to-typescript reads from disk; write the changed schema next to copies of the others.
    const { writeFileSync } = await import('node:fs');
    for (const f of files) writeFileSync(join(work, `${f.name}.schema.json`), JSON.stringify(f.schema));
    const local = files.map((f) => ({ ...f, path: join(work, `${f.name}.schema.json`) }));

    await generateTypes(local, join(work, 'types'));
    expect(readFileSync(join(work, 'types/school.ts'), 'utf8')).toMatch(/principal: string/);

    generateConfigValidators(local, join(work, 'validators'));
    const code = readFileSync(join(work, 'validators/config.js'), 'utf8');
    expect(code).not.toMatch(/\brequire\(|new Function|\beval\(/);
    const mod = await import(pathToFileURL(join(work, 'validators/config.js')).href.replace('config.js', 'config.js?' + Date.now()));
    const county = { id: 'x', name: 'X', level: 'county', parent: 'national', schools: [{ name: '某小学', stages: ['primary'] }] };
    expect(mod.validateJurisdiction(county)).toBe(false);
    expect(mod.validateJurisdiction.errors[0]).toMatchObject({ keyword: 'required', params: { missingProperty: 'principal' } });
    county.schools[0] = { ...county.schools[0]!, principal: '张老师' } as never;
    expect(mod.validateJurisdiction(county)).toBe(true);
  });
});
