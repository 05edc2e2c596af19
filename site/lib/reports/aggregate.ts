/**
 * The county's summary of what its schools sent: monthly reports and case
 * records → totals per school, town, band and jurisdiction against its
 * targets, completeness, duplicates, the pupil ledger with due steps, and
 * every invalid record with the messages `baoxue check` gives. Pure: the CLI
 * reads the files from disk, the dashboard from the browser; both pass bytes.
 *
 * Exports: aggregate(files, jurisdiction, options) → AggregateResult.
 */
import type { ResolvedJurisdiction } from '../config/resolve.ts';
import type { AggregateOptions, AggregateResult, Flag, InputFile } from './aggregate-types.ts';
import { buildLedger } from './ledger.ts';
import { monthlyDeadlineRule } from './monthly-deadline.ts';
import { summariseMonthly } from './monthly-summary.ts';
import { readInputs } from './read-inputs.ts';
import { dropRecordCopies } from './record-copies.ts';
import { schoolMatcher } from './school-registry.ts';
import { checkTargets } from './targets.ts';
import { clipValue, quote } from '../text/quote-value.ts';

export function aggregate(files: InputFile[], jurisdiction: ResolvedJurisdiction, options: AggregateOptions): AggregateResult {
  const read = readInputs(files, jurisdiction, options);
  const monthly = read.valid.filter((r) => r.envelope.form === 'monthly-report');
  const cases = read.valid.filter((r) => r.envelope.form !== 'monthly-report');
  const registry = jurisdiction.schools;
  const summary = summariseMonthly(monthly, registry, monthlyDeadlineRule(jurisdiction.calendar), options.period);
  const targets = checkTargets(jurisdiction.targets, summary.totals, summary.schools);
  // A case record copied (into one file twice, or into two files) counts once, and is said to be a copy.
  const copies = dropRecordCopies(cases);
  const ledger = buildLedger(copies.unique, jurisdiction.escalation, options.today);
  const flags: Flag[] = [...summary.flags, ...copies.flags, ...targets.flags];

  // Cross-check: a report saying 0 辍学 for a school whose pupil the ledger holds as 辍学 in that month.
  if (summary.period) {
    const p = summary.period;
    const match = schoolMatcher(registry);
    for (const e of ledger) {
      const r = e.row;
      if (e.mark !== '辍学' || !r.dropoutPeriod || r.dropoutPeriod > p) continue;
      if (r.status === '已复学' && (!r.returnDate || r.returnDate.slice(0, 7) <= p)) continue;
      const counted = summary.counted.get(match({ name: e.schoolName }).key);
      if (!counted || counted.row.dropouts > 0) continue;
      flags.push({
        kind: 'cross-check',
        school: counted.row.name,
        message: `${clipValue(counted.row.name).text} ${p} 月报填报辍学 0 人，但台账中${clipValue(r.name).text}（${r.student}）自 ${r.dropoutPeriod} 起登记为辍学且未复学，请核对月报。`,
        source: null,
        files: [counted.record.file, ...new Set(r.records.map((x) => x.file))],
      });
    }
  }
  for (const e of ledger) {
    const r = e.row;
    if (!r.overdue) continue;
    flags.push({
      kind: 'overdue',
      school: r.school,
      message: `${clipValue(r.name).text}（${r.student}，${r.status}）的下一步措施已逾期，应于 ${r.due} 前完成：${r.nextAction}${r.nextActor ? `（责任人：${r.nextActor}）` : ''}`,
      source: r.source,
      files: [...new Set(r.records.map((x) => x.file))],
    });
  }
  for (const o of read.otherJurisdiction) {
    flags.push({
      kind: 'other-jurisdiction',
      school: null,
      message: `${o.file} 记录${o.record} 注明的辖区是 ${quote(o.jurisdiction)}，不是${jurisdiction.name}（${jurisdiction.id}）；已按${jurisdiction.name}的规则检查并计入汇总，请确认。`,
      source: null,
      files: [o.file],
    });
  }

  return {
    jurisdiction: { id: jurisdiction.id, name: jurisdiction.name },
    period: summary.period,
    deadline: summary.deadline,
    today: options.today,
    totals: summary.totals,
    schools: summary.schools,
    towns: summary.towns,
    flags,
    targets: targets.targets,
    unmeasurable: targets.unmeasurable,
    missing: summary.missing,
    duplicates: [...summary.duplicates, ...copies.duplicates],
    ledger: ledger.map((e) => e.row),
    invalid: read.invalid,
    trend: summary.trend,
    files: { read: files.length, records: read.records, valid: read.valid.length, invalid: read.invalidRecords, byForm: read.byForm },
  };
}

export { loadReportValidators } from './load-report-validators.ts';
