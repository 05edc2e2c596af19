import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const schemasDir = join(repoRoot, 'schemas');

export interface SchemaFile {
  /** file name without `.schema.json`, e.g. `jurisdiction` or `forms/monthly-report` */
  name: string;
  path: string;
  schema: Record<string, unknown> & { $id: string };
}

function readDir(dir: string, prefix: string): SchemaFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      return {
        name: prefix + f.replace(/\.schema\.json$/, ''),
        path,
        schema: JSON.parse(readFileSync(path, 'utf8')),
      };
    });
}

/** Config schemas (top level of schemas/). */
export function configSchemaFiles(): SchemaFile[] {
  return readDir(schemasDir, '');
}

/** Form schemas (schemas/forms/). */
export function formSchemaFiles(): SchemaFile[] {
  return readDir(join(schemasDir, 'forms'), 'forms/');
}
