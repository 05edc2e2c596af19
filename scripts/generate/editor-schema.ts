/**
 * The config editor's form schema: schemas/jurisdiction.schema.json with the
 * schemas it references inlined (scripts/lib/bundle-schema.ts), written to
 * site/generated/schemas/jurisdiction.editor.json, and rjsf's precompiled
 * validator for that very object in site/generated/validators/editor/ — the
 * editor page renders and validates with the same pair, as form pages do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleSchema } from '../lib/bundle-schema.ts';
import type { SchemaFile } from '../lib/schema-files.ts';
import { formValidatorCode } from './form-validators.ts';

export const editorSchemaId = 'https://baoxue.local/schemas/editor/jurisdiction.editor.json';

export function generateEditorSchema(configFiles: SchemaFile[], outDir: string): string {
  const root = configFiles.find((f) => f.name === 'jurisdiction');
  if (!root) throw new Error('schemas/jurisdiction.schema.json is missing');
  const schema = bundleSchema(root.schema, configFiles.map((f) => f.schema), editorSchemaId);
  mkdirSync(join(outDir, 'schemas'), { recursive: true });
  const schemaPath = join(outDir, 'schemas', 'jurisdiction.editor.json');
  writeFileSync(schemaPath, `${JSON.stringify(schema, null, 2)}\n`);
  const validators = join(outDir, 'validators', 'editor');
  mkdirSync(validators, { recursive: true });
  writeFileSync(join(validators, 'jurisdiction.js'), formValidatorCode(schema));
  writeFileSync(
    join(validators, 'jurisdiction.d.ts'),
    `// 由 npm run generate 生成，请勿手工修改。\nimport type { ValidateFunction } from '../../../lib/validation/types.ts';\ndeclare const validateFns: Record<string, ValidateFunction>;\nexport default validateFns;\n`,
  );
  return schemaPath;
}
