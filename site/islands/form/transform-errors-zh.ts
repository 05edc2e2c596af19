/**
 * rjsf's `transformErrors`: every validation message in Chinese, naming the
 * field by the title the user sees (never a property key). Messages already
 * in Chinese — written by the shared localizer (site/lib/forms/schema-errors.ts,
 * the same text the CLI prints) — are kept; anything else is phrased here.
 */
import type { RJSFValidationError } from '@rjsf/utils';
import { fieldLabel, propertyPath, schemaAtPath } from './field-title.ts';
import { quote } from '../../lib/text/quote-value.ts';

type Schema = Record<string, unknown>;

const typeNames: Record<string, string> = { string: '文字', number: '数字', integer: '整数', boolean: '是或否', object: '一组内容', array: '列表', null: '空' };

const formatHints: Record<string, string> = {
  date: '应为日期，如 2024-03-01',
  'date-time': '应为日期和时间',
  time: '应为时间，如 08:30',
  email: '应为电子邮箱地址',
  uri: '应为网址',
};

function describe(schema: Schema | undefined): string {
  const d = schema?.description;
  return typeof d === 'string' && d.length <= 80 ? d : '';
}

export function messageFor(e: RJSFValidationError, root: Schema, uiSchema: Schema | undefined): string {
  const path = propertyPath(e.property);
  const label = `“${fieldLabel(root, uiSchema, path)}”`;
  const schema = schemaAtPath(root, path);
  const p = (e.params ?? {}) as Record<string, unknown>;
  switch (e.name) {
    case 'required':
      return `请填写${label}。`;
    case 'pattern': {
      const how = describe(schema);
      return `${label}格式不对${how ? `：${how}` : '。'}`;
    }
    case 'format':
      return `${label}${formatHints[String(p.format)] ?? '格式不对'}。`;
    case 'type':
      return `${label}应填${String(p.type).split(',').map((t) => typeNames[t] ?? t).join('或')}。`;
    case 'minimum':
      return `${label}不能小于 ${p.limit}。`;
    case 'maximum':
      return `${label}不能大于 ${p.limit}。`;
    case 'exclusiveMinimum':
      return `${label}应大于 ${p.limit}。`;
    case 'exclusiveMaximum':
      return `${label}应小于 ${p.limit}。`;
    case 'minLength':
      return Number(p.limit) <= 1 ? `请填写${label}。` : `${label}至少要 ${p.limit} 个字。`;
    case 'maxLength':
      return `${label}最多 ${p.limit} 个字。`;
    case 'minItems':
      return `${label}至少要填 ${p.limit} 项。`;
    case 'maxItems':
      return `${label}最多 ${p.limit} 项。`;
    case 'uniqueItems':
      return `${label}第 ${Number(p.j) + 1} 项与第 ${Number(p.i) + 1} 项重复。`;
    case 'enum':
    case 'const':
    case 'oneOf':
    case 'anyOf':
      return `${label}请从列表中选择。`;
    case 'multipleOf':
      return `${label}应是 ${p.multipleOf} 的倍数。`;
    case 'additionalProperties':
      return `${label}含有本表没有的项目${quote(String(p.additionalProperty))}。`;
    case 'if':
      // The `then`/`else` error says what is missing.
      return '';
    default:
      // Messages from customValidate are already Chinese sentences.
      return e.message && /[\u4e00-\u9fff]/.test(e.message) ? e.message : `${label}填写有误。`;
  }
}

export function transformErrorsZh(root: Schema, uiSchema: Schema | undefined) {
  return (errors: RJSFValidationError[]): RJSFValidationError[] => {
    const seen = new Set<string>();
    const out: RJSFValidationError[] = [];
    for (const e of errors) {
      if (e.name === 'if') continue;
      const message = e.message && /[\u4e00-\u9fff]/.test(e.message) ? e.message : messageFor(e, root, uiSchema);
      if (!message) continue;
      const key = `${e.property}|${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...e, message, stack: message });
    }
    return out;
  };
}
