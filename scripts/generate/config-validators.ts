import standalone from 'ajv/dist/standalone/index.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createAjv } from '../lib/create-ajv.ts';
import { repoRoot, type SchemaFile } from '../lib/schema-files.ts';
import { toEsm } from './to-esm.ts';

const standaloneCode = (standalone as unknown as { default?: typeof standalone }).default ?? standalone;

/** The config schemas compiled into one ESM module of precompiled validators. */
export function generateConfigValidators(files: SchemaFile[], outDir: string): string {
  const ajv = createAjv();
  for (const f of files) ajv.addSchema(f.schema);
  const exportsMap = {
    validateJurisdiction: 'https://baoxue.local/schemas/jurisdiction.schema.json',
    validatePolicyDocument: 'https://baoxue.local/schemas/policy-document.schema.json',
  };
  const runtime = relative(outDir, join(repoRoot, 'site/lib/validation/ajv-runtime.ts')).replace(/\\/g, '/');
  const code = toEsm(standaloneCode(ajv, exportsMap), runtime.startsWith('.') ? runtime : `./${runtime}`);
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, 'config.js');
  writeFileSync(out, code);
  writeFileSync(
    join(outDir, 'config.d.ts'),
    `import type { ValidateFunction } from '../../lib/validation/types.ts';\n` +
      Object.keys(exportsMap).map((k) => `export declare const ${k}: ValidateFunction;\n`).join(''),
  );
  return out;
}
