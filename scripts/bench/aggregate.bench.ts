/**
 * How long a county's year takes to summarise: aggregate() over 1,000
 * schools × 12 months of monthly reports plus 2,000 case records (persuasion
 * records and dropout registrations of 1,000 pupils), each its own .json file
 * as a clerk collects them — reading, checking every record with the
 * precompiled validators and rules, then totals, completeness, targets and the
 * ledger. A figure, not a test (docs/BENCHMARKS.md).
 */
import { loadConfig } from '../../site/lib/config/load-config.ts';
import { resolveJurisdiction } from '../../site/lib/config/resolve.ts';
import { idCheckCharacter } from '../../site/lib/forms/rules/id-number.ts';
import { forms } from '../../site/lib/forms/form-registry.ts';
import { aggregate, loadReportValidators } from '../../site/lib/reports/aggregate.ts';
import type { InputFile } from '../../site/lib/reports/aggregate-types.ts';

const encoder = new TextEncoder();
const file = (name: string, form: string, data: unknown): InputFile => ({ name, bytes: encoder.encode(JSON.stringify({ form, version: 1, jurisdiction: 'tanghe', data })) });
const example = (id: keyof typeof forms) => structuredClone((forms[id].schema.examples as Record<string, any>[])[0]!);

function pupilId(n: number): { id: string; birth: string; gender: string } {
  const birth = `2010${String((n % 12) + 1).padStart(2, '0')}${String((n % 28) + 1).padStart(2, '0')}`;
  const seq = String(100 + (n % 900)).padStart(3, '0');
  const body = `411328${birth}${seq}`;
  return { id: body + idCheckCharacter(body), birth: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`, gender: Number(seq[2]) % 2 ? '男' : '女' };
}

export async function run(): Promise<void> {
  const schools = Array.from({ length: 1000 }, (_, i) => ({ name: `测试学校${i + 1}`, code: String(9100000000 + i), town: `测试乡${(i % 20) + 1}`, stages: ['primary', 'junior'] as ['primary', 'junior'] }));
  const jurisdiction = { ...resolveJurisdiction(loadConfig('config'), 'tanghe'), schools };
  const inputs: InputFile[] = [];
  const monthly = example('monthly-report');
  for (const s of schools) {
    for (let m = 1; m <= 12; m++) {
      const period = `2022-${String(m).padStart(2, '0')}`;
      inputs.push(file(`${s.code}/${period}.json`, 'monthly-report', { ...monthly, school: { name: s.name, code: s.code }, period, fillDate: `${period}-${m % 5 ? '15' : '25'}` }));
    }
  }
  const persuasion = example('persuasion-record');
  const registration = example('dropout-registration');
  for (let n = 0; n < 1000; n++) {
    const p = pupilId(n);
    const school = schools[n % schools.length]!.name;
    const student = { name: `学生${n}`, idNumber: p.id, birthDate: p.birth, gender: p.gender };
    inputs.push(file(`cases/p${n}.json`, 'persuasion-record', { ...persuasion, unit: school, student: { ...persuasion.student, ...student, studentNumber: `G${p.id}` } }));
    inputs.push(file(`cases/r${n}.json`, 'dropout-registration', { ...registration, unit: school, student: { ...registration.student, ...student, studentNumber: `G${p.id}`, age: undefined } }));
  }
  const validators = await loadReportValidators();
  // One warm-up on a slice so the figure is not the JIT's first pass.
  aggregate(inputs.slice(0, 500), jurisdiction, { today: '2022-12-31', validators });
  const start = performance.now();
  const cpu = process.cpuUsage();
  const r = aggregate(inputs, jurisdiction, { today: '2022-12-31', validators, period: '2022-12' });
  const ms = performance.now() - start;
  // CPU time too: on a shared machine the wall-clock figure mostly measures the other processes.
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(
    `汇总 ${schools.length} 所学校 × 12 个月月报（${schools.length * 12} 份）+ ${inputs.length - schools.length * 12} 条个案记录：${(ms / 1000).toFixed(2)} 秒（CPU ${(cpuMs / 1000).toFixed(2)} 秒）` +
      `（${r.files.valid} 条有效、${r.files.invalid} 条有误；台账 ${r.ledger.length} 人；${r.trend.length} 个月份）`,
  );
}
