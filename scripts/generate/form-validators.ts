/**
 * Precompiled validators for the form schemas, one ESM module per form:
 * site/generated/validators/forms/<form-id>.js (+ .d.ts).
 *
 * Each module is @rjsf/validator-ajv8's compileSchemaValidatorsCode output for
 * the very schema object the form renders (schemas/forms/<form-id>.schema.json),
 * compiled with the project's Ajv options (scripts/lib/create-ajv.ts) and the
 * 2020-12 Ajv class. Its default export is rjsf's `validateFns` map, keyed by
 * schema `$id` (the root) or rjsf's schema hash (sub-schemas rjsf validates on
 * its own, e.g. oneOf branches). Consumers:
 *   - the form page: `createPrecompiledValidator(validateFns, schema)`;
 *   - the CLI and tests: site/lib/forms/validate-record.ts, which calls
 *     `validateFns[schema.$id]` — the same function, hence the same errors.
 */
import { compileSchemaValidatorsCode } from '@rjsf/validator-ajv8/compileSchemaValidators';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ajvOptions } from '../lib/create-ajv.ts';
import type { SchemaFile } from '../lib/schema-files.ts';
import { toEsm } from './to-esm.ts';

export function formValidatorCode(schema: Record<string, unknown>): string {
  const code = compileSchemaValidatorsCode(schema as never, {
    AjvClass: Ajv2020 as never,
    ajvOptionsOverrides: { ...ajvOptions, code: { ...ajvOptions.code, esm: false } },
    // Only regex `pattern`s are used in form schemas: format functions would
    // need runtime code the precompiled modules cannot carry.
    ajvFormatOptions: false,
  });
  return toEsm(code, '../../../lib/validation/ajv-runtime.ts');
}

const declaration = `// 由 npm run generate 生成，请勿手工修改。
import type { ValidateFunction } from '../../../lib/validation/types.ts';
declare const validateFns: Record<string, ValidateFunction>;
export default validateFns;
`;

export async function generateFormValidators(files: SchemaFile[], outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    const id = basename(file.name);
    const out = join(outDir, `${id}.js`);
    writeFileSync(out, formValidatorCode(file.schema));
    writeFileSync(join(outDir, `${id}.d.ts`), declaration);
    written.push(out);
  }
  return written;
}
