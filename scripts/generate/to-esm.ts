/**
 * Ajv's standalone output (and rjsf's compileSchemaValidatorsCode) still calls
 * `require()` for a few runtime helpers even in ESM mode. Browsers have no
 * `require`, so each known helper is swapped for an ES import.
 */
const runtimeImports: Record<string, { binding: string; statement: string }> = {
  'ajv/dist/runtime/ucs2length': {
    binding: '__ucs2length',
    statement: 'import { ucs2length as __ucs2length } from "ajv-runtime-esm";',
  },
  'ajv/dist/runtime/equal': {
    binding: '__equal',
    statement: 'import __equal from "fast-deep-equal";',
  },
};

export function toEsm(code: string, runtimeModule: string): string {
  const used = new Set<string>();
  const body = code.replace(/require\("([^"]+)"\)\.default/g, (_match, mod: string) => {
    const known = runtimeImports[mod];
    if (!known) throw new Error(`生成校验器时遇到未知的运行时依赖 ${mod}，请在 scripts/generate/to-esm.ts 中登记。`);
    used.add(mod);
    return known.binding;
  });
  if (/\brequire\(/.test(body)) {
    throw new Error('生成的校验器仍含 require()，无法在浏览器中运行。');
  }
  const header = [...used]
    .map((m) => runtimeImports[m]!.statement.replace('ajv-runtime-esm', runtimeModule))
    .join('\n');
  return `// 由 npm run generate 生成，请勿手工修改。\n${header}\n${body.replace(/^"use strict";/, '')}\n`;
}
