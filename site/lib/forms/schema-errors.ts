/**
 * Chinese messages for schema (Ajv) errors on a form record, naming each field
 * by its title (field-label.ts). One message per Ajv error, so the same text
 * serves rjsf in the browser (via `localizeErrors`) and the CLI (via
 * `schemaProblems`).
 *
 * Exports: schemaErrorProblem, schemaProblems, localizeErrors.
 */
import type { FieldProblem } from '../validation/format-errors.ts';
import { localize } from '../validation/zh-fallback.ts';
import type { ValidationError } from '../validation/types.ts';
import { enumNamesAt, fieldLabel, type LabelOverrides } from './field-label.ts';
import type { FormDefinition } from './form-registry.ts';
import { fullWidthProblem } from './code-fields.ts';
import { idNumberAsExcelNumber, idNumberPattern } from './rules/id-number.ts';
import { quote, showValue } from '../text/quote-value.ts';

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  boolean: '“是”或“否”',
  object: '一组字段',
  array: '列表',
  null: '空',
};

// A value quoted in a message is isolated: a right-to-left override in it cannot reorder the message.
const show = showValue;

/**
 * Keywords that fail on an empty value: rjsf keeps a blank row of a list of
 * plain values (责任内容, 本次送教教师 …) as null, which is a missing entry to
 * the user, not a value of the wrong type.
 */
const emptyMeansMissing = new Set(['type', 'enum', 'const', 'pattern', 'minLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);

/** The problem for one Ajv error; `data` is the whole record (to name rows). */
export function schemaErrorProblem(form: FormDefinition, e: ValidationError, data?: unknown, labels?: LabelOverrides): FieldProblem {
  const at = e.instancePath;
  const label = (p: string) => fieldLabel(form, p, data, labels);
  const desc = () => {
    const d = e.parentSchema?.description;
    return typeof d === 'string' ? d : '';
  };
  if ((e.data === null || e.data === undefined) && emptyMeansMissing.has(e.keyword)) {
    return { pointer: at, code: 'missing-field', message: `请填写${label(at)}。` };
  }
  switch (e.keyword) {
    case 'required': {
      const pointer = `${at}/${String(e.params.missingProperty)}`;
      return { pointer, code: 'missing-field', message: `请填写${label(pointer)}。` };
    }
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      return { pointer: `${at}/${key}`, key, code: 'unknown-key', message: `${label(at)}中有本表没有的字段 ${quote(key)}，请删除。` };
    }
    case 'type': {
      const expected = String(e.params.type).split(',').map((t) => typeNames[t] ?? t).join('或');
      const excel = typeof e.data === 'number' && e.parentSchema?.pattern === idNumberPattern ? idNumberAsExcelNumber(String(e.data)) : undefined;
      if (excel) return { pointer: at, code: 'excel-number', message: `${label(at)}${excel}` };
      return { pointer: at, code: 'wrong-type', message: `${label(at)}应为${expected}，实际是 ${show(e.data)}。` };
    }
    case 'enum': {
      // Users pick from the names the form shows (九年义务教育巩固率), never the stored ids.
      const values = e.params.allowedValues as unknown[];
      const names = enumNamesAt(form, at);
      const allowed = values.map((v, i) => names?.[i] ?? String(v));
      return { pointer: at, code: 'not-allowed-value', message: `${label(at)}不能是 ${show(e.data)}，可选：${allowed.join('、')}。` };
    }
    case 'const':
      return { pointer: at, code: 'not-allowed-value', message: `${label(at)}只能是 ${show(e.params.allowedValue)}。` };
    case 'pattern': {
      // Full-width digits from a Chinese IME, or spaces: say so and give the value to type instead.
      const fullWidth = typeof e.data === 'string' ? fullWidthProblem(e.data, (half) => new RegExp(String(e.params.pattern), 'u').test(half)) : undefined;
      if (fullWidth) return { pointer: at, code: 'full-width', message: `${label(at)}${fullWidth}` };
      // A 身份证号 a spreadsheet made a number gets the one explanation the xlsx reader and the rules give too.
      const excel = typeof e.data === 'string' && e.params.pattern === idNumberPattern ? idNumberAsExcelNumber(e.data) : undefined;
      if (excel) return { pointer: at, code: 'excel-number', message: `${label(at)}${excel}` };
      return { pointer: at, code: 'bad-format', message: `${label(at)}格式不对：${show(e.data)}。${desc()}` };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const s = e.parentSchema ?? {};
      const min = s.minimum as number | undefined;
      const max = s.maximum as number | undefined;
      const range = min !== undefined && max !== undefined ? `应在 ${min} 到 ${max} 之间` : min !== undefined ? `不能小于 ${min}` : `不能大于 ${max}`;
      return { pointer: at, code: 'out-of-range', message: `${label(at)}${range}，实际是 ${show(e.data)}。` };
    }
    case 'minLength':
      return { pointer: at, code: 'empty', message: Number(e.params.limit) <= 1 ? `${label(at)}不能为空。` : `${label(at)}至少要 ${e.params.limit} 个字。` };
    case 'maxLength':
      return { pointer: at, code: 'too-long', message: `${label(at)}最多 ${e.params.limit} 个字，实际 ${[...String(e.data)].length} 个字。` };
    case 'minItems':
      return { pointer: at, code: 'too-few', message: `${label(at)}至少要填 ${e.params.limit} 条，实际 ${Array.isArray(e.data) ? e.data.length : 0} 条。` };
    case 'maxItems':
      return { pointer: at, code: 'too-many', message: `${label(at)}最多 ${e.params.limit} 条。` };
    case 'uniqueItems':
      return {
        pointer: `${at}/${e.params.i}`,
        code: 'duplicate-item',
        message: `${label(at)}第 ${Number(e.params.j) + 1} 项与第 ${Number(e.params.i) + 1} 项重复。`,
      };
    default:
      return { pointer: at, code: e.keyword, message: `${label(at)}${localize(e)}` };
  }
}

/** All schema problems of one record, without repeats. */
export function schemaProblems(form: FormDefinition, errors: ValidationError[] | null | undefined, data?: unknown, labels?: LabelOverrides): FieldProblem[] {
  const out: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const e of errors ?? []) {
    const p = schemaErrorProblem(form, e, data, labels);
    const k = `${p.pointer}|${p.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(p);
    }
  }
  return out;
}

/**
 * rjsf `localizer` (third argument of createPrecompiledValidator): rewrites
 * each raw Ajv error's message in place with the Chinese sentence above, so
 * rjsf shows the same text the CLI prints. rjsf does not pass the form data
 * here; `data` gives the page's latest, so rows are named by their content
 * (八年级) as in the CLI, and by their number without it.
 */
export function localizeErrors(form: FormDefinition, labels?: LabelOverrides, data?: () => unknown) {
  return (errors?: ValidationError[] | null) => {
    const record = data?.();
    for (const e of errors ?? []) e.message = schemaErrorProblem(form, e, record, labels).message;
  };
}
