/**
 * `npx baoxue aggregate <jurisdiction-id> <files or folders>... [--period YYYY-MM]
 *   [--format table|json|csv|xlsx] [--out FILE] [--config-dir DIR]`:
 * the schools' monthly reports and case records → the county's summary
 * (site/lib/reports/aggregate.ts). Folders are read recursively. Output on
 * stdout (a Chinese table by default) or in --out; progress on stderr past 100
 * files. Exit 0 when every record is valid, 1 when any is not (the summary of
 * the valid ones is still written), 2 on usage errors.
 * "Today" (due dates, future dates) is BAOXUE_TODAY=YYYY-MM-DD when set.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasErrors, loadConfig } from '../../site/lib/config/load-config.ts';
import { resolveJurisdiction } from '../../site/lib/config/resolve.ts';
import { isRealDate, todayIso } from '../../site/lib/forms/rules/dates.ts';
import { aggregate, loadReportValidators } from '../../site/lib/reports/aggregate.ts';
import type { InputFile, InvalidEntry } from '../../site/lib/reports/aggregate-types.ts';
import { reportSheets } from '../../site/lib/reports/report-sheets.ts';
import { toCsv } from '../../site/lib/reports/to-csv.ts';
import { toTableText } from '../../site/lib/reports/to-table-text.ts';
import { hint } from '../../site/lib/text/did-you-mean.ts';
import { writeWorkbook } from '../../site/lib/xlsx/write-workbook.ts';
import { configDirToRead, parse, readConfigDirOption } from './args.ts';
import { reportDiagnostics } from './report.ts';
import { UsageError } from './usage.ts';
import { quote } from '../../site/lib/text/quote-value.ts';

const formats = ['table', 'json', 'csv', 'xlsx'] as const;
type Format = (typeof formats)[number];

/** Files under a folder, sorted; hidden files and Office lock files (~$…) are not anyone's report. */
function walk(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && !n.startsWith('~$'))
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

function collect(paths: string[]): { files: string[]; missing: InvalidEntry[] } {
  const files: string[] = [];
  const missing: InvalidEntry[] = [];
  for (const p of paths) {
    if (!existsSync(p)) missing.push({ file: p, record: null, pointer: '', message: '找不到这个文件或文件夹。' });
    else if (statSync(p).isDirectory()) files.push(...walk(p));
    else files.push(p);
  }
  return { files: [...new Set(files)], missing };
}

export async function aggregateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { ...readConfigDirOption, period: { type: 'string' }, format: { type: 'string', default: 'table' }, out: { type: 'string' } });
  const [id, ...paths] = positionals;
  if (!id) throw new UsageError('aggregate 需要辖区标识和文件或文件夹，例如 npx baoxue aggregate tanghe 三月月报/。');
  if (paths.length === 0) throw new UsageError(`请给出要汇总的文件或文件夹，例如 npx baoxue aggregate ${id} 三月月报/。`);
  const format = values.format as Format;
  if (!formats.includes(format)) throw new UsageError(`--format 只能是 ${formats.join('、')}，实际是 ${quote(values.format)}。${hint(values.format ?? '', formats)}`);
  const period = values.period;
  if (period !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new UsageError(`--period 应为 YYYY-MM 格式的月份，例如 2022-03，实际是 ${quote(period)}。`);
  if (format === 'xlsx' && !values.out) throw new UsageError('--format xlsx 需要用 --out 指定要写入的文件，例如 --out 三月汇总.xlsx。');
  const envToday = process.env.BAOXUE_TODAY;
  if (envToday !== undefined && !isRealDate(envToday)) throw new UsageError(`环境变量 BAOXUE_TODAY 应为 YYYY-MM-DD 格式的日期，实际是 ${quote(envToday)}。`);
  const today = envToday ?? todayIso();

  const configDir = configDirToRead(values['config-dir']);
  if (!existsSync(configDir)) {
    process.stderr.write(`找不到配置目录 ${quote(configDir)}；请用 --config-dir 指定配置目录。\n`);
    return 1;
  }
  const set = loadConfig(configDir);
  if (hasErrors(set)) {
    reportDiagnostics(set, { summary: false });
    process.stderr.write('配置文件有错误，无法汇总；请先运行 npx baoxue validate 并改正。\n');
    return 1;
  }
  if (!set.jurisdictions.has(id)) throw new UsageError(`找不到辖区 ${quote(id)}。${hint(id, set.jurisdictions.keys()) || `已有辖区：${[...set.jurisdictions.keys()].join('、')}。`}`);
  const jurisdiction = resolveJurisdiction(set, id);

  const { files, missing } = collect(paths);
  const inputs: InputFile[] = [];
  const unreadable: InvalidEntry[] = [];
  files.forEach((file, i) => {
    try {
      inputs.push({ name: file, bytes: new Uint8Array(readFileSync(file)) });
    } catch {
      unreadable.push({ file, record: null, pointer: '', message: '无法读取这个文件。' });
    }
    if (files.length > 100 && ((i + 1) % 100 === 0 || i + 1 === files.length)) process.stderr.write(`已读取 ${i + 1}/${files.length} 个文件…\n`);
  });
  const result = aggregate(inputs, jurisdiction, { today, ...(period ? { period } : {}), validators: await loadReportValidators() });
  result.invalid.unshift(...missing, ...unreadable);
  result.files.read += unreadable.length;

  const out: string | Uint8Array =
    format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : format === 'csv' ? toCsv(reportSheets(result)) : format === 'xlsx' ? writeWorkbook(reportSheets(result)) : toTableText(result);
  if (values.out) {
    writeFileSync(values.out, out);
    process.stderr.write(`已写入 ${values.out}。\n`);
  } else process.stdout.write(out);
  if (result.invalid.length) {
    process.stderr.write(`有 ${result.invalid.length} 处文件或记录有误（见“问题”/invalid），这些记录没有计入汇总；其余 ${result.files.valid} 条已汇总。\n`);
    return 1;
  }
  return 0;
}
