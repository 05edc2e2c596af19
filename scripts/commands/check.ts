/**
 * `npx baoxue check <form-id> <file>... [--config-dir DIR]`: checks filled-in
 * form files — `.json` exported by the site (one envelope or an array of
 * envelopes) or `.xlsx` in the site's export layout — against the form's
 * schema (the same precompiled validator the page uses) and rules, with the
 * rules of the jurisdiction each record names. One line per problem:
 *   <file>  记录<n>  <pointer>  <message>
 * Reminders (rule warnings, e.g. a pledge looser than the jurisdiction's
 * target) are printed as “提醒：…” lines and do not fail a record.
 * Exit 0 when every record is valid, 1 otherwise, 2 on usage errors.
 * Without --config-dir the rules come from ./config, or from the config
 * shipped with the package when run elsewhere.
 * "Today" (for future dates and ages without a form date) is BAOXUE_TODAY=YYYY-MM-DD when set.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { hasErrors, loadConfig, type ConfigSet } from '../../site/lib/config/load-config.ts';
import { resolveJurisdiction } from '../../site/lib/config/resolve.ts';
import { applyJurisdiction } from '../../site/lib/forms/apply-jurisdiction.ts';
import { parseEnvelope, parseEnvelopeJson, type EnvelopeResult } from '../../site/lib/forms/envelope.ts';
import { formIds, forms, isFormId, type FormId } from '../../site/lib/forms/form-registry.ts';
import { loadValidateFns } from '../../site/lib/forms/load-validator.ts';
import { isRealDate, todayIso } from '../../site/lib/forms/rules/dates.ts';
import type { FormJurisdiction } from '../../site/lib/forms/rules/rule-context.ts';
import { validateRecord } from '../../site/lib/forms/validate-record.ts';
import { ruleWarnings } from '../../site/lib/forms/custom-validate.ts';
import { readXlsxRecord } from '../../site/lib/forms/xlsx/read-record.ts';
import type { FieldProblem } from '../../site/lib/validation/format-errors.ts';
import { hint } from '../../site/lib/text/did-you-mean.ts';
import { configDirToRead, parse, readConfigDirOption } from './args.ts';
import { UsageError } from './usage.ts';

interface Record_ {
  result: EnvelopeResult;
  /** for .xlsx: data pointer → cell */
  locations?: Record<string, string>;
  /** for .xlsx: cells that did not fit their field, reported as they are (their fields are not checked again) */
  cellProblems?: FieldProblem[];
  atFault?: Set<string>;
}

function readRecords(path: string, formId: FormId, jurisdictionOf: (id: string) => FormJurisdiction | string): { records: Record_[] } | { error: string } {
  if (!existsSync(path)) return { error: '找不到这个文件。' };
  if (statSync(path).isDirectory()) return { error: '这是一个文件夹，请给出文件路径。' };
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return { error: '无法读取这个文件。' };
    }
    return { records: parseEnvelopeJson(text, formId).map((result) => ({ result })) };
  }
  if (ext === '.xlsx') {
    const read = readXlsxRecord(forms[formId], new Uint8Array(readFileSync(path)), (j) => {
      const rules = j ? jurisdictionOf(j) : undefined;
      const o = typeof rules === 'object' ? rules.formOptions : undefined;
      return { ...(o?.labels ? { labels: o.labels } : {}), ...(o?.extraFields ? { extraFields: o.extraFields } : {}) };
    });
    if (!read.ok) {
      if (read.problems.every((p) => p.where === '文件')) return { error: read.problems.map((p) => p.message).join('') };
      return { records: [{ result: { ok: false, problems: read.problems.map((p) => ({ pointer: '', code: 'xlsx', message: `${p.where}：${p.message}` })) } }] };
    }
    // Like the page's import: the cells that could not be read, and every other problem of the record.
    const cellProblems = read.cellProblems.map((p) => ({ pointer: p.pointer ? `/data${p.pointer}` : '', code: 'xlsx', message: `${p.message}（${p.where}）` }));
    return { records: [{ result: parseEnvelope(read.envelope, formId), locations: read.locations, cellProblems, atFault: read.atFault }] };
  }
  return { error: `不支持 “${ext || '无扩展名'}” 文件：只能检查本站导出的 .json 或 .xlsx 文件。` };
}

/** The cell of a pointer or of its nearest ancestor that has one. */
function cellOf(locations: Record<string, string> | undefined, pointer: string): string | undefined {
  for (let p = pointer; locations && p !== ''; p = p.slice(0, p.lastIndexOf('/'))) if (locations[p]) return locations[p];
  return undefined;
}

export async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, readConfigDirOption);
  const [formId, ...files] = positionals;
  if (!formId) throw new UsageError(`check 需要表单标识和文件，例如 npx baoxue check monthly-report 三月月报.xlsx。表单标识：${formIds.join('、')}。`);
  if (!isFormId(formId)) throw new UsageError(`未知表单 “${formId}”。${hint(formId, formIds) || `表单标识：${formIds.join('、')}。`}`);
  if (files.length === 0) throw new UsageError(`请给出要检查的文件，例如 npx baoxue check ${formId} 文件.json。`);
  const envToday = process.env.BAOXUE_TODAY;
  if (envToday !== undefined && !isRealDate(envToday)) throw new UsageError(`环境变量 BAOXUE_TODAY 应为 YYYY-MM-DD 格式的日期，实际是 “${envToday}”。`);
  const today = envToday ?? todayIso();

  const configDir = configDirToRead(values['config-dir']);
  let config: ConfigSet | null | undefined;
  const jurisdictions = new Map<string, FormJurisdiction | string>();
  const jurisdictionOf = (id: string): FormJurisdiction | string => {
    if (jurisdictions.has(id)) return jurisdictions.get(id)!;
    if (config === undefined) config = existsSync(configDir) ? loadConfig(configDir) : null;
    let out: FormJurisdiction | string;
    if (!config) out = `找不到配置目录 “${configDir}”，无法按辖区 “${id}” 的规则检查；请用 --config-dir 指定配置目录。`;
    else if (hasErrors(config)) out = '配置文件有错误，无法按辖区规则检查；请先运行 npx baoxue validate 并改正。';
    else if (!config.jurisdictions.has(id)) {
      out = `文件所属辖区 “${id}” 不在本站配置中。${hint(id, config.jurisdictions.keys()) || `已有辖区：${[...config.jurisdictions.keys()].join('、')}。`}`;
    } else {
      const r = resolveJurisdiction(config, id);
      out = applyJurisdiction(formId, r).rules;
    }
    jurisdictions.set(id, out);
    return out;
  };

  const validateFns = await loadValidateFns(formId);
  const lines: string[] = [];
  let records = 0;
  let invalid = 0;
  let warned = 0;
  let unreadable = 0;
  for (const file of files) {
    const read = readRecords(file, formId, jurisdictionOf);
    if ('error' in read) {
      unreadable++;
      lines.push(`${file}  ${read.error}`);
      continue;
    }
    read.records.forEach(({ result, locations, cellProblems = [], atFault }, i) => {
      records++;
      const where = `${file}  记录${i + 1}`;
      let problems: FieldProblem[];
      let warnings: FieldProblem[] = [];
      if (!result.ok) problems = [...cellProblems, ...result.problems];
      else {
        const j = jurisdictionOf(result.envelope.jurisdiction);
        const jurisdictionProblem = typeof j === 'string' ? [{ pointer: '/jurisdiction', code: 'unknown-jurisdiction', message: j }] : [];
        const options = { today, jurisdiction: typeof j === 'string' ? null : j };
        const located = (p: FieldProblem): FieldProblem => ({
          ...p,
          pointer: `/data${p.pointer}`,
          message: cellOf(locations, p.pointer) ? `${p.message}（${cellOf(locations, p.pointer)}）` : p.message,
        });
        const checked = validateRecord(formId, result.envelope.data, validateFns, options).filter((p) => !atFault?.has(p.pointer));
        problems = [...cellProblems, ...jurisdictionProblem, ...checked.map(located)];
        warnings = ruleWarnings(formId, result.envelope.data, options).map(located);
      }
      if (problems.length) invalid++;
      if (warnings.length) warned++;
      for (const p of problems) lines.push(`${where}  ${p.pointer || '/'}  ${p.message}`);
      // Reminders are printed but never make the exit code 1.
      for (const p of warnings) lines.push(`${where}  ${p.pointer}  提醒：${p.message}`);
    });
  }
  if (lines.length) process.stdout.write(`${lines.join('\n')}\n`);
  const total = `检查了 ${files.length} 个文件、${records} 条“${forms[formId].title}”记录`;
  const reminders = warned ? `（${warned} 条记录有提醒，请核对）` : '';
  if (invalid === 0 && unreadable === 0) {
    process.stdout.write(`${total}，全部通过${reminders}。\n`);
    return 0;
  }
  process.stdout.write(`${total}：${invalid} 条有误${unreadable ? `，${unreadable} 个文件无法读取` : ''}${reminders}。\n`);
  return 1;
}
