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

/**
 * rjsf's compileSchemaValidatorsCode exports validators under their schema
 * `$id` (a URL), which is not a valid ESM export name, so it is compiled as
 * CommonJS (`exports["<$id>"] = validate10;`) and those assignments become one
 * default-exported map — exactly the `validateFns` rjsf's precompiled
 * validator expects.
 */
function cjsExportsToDefault(code: string): string {
  const entries: string[] = [];
  const body = code
    .replace(/Object\.defineProperty\(exports, "__esModule", \{ value: true \}\);?/g, '')
    .replace(/exports\[("(?:[^"\\]|\\.)*")\] = ([A-Za-z_$][\w$]*);/g, (_m, key: string, name: string) => {
      entries.push(`  ${key}: ${name},`);
      return '';
    });
  if (entries.length === 0) return code;
  return `${body}\nexport default {\n${entries.join('\n')}\n};`;
}

export function toEsm(code: string, runtimeModule: string): string {
  const used = new Set<string>();
  const body = cjsExportsToDefault(code).replace(/require\("([^"]+)"\)\.default/g, (_match, mod: string) => {
    const known = runtimeImports[mod];
    if (!known) throw new Error(`生成校验器时遇到未知的运行时依赖 ${mod}，请在 scripts/generate/to-esm.ts 中登记。`);
    used.add(mod);
    return known.binding;
  });
  if (/\brequire\(|\bexports\[|\bmodule\.exports\b/.test(body)) {
    throw new Error('生成的校验器仍含 require() 或 exports，无法在浏览器中运行。');
  }
  const header = [...used]
    .map((m) => runtimeImports[m]!.statement.replace('ajv-runtime-esm', runtimeModule))
    .join('\n');
  return `// 由 npm run generate 生成，请勿手工修改。\n${header}\n${body.replace(/^"use strict";/, '')}\n`;
}
