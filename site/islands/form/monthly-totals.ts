/**
 * Live totals of a monthly report, by school stage and overall, with the rates
 * as numerator / denominator so the reader can check them.
 */
export interface GradeRow {
  grade?: number;
  enrolled?: number;
  suspected?: number;
  dropouts?: number;
  returned?: number;
  homeEducation?: number;
}

export interface StageTotals {
  label: string;
  grades: number;
  enrolled: number;
  suspected: number;
  dropouts: number;
  returned: number;
  homeEducation: number;
  /** dropouts / enrolled, in percent, or null when nobody is enrolled */
  dropoutRate: number | null;
  /** returned / (dropouts + returned), in percent, or null when there was nothing to return from */
  returnRate: number | null;
}

const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const pct = (num: number, den: number) => (den > 0 ? Math.round((num / den) * 10000) / 100 : null);

function total(label: string, rows: GradeRow[]): StageTotals {
  const sum = (k: keyof GradeRow) => rows.reduce((a, r) => a + n(r[k]), 0);
  const enrolled = sum('enrolled');
  const dropouts = sum('dropouts');
  const returned = sum('returned');
  return {
    label,
    grades: rows.length,
    enrolled,
    suspected: sum('suspected'),
    dropouts,
    returned,
    homeEducation: sum('homeEducation'),
    dropoutRate: pct(dropouts, enrolled),
    returnRate: pct(returned, dropouts + returned),
  };
}

export function monthlyTotals(grades: GradeRow[] | undefined): StageTotals[] {
  const rows = (grades ?? []).filter((r): r is GradeRow => !!r && typeof r === 'object');
  const primary = rows.filter((r) => n(r.grade) >= 1 && n(r.grade) <= 6);
  const junior = rows.filter((r) => n(r.grade) >= 7 && n(r.grade) <= 9);
  return [total('小学（1–6 年级）', primary), total('初中（7–9 年级）', junior), total('合计', rows)];
}

export function rateText(rate: number | null): string {
  return rate === null ? '—' : `${rate.toFixed(2)}%`;
}

/** A zero report must not state any suspected or actual dropout. */
export function zeroReportConflicts(data: { zeroReport?: boolean; grades?: GradeRow[] }): boolean {
  return data.zeroReport === true && (data.grades ?? []).some((g) => n(g?.suspected) > 0 || n(g?.dropouts) > 0);
}

/** Whether any grade has a figure entered (a new report's rows carry only their grade). */
export function hasFigures(grades: GradeRow[] | undefined): boolean {
  return (grades ?? []).some((g) => !!g && (['enrolled', 'suspected', 'dropouts', 'returned', 'homeEducation'] as const).some((k) => typeof g[k] === 'number'));
}
