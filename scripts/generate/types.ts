import { compileFromFile } from 'json-schema-to-typescript';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { SchemaFile } from '../lib/schema-files.ts';

const banner = '/* 由 npm run generate 从 schemas/ 生成，请勿手工修改。 */';

const pascal = (s: string) =>
  s.replace(/(^|[-_/.\s])([a-z0-9])/gi, (_m, _sep, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '');

/**
 * json-schema-to-typescript names a type after its `title`; our titles are
 * Chinese, which it cannot turn into identifiers ("NoName1"). Property titles
 * are dropped (their descriptions still become doc comments) and roots and
 * $defs are named after their file / definition key instead.
 */
function withoutPropertyTitles(node: unknown, isRoot = true, isPropertyMap = false): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutPropertyTitles(n, false));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    // In a `properties` map the keys are field names (a field may be called "title").
    if (!isPropertyMap && k === 'title' && !isRoot) continue;
    if (!isPropertyMap && k === 'examples') continue;
    out[k] = withoutPropertyTitles(v, false, !isPropertyMap && (k === 'properties' || k === '$defs'));
  }
  return out;
}

/** One `.ts` file of types per schema file, named after it. */
export async function generateTypes(files: SchemaFile[], outDir: string): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), 'baoxue-types-'));
  try {
    for (const file of files) {
      const copy = join(work, `${file.name}.schema.json`);
      mkdirSync(dirname(copy), { recursive: true });
      writeFileSync(copy, JSON.stringify(withoutPropertyTitles(file.schema)));
    }
    const written: string[] = [];
    for (const file of files) {
      const copy = join(work, `${file.name}.schema.json`);
      const ts = await compileFromFile(copy, {
        bannerComment: banner,
        cwd: dirname(copy),
        declareExternallyReferenced: true,
        additionalProperties: false,
        format: false,
        unreachableDefinitions: false,
        strictIndexSignatures: true,
        customName: (schema, keyName) => {
          if (keyName) return pascal(keyName);
          const id = (schema as { $id?: string }).$id;
          if (id) return pascal(id.replace(/^.*\//, '').replace(/\.schema\.json$/, ''));
          return undefined;
        },
      });
      const out = join(outDir, `${file.name}.ts`);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, ts);
      written.push(out);
    }
    return written;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
