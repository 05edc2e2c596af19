/**
 * Fields holding a code typed digit by digit — 身份证号, 全国学籍号, phone
 * numbers, 学校标识码: the schema marks them `"x-code": true`. A Chinese IME in
 * full-width mode types ４１１３２８… and a number copied from a spreadsheet or
 * a chat often carries spaces; neither is ever meant. The page writes such a
 * field half-width without spaces as it is typed (NFKC: ４→4, Ｘ→X, －→-);
 * files are not rewritten, and `baoxue check` says what to change instead
 * (schema-errors.ts).
 *
 * Exports: normaliseCode, fullWidthProblem, codeFieldPaths, normaliseCodes.
 */
import { createRegistry, schemaAt } from '../validation/schema-walk.ts';
import type { FormDefinition, Schema } from './form-registry.ts';
import { quote } from '../text/quote-value.ts';

/** Half-width, without whitespace. */
export const normaliseCode = (value: string): string => value.normalize('NFKC').replace(/\s+/gu, '');

/**
 * What to say (after the field's name) about a value that is wrong only for
 * its full-width characters or spaces, with the value to type instead;
 * undefined when normalising would not make it right.
 */
export function fullWidthProblem(value: string, isRight: (half: string) => boolean): string | undefined {
  const half = normaliseCode(value);
  if (half === value || !isRight(half)) return undefined;
  return `含全角字符或空格：${quote(value)}。请改用半角（英文输入法）字符并去掉空格，写作 ${quote(half)}。`;
}

const cache = new WeakMap<Schema, string[][]>();

/** The path segments of every code field ('*' for a repeat group's rows). */
export function codeFieldPaths(schema: Schema): string[][] {
  let paths = cache.get(schema);
  if (paths) return paths;
  paths = [];
  const registry = createRegistry([schema]);
  const walk = (pointer: string, path: string[]) => {
    const s = schemaAt(schema, pointer, registry);
    if (!s) return;
    if (s['x-code'] === true) paths!.push(path);
    if (s.type === 'object' && s.properties) for (const k of Object.keys(s.properties)) walk(`${pointer}/${k}`, [...path, k]);
    if (s.type === 'array' && s.items && typeof s.items === 'object') walk(`${pointer}/0`, [...path, '*']);
  };
  walk('', []);
  cache.set(schema, paths);
  return paths;
}

type Data = Record<string, unknown>;

/** The value with every code field normalised; the same object when nothing changed. */
function normaliseAt(value: unknown, path: string[]): unknown {
  if (path.length === 0) return typeof value === 'string' ? normaliseCode(value) : value;
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '*') {
    if (!Array.isArray(value)) return value;
    const next = value.map((v) => normaliseAt(v, rest));
    return next.some((v, i) => v !== value[i]) ? next : value;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value) || !(head in value)) return value;
  const child = (value as Data)[head];
  const next = normaliseAt(child, rest);
  return next === child ? value : { ...(value as Data), [head]: next };
}

export function normaliseCodes<T extends Data>(form: FormDefinition, data: T): T {
  return codeFieldPaths(form.schema).reduce<T>((d, path) => normaliseAt(d, path) as T, data);
}
