import type { SchemaFile } from '../lib/schema-files.ts';

/** Precompiled validators for the form schemas; filled in with the forms. */
export async function generateFormValidators(files: SchemaFile[], _outDir: string): Promise<string[]> {
  return files.map((f) => f.name);
}
