/**
 * The jurisdiction's own additions to a form: fields it makes required and the
 * extra fields it defines (stored under data.extra, so one precompiled
 * validator per form serves every jurisdiction).
 *
 * Exports: jurisdictionFieldsRule.
 */
import type { FieldProblem } from '../../validation/format-errors.ts';
import { isRealDate } from './dates.ts';
import { isObject, label, problemAt, valueAt, type Rule } from './rule-context.ts';
import { quote, showValue } from '../../text/quote-value.ts';

const empty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** Every concrete pointer a field path (no indices) reaches, through arrays in the data. */
function expand(value: unknown, segs: string[], pointer = ''): string[] {
  if (segs.length === 0) return [pointer];
  if (Array.isArray(value)) return value.flatMap((v, i) => expand(v, segs, `${pointer}/${i}`));
  const [head, ...rest] = segs as [string, ...string[]];
  if (rest.length > 0 && !isObject(value)) return [];
  return expand(isObject(value) ? value[head] : undefined, rest, `${pointer}/${head}`);
}

export const jurisdictionFieldsRule: Rule = (data, ctx) => {
  const options = ctx.jurisdiction?.formOptions;
  if (!options) return [];
  const out: FieldProblem[] = [];
  const name = ctx.jurisdiction!.name;
  const extraFields = options.extraFields ?? [];
  const required = new Set([...(options.required ?? []), ...extraFields.filter((f) => f.required).map((f) => `/extra/${f.key}`)]);
  for (const path of required) {
    for (const pointer of expand(data, path.split('/').slice(1))) {
      if (empty(valueAt(data, pointer))) out.push(problemAt(ctx, pointer, 'missing-field', `请填写${label(ctx, pointer)}（${name}要求必填）。`, true));
    }
  }
  const extra = isObject(data.extra) ? data.extra : {};
  for (const [key, value] of Object.entries(extra)) {
    const def = extraFields.find((f) => f.key === key);
    const pointer = `/extra/${key}`;
    if (!def) {
      out.push(problemAt(ctx, pointer, 'unknown-extra-field', `“本地补充字段”中的 ${quote(key)} 不是${name}规定的字段。`, true));
      continue;
    }
    // An emptied field is "not filled in" (reported above when required), not a value of the wrong type.
    if (empty(value)) continue;
    const want = def.type === 'date' ? 'string' : def.type;
    if (typeof value !== want) {
      const names = { string: '文字', number: '数字', boolean: '“是”或“否”', date: '日期（按“年-月-日”填写，例如 2022-03-10）' };
      out.push(problemAt(ctx, pointer, 'wrong-type', `“${def.title}”应为${names[def.type]}，实际是 ${showValue(value)}。`, true));
    } else if (def.type === 'date' && !isRealDate(value)) {
      out.push(problemAt(ctx, pointer, 'bad-date', `“${def.title}”应为真实存在的日期（按“年-月-日”填写，例如 2022-03-10），实际是 ${quote(String(value))}。`, true));
    }
  }
  return out;
};
