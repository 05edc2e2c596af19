import { localize } from './zh-fallback.ts';
import { hint } from '../text/did-you-mean.ts';
import { enumChoiceList } from './enum-labels.ts';
import { schemaAt, type SchemaRegistry } from './schema-walk.ts';
import type { ValidationError } from './types.ts';
import { quote, showValue } from '../text/quote-value.ts';

type Schema = Record<string, unknown>;

export interface FieldProblem {
  /** JSON pointer of the offending value (for an unknown key: the key itself) */
  pointer: string;
  /** set when the problem is an object key rather than a value */
  key?: string;
  code: string;
  message: string;
  /** a reminder to check (e.g. a pledge looser than the jurisdiction's target), not an error: never blocks */
  warning?: true;
}

export interface FormatContext {
  root: Schema;
  registry: SchemaRegistry;
}

const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  boolean: '是/否（true 或 false）',
  object: '字段集合',
  array: '列表',
  null: '空值',
};

function actualType(v: unknown): string {
  if (v === null || v === undefined) return '空值';
  if (Array.isArray(v)) return '列表';
  if (typeof v === 'number') return Number.isInteger(v) ? `整数 ${v}` : `数字 ${v}`;
  if (typeof v === 'string') return `文字 ${quote(v)}`;
  if (typeof v === 'boolean') return `${v}`;
  return '字段集合';
}

const show = showValue;

function constChoices(schema: Schema | undefined): { value: string; title?: string }[] | undefined {
  const branches = schema?.oneOf ?? schema?.anyOf;
  if (!Array.isArray(branches) || branches.length === 0) return undefined;
  if (!branches.every((b) => b && typeof b === 'object' && 'const' in b)) return undefined;
  return branches.map((b: Schema) => ({ value: String(b.const), title: b.title as string | undefined }));
}

/**
 * Turn raw Ajv errors into one Chinese sentence per problem, naming each field
 * by its schema title (never by its property key) and suggesting a fix.
 */
export function formatErrors(errors: ValidationError[], ctx: FormatContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const label = (pointer: string) => {
    const s = schemaAt(ctx.root, pointer, ctx.registry);
    const title = typeof s?.title === 'string' ? s.title : undefined;
    return title ? `“${title}”` : pointer.split('/').pop() ? `字段 ${pointer.split('/').pop()}` : '本文件';
  };
  // A failed oneOf/anyOf explains itself; the errors of each of its branches only add noise.
  const unions = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const insideUnion = (e: ValidationError) =>
    unions.some((u) => u !== e && e.instancePath.startsWith(u.instancePath) && e.schemaPath.startsWith(`${u.schemaPath}/`));
  const meaningful = errors.filter((e) => e.keyword !== 'if' && !insideUnion(e));

  for (const e of meaningful) {
    let p: FieldProblem;
    const at = e.instancePath;
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = String(e.params.additionalProperty);
        const allowed = Object.keys((e.parentSchema?.properties as Schema | undefined) ?? {});
        p = { pointer: `${at}/${key}`, key, code: 'unknown-key', message: `不认识的字段 ${quote(key)}。${hint(key, allowed) || `${label(at)}允许的字段：${allowed.join('、')}。`}` };
        break;
      }
      case 'required': {
        const missing = String(e.params.missingProperty);
        const s = schemaAt(ctx.root, `${at}/${missing}`, ctx.registry);
        const t = typeof s?.title === 'string' ? `（${s.title}）` : '';
        p = { pointer: at, code: 'missing-field', message: `缺少必填字段 “${missing}”${t}。` };
        break;
      }
      case 'type': {
        const expected = String(e.params.type).split(',').map((t) => typeNames[t] ?? t).join('或');
        const quoteHint =
          e.params.type === 'string' && typeof e.data === 'number'
            ? `请加引号写成 "${e.data}"。`
            : /number|integer/.test(String(e.params.type)) && typeof e.data === 'string' && /^\s*-?\d+(\.\d+)?\s*[%％]\s*$/.test(e.data)
              ? `请去掉百分号，只写数字 ${e.data.replace(/[%％\s]/g, '')}。`
              : '';
        p = { pointer: at, code: 'wrong-type', message: `${label(at)}应为${expected}，实际是${actualType(e.data)}。${quoteHint}` };
        break;
      }
      case 'enum': {
        const allowed = (e.params.allowedValues as unknown[]).map(String);
        p = { pointer: at, code: 'not-allowed-value', message: `${label(at)}不能是 ${show(e.data)}，可选：${enumChoiceList(e.parentSchema, allowed)}。${hint(String(e.data), allowed)}` };
        break;
      }
      case 'oneOf':
      case 'anyOf': {
        const choices = constChoices(e.parentSchema);
        if (choices) {
          const list = choices.map((c) => (c.title ? `${c.value}（${c.title}）` : c.value)).join('、');
          p = { pointer: at, code: 'not-allowed-value', message: `${label(at)}不能是 ${show(e.data)}，可选：${list}。${hint(String(e.data), choices.map((c) => c.value))}` };
        } else if (e.keyword === 'anyOf' && Array.isArray(e.parentSchema?.anyOf) && (e.parentSchema!.anyOf as Schema[]).every((b) => Array.isArray(b.required))) {
          const names = (e.parentSchema!.anyOf as Schema[]).map((b) => {
            const key = (b.required as string[])[0]!;
            const s = schemaAt(ctx.root, `${at}/${key}`, ctx.registry);
            return `${quote(key)}${typeof s?.title === 'string' ? `（${s.title}）` : ''}`;
          });
          p = { pointer: at, code: 'missing-field', message: `${label(at)}至少要填写 ${names.join(' 或 ')} 之一。` };
        } else {
          p = { pointer: at, code: 'no-match', message: `${label(at)}不符合任何一种允许的写法。` };
        }
        break;
      }
      case 'const':
        p = { pointer: at, code: 'not-allowed-value', message: `${label(at)}只能是 ${show(e.params.allowedValue)}。` };
        break;
      case 'pattern':
      case 'format': {
        const s = schemaAt(ctx.root, at, ctx.registry) ?? e.parentSchema;
        const how = typeof s?.description === 'string' ? s.description : '';
        p = { pointer: at, code: 'bad-format', message: `${label(at)}格式不对：${show(e.data)}。${how}` };
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const s = schemaAt(ctx.root, at, ctx.registry) ?? e.parentSchema ?? {};
        const min = s.minimum ?? s.exclusiveMinimum;
        const max = s.maximum ?? s.exclusiveMaximum;
        const range = min !== undefined && max !== undefined ? `应在 ${min} 到 ${max} 之间` : min !== undefined ? `不能小于 ${min}` : `不能大于 ${max}`;
        p = { pointer: at, code: 'out-of-range', message: `${label(at)}${range}，实际是 ${show(e.data)}。` };
        break;
      }
      case 'minLength':
        p = { pointer: at, code: 'empty', message: Number(e.params.limit) <= 1 ? `${label(at)}不能为空。` : `${label(at)}至少要 ${e.params.limit} 个字。` };
        break;
      case 'maxLength':
        p = { pointer: at, code: 'too-long', message: `${label(at)}最多 ${e.params.limit} 个字。` };
        break;
      case 'minItems':
        p = { pointer: at, code: 'too-few', message: `${label(at)}至少要有 ${e.params.limit} 项。` };
        break;
      case 'maxItems':
        p = { pointer: at, code: 'too-many', message: `${label(at)}最多 ${e.params.limit} 项。` };
        break;
      case 'uniqueItems':
        p = { pointer: `${at}/${e.params.i}`, code: 'duplicate-item', message: `${label(at)}第 ${Number(e.params.i) + 1} 项与第 ${Number(e.params.j) + 1} 项重复。` };
        break;
      case 'errorMessage':
        p = { pointer: at, code: 'custom', message: String(e.message) };
        break;
      default:
        p = { pointer: at, code: e.keyword, message: `${label(at)}${localize(e)}` };
    }
    const k = `${p.pointer}|${p.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      problems.push(p);
    }
  }
  return problems;
}
