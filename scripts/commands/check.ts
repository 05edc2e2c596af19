/**
 * `npx baoxue check <form-id> <file>... [--config-dir DIR]`: checks filled-in
 * form files — `.json` exported by the site (one envelope or an array of
 * envelopes) or `.xlsx` in the site's export layout — against the form's
 * schema (the same precompiled validator the page uses) and rules, with the
 * rules of the jurisdiction each record names. One line per problem:
 *   <file>  记录<n>  <pointer>  <message>
 * Reminders (rule warnings, e.g. a pledge looser than the jurisdiction's
 * target) are printed as “提醒：…” lines and do not fail a record; so is the
 * note that a record of an older form version was upgraded before checking.
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
import { checkReadRecord } from '../../site/lib/forms/check-read-record.ts';
import { formIds, forms, isFormId, type FormId } from '../../site/lib/forms/form-registry.ts';
import { loadValidateFns } from '../../site/lib/forms/load-validator.ts';
import { isRealDate, todayIso } from '../../site/lib/forms/rules/dates.ts';
import type { FormJurisdiction } from '../../site/lib/forms/rules/rule-context.ts';
import { readFormFile, type FormFileRead } from '../../site/lib/forms/read-form-file.ts';
import { hint } from '../../site/lib/text/did-you-mean.ts';
import { configDirToRead, parse, readConfigDirOption } from './args.ts';
import { UsageError } from './usage.ts';
import { quote } from '../../site/lib/text/quote-value.ts';

function readRecords(path: string, formId: FormId, jurisdictionOf: (id: string) => FormJurisdiction | string): FormFileRead {
  if (!existsSync(path)) return { error: '找不到这个文件。' };
  if (statSync(path).isDirectory()) return { error: '这是一个文件夹，请给出文件路径。' };
  const ext = extname(path).toLowerCase();
  if (ext !== '.json' && ext !== '.xlsx') return readFormFile(path, new Uint8Array(), { expectedForm: formId });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    return { error: '无法读取这个文件。' };
  }
  return readFormFile(path, bytes, { expectedForm: formId, jurisdictionOf });
}

export async function checkCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, readConfigDirOption);
  const [formId, ...files] = positionals;
  if (!formId) throw new UsageError(`check 需要表单标识和文件，例如 npx baoxue check monthly-report 三月月报.xlsx。表单标识：${formIds.join('、')}。`);
  if (!isFormId(formId)) throw new UsageError(`未知表单 ${quote(formId)}。${hint(formId, formIds) || `表单标识：${formIds.join('、')}。`}`);
  if (files.length === 0) throw new UsageError(`请给出要检查的文件，例如 npx baoxue check ${formId} 文件.json。`);
  const envToday = process.env.BAOXUE_TODAY;
  if (envToday !== undefined && !isRealDate(envToday)) throw new UsageError(`环境变量 BAOXUE_TODAY 应为 YYYY-MM-DD 格式的日期，实际是 ${quote(envToday)}。`);
  const today = envToday ?? todayIso();

  const configDir = configDirToRead(values['config-dir']);
  let config: ConfigSet | null | undefined;
  const jurisdictions = new Map<string, FormJurisdiction | string>();
  const jurisdictionOf = (id: string): FormJurisdiction | string => {
    if (jurisdictions.has(id)) return jurisdictions.get(id)!;
    if (config === undefined) config = existsSync(configDir) ? loadConfig(configDir) : null;
    let out: FormJurisdiction | string;
    if (!config) out = `找不到配置目录 ${quote(configDir)}，无法按辖区 ${quote(id)} 的规则检查；请用 --config-dir 指定配置目录。`;
    else if (hasErrors(config)) out = '配置文件有错误，无法按辖区规则检查；请先运行 npx baoxue validate 并改正。';
    else if (!config.jurisdictions.has(id)) {
      out = `文件所属辖区 ${quote(id)} 不在本站配置中。${hint(id, config.jurisdictions.keys()) || `已有辖区：${[...config.jurisdictions.keys()].join('、')}。`}`;
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
  let upgraded = 0;
  for (const file of files) {
    const read = readRecords(file, formId, jurisdictionOf);
    if ('error' in read) {
      unreadable++;
      lines.push(`${file}  ${read.error}`);
      continue;
    }
    read.records.forEach((record, i) => {
      records++;
      const where = `${file}  记录${i + 1}`;
      const { problems, warnings } = checkReadRecord(formId, record, validateFns, { today, jurisdictionOf });
      if (record.result.ok && record.result.migratedFrom !== undefined) {
        upgraded++;
        const { title, version } = forms[formId];
        lines.push(`${where}  /version  说明：这是第 ${record.result.migratedFrom} 版“${title}”的文件，已自动升级到第 ${version} 版后检查（文件本身没有改动）。`);
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
  const reminders = `${warned ? `（${warned} 条记录有提醒，请核对）` : ''}${upgraded ? `（${upgraded} 条记录由旧版表单升级）` : ''}`;
  if (invalid === 0 && unreadable === 0) {
    process.stdout.write(`${total}，全部通过${reminders}。\n`);
    return 0;
  }
  process.stdout.write(`${total}：${invalid} 条有误${unreadable ? `，${unreadable} 个文件无法读取` : ''}${reminders}。\n`);
  return 1;
}
