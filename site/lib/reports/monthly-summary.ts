/**
 * The period's monthly reports against the school registry: one row per
 * school (the registry's, then the unknown ones that reported), its status
 * (reported / zero / late / missing), the towns, the jurisdiction's totals, the
 * duplicates (same school and period: the later 填表日期 counts, on a tie the
 * file read last) and the month-by-month trend over every period read.
 *
 * Exports: summariseMonthly(records, registry, deadlineRule, period?) → MonthlySummary.
 */
import type { BandTotals, Duplicate, Flag, MissingSchool, PeriodTotals, SchoolRow, TownRow, ValidRecord } from './aggregate-types.ts';
import { bandTotals, sumBandTotals } from './band-totals.ts';
import { deadlineOf, type CalendarRuleLike } from './monthly-deadline.ts';
import { registryKey, schoolMatcher, type RegistrySchool } from './school-registry.ts';
import { clipValue, quote } from '../text/quote-value.ts';

export interface MonthlySummary {
  period: string | null;
  deadline: { dayOfMonth: number; date: string; source: string } | null;
  totals: BandTotals;
  schools: SchoolRow[];
  towns: TownRow[];
  missing: MissingSchool[];
  duplicates: Duplicate[];
  flags: Flag[];
  trend: PeriodTotals[];
  /** the counted report of each school key in the period, for the cross-check */
  counted: Map<string, { row: SchoolRow; record: ValidRecord }>;
}

interface Report {
  record: ValidRecord;
  key: string;
  entry?: RegistrySchool;
  name: string;
  code: string | null;
  period: string;
  fillDate: string | null;
  zeroReport: boolean;
  totals: BandTotals;
}

const noTown = '未注明乡镇';

/** The counted report per school and period, and the duplicates dropped. */
function dedupe(reports: Report[]): { kept: Map<string, Report>; duplicates: Map<string, Report[]> } {
  const kept = new Map<string, Report>();
  const duplicates = new Map<string, Report[]>();
  for (const r of reports) {
    const id = `${r.period}|${r.key}`;
    const prev = kept.get(id);
    if (!prev) {
      kept.set(id, r);
      continue;
    }
    const later = (r.fillDate ?? '') >= (prev.fillDate ?? '') ? r : prev;
    kept.set(id, later);
    duplicates.set(id, [...(duplicates.get(id) ?? []), later === r ? prev : r]);
  }
  return { kept, duplicates };
}

export function summariseMonthly(records: ValidRecord[], registry: RegistrySchool[], deadlineRule: (CalendarRuleLike & { dayOfMonth: number }) | undefined, period?: string): MonthlySummary {
  const match = schoolMatcher(registry);
  const reports: Report[] = records.map((record) => {
    const d = record.envelope.data as { school?: { name?: string; code?: string }; period?: string; fillDate?: string; zeroReport?: boolean; grades?: unknown };
    const m = match(d.school ?? {});
    return {
      record,
      key: m.key,
      ...(m.entry ? { entry: m.entry } : {}),
      name: m.entry?.name ?? d.school?.name ?? '',
      code: m.entry?.code ?? d.school?.code ?? null,
      period: d.period ?? '',
      fillDate: d.fillDate ?? null,
      zeroReport: d.zeroReport === true,
      totals: bandTotals(d.grades),
    };
  });
  const { kept, duplicates } = dedupe(reports);
  const periods = [...new Set(reports.map((r) => r.period))].sort();
  const chosen = period ?? periods[periods.length - 1] ?? null;
  const deadline = chosen && deadlineRule ? { dayOfMonth: deadlineRule.dayOfMonth, date: deadlineOf(chosen, deadlineRule.dayOfMonth), source: deadlineRule.source } : null;
  const flags: Flag[] = [];

  const trend: PeriodTotals[] = periods.map((p) => {
    const of = [...kept.values()].filter((r) => r.period === p);
    return { period: p, reports: of.length, totals: sumBandTotals(of.map((r) => r.totals)) };
  });

  const inPeriod = [...kept.values()].filter((r) => r.period === chosen);
  const byKey = new Map(inPeriod.map((r) => [r.key, r]));
  const counted = new Map<string, { row: SchoolRow; record: ValidRecord }>();
  const rowOf = (name: string, code: string | null, town: string | null, registered: boolean, r: Report | undefined): SchoolRow => {
    const t = r?.totals ?? bandTotals([]);
    const late = !!(r && deadline && r.fillDate && r.fillDate > deadline.date);
    return {
      name,
      code,
      town,
      status: !r ? 'missing' : late ? 'late' : r.zeroReport ? 'zero' : 'reported',
      registered,
      ...t.all,
      primary: t.primary,
      junior: t.junior,
      report: r ? { file: r.record.file, record: r.record.record, fillDate: r.fillDate, zeroReport: r.zeroReport } : null,
    };
  };
  const schools: SchoolRow[] = [];
  for (const s of registry) {
    const r = byKey.get(registryKey(s));
    const row = rowOf(s.name, s.code ?? r?.code ?? null, s.town ?? null, true, r);
    schools.push(row);
    if (r) counted.set(r.key, { row, record: r.record });
  }
  const known = new Set(registry.map(registryKey));
  for (const r of inPeriod) {
    if (known.has(r.key)) continue;
    const row = rowOf(r.name, r.code, null, false, r);
    schools.push(row);
    counted.set(r.key, { row, record: r.record });
    // Without a registry every school is unknown: said once below, not once per school.
    if (registry.length === 0) continue;
    flags.push({
      kind: 'unknown-school',
      school: r.name,
      message: `${quote(r.name)}${r.code ? `（${r.code}）` : ''}不在本辖区的学校名单中，其月报已计入汇总；请核对学校名称和标识码，或把它补进学校名单。`,
      source: null,
      files: [r.record.file],
    });
  }
  for (const row of schools) {
    if (row.status === 'late' && row.report && deadline) {
      flags.push({
        kind: 'late',
        school: row.name,
        message: `${clipValue(row.name).text} ${chosen} 月报于 ${row.report.fillDate} 填报，晚于截止日 ${deadline.date}（每月 ${deadline.dayOfMonth} 日前）。`,
        source: deadline.source,
        files: [row.report.file],
      });
    }
  }
  if (registry.length === 0 && chosen) {
    flags.push({
      kind: 'no-registry',
      school: null,
      message: '本辖区的配置中没有学校名单（schools 或 schoolsFile），无法列出未报学校，也无法按乡镇汇总；已按收到的月报逐校统计。',
      source: null,
    });
  }
  const dupList: Duplicate[] = [];
  for (const [id, dropped] of duplicates) {
    const k = kept.get(id)!;
    dupList.push({
      school: k.name,
      code: k.code,
      period: k.period,
      kept: k.record.file,
      dropped: dropped.map((d) => d.record.file),
      form: 'monthly-report',
      student: null,
      records: [k, ...dropped].map((d) => ({ file: d.record.file, record: d.record.record })),
    });
    if (k.period !== chosen) continue;
    flags.push({
      kind: 'duplicate',
      school: k.name,
      message: `${clipValue(k.name).text} ${k.period} 月报重复报送：${[k, ...dropped].map((d) => `${d.record.file}（填表日期 ${d.fillDate ?? '未填'}）`).join('、')}；只计一次，按填表日期较晚的 ${k.record.file}。`,
      source: null,
      files: [k.record.file, ...dropped.map((d) => d.record.file)],
    });
  }

  const towns = new Map<string, SchoolRow[]>();
  for (const row of schools) towns.set(row.town ?? noTown, [...(towns.get(row.town ?? noTown) ?? []), row]);
  const townRows: TownRow[] = [...towns].map(([name, rows]) => {
    const t = sumBandTotals(rows.map((r) => ({ primary: r.primary, junior: r.junior, all: r })));
    return { name, schools: rows.length, reported: rows.filter((r) => r.status !== 'missing').length, missing: rows.filter((r) => r.status === 'missing').length, ...t.all, primary: t.primary, junior: t.junior };
  });

  return {
    period: chosen,
    deadline,
    totals: sumBandTotals(inPeriod.map((r) => r.totals)),
    schools,
    towns: townRows,
    missing: schools.filter((s) => s.status === 'missing').map((s) => ({ name: s.name, code: s.code, town: s.town })),
    duplicates: dupList,
    flags,
    trend,
    counted,
  };
}
