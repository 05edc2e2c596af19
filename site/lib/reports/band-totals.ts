/**
 * The one implementation of a monthly report's totals: per grade band (小学
 * 1–6, 初中 7–9) and for all grades, each rate with numerator and denominator.
 * The form page's live 合计, its print view, `baoxue aggregate` and the
 * dashboard all count with it, so a school's sheet and the county's summary
 * never disagree.
 *
 * Rates: percent = numerator ÷ denominator × 100, rounded half up to 2
 * decimals; null (shown “—”) when the denominator is 0, never NaN or Infinity.
 * Rows without a grade 1–9 are not counted; a missing number counts as 0.
 *
 * Exports: bandOfGrade, rate, rateText, bandTotals, sumBandTotals, emptyBandTotals,
 * hasFigures, zeroReportConflicts, countKeys, GradeRow.
 */
import type { BandTotals, Counts, Rate } from './aggregate-types.ts';

export interface GradeRow {
  grade?: unknown;
  enrolled?: unknown;
  suspected?: unknown;
  dropouts?: unknown;
  returned?: unknown;
  homeEducation?: unknown;
}

export const countKeys = ['enrolled', 'suspected', 'dropouts', 'returned', 'homeEducation'] as const;
type Sums = Record<(typeof countKeys)[number], number>;

const count = (v: unknown): number => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0);
const isGrade = (g: unknown): g is number => typeof g === 'number' && Number.isInteger(g) && g >= 1 && g <= 9;

/** 小学 is grades 1–6 (六年级 included), 初中 7–9. */
export const bandOfGrade = (grade: number): 'primary' | 'junior' => (grade <= 6 ? 'primary' : 'junior');

export function rate(numerator: number, denominator: number): Rate {
  // Integer arithmetic first, so 1/8 = 12.5 and 1/3 = 33.33 without binary drift (0.145 → 0.15, not 0.14).
  return { numerator, denominator, percent: denominator > 0 ? Math.round((numerator * 10000) / denominator) / 100 : null };
}

export function rateText(r: Rate | number | null): string {
  const percent = r !== null && typeof r === 'object' ? r.percent : r;
  return percent === null ? '—' : `${percent.toFixed(2)}%`;
}

const zero = (): Sums => ({ enrolled: 0, suspected: 0, dropouts: 0, returned: 0, homeEducation: 0 });

function counts(s: Sums): Counts {
  return {
    ...s,
    dropoutRate: rate(s.dropouts, s.enrolled),
    suspectedRate: rate(s.suspected, s.enrolled),
    returnRate: rate(s.returned, s.dropouts + s.returned),
  };
}

function add(into: Sums, from: Partial<Sums>) {
  for (const k of countKeys) into[k] += from[k] ?? 0;
}

export function bandTotals(grades: unknown): BandTotals {
  const sums = { primary: zero(), junior: zero() };
  for (const row of Array.isArray(grades) ? (grades as unknown[]) : []) {
    if (!row || typeof row !== 'object') continue;
    const r = row as GradeRow;
    if (!isGrade(r.grade)) continue;
    const band = sums[bandOfGrade(r.grade)];
    for (const k of countKeys) band[k] += count(r[k]);
  }
  const all = zero();
  add(all, sums.primary);
  add(all, sums.junior);
  return { primary: counts(sums.primary), junior: counts(sums.junior), all: counts(all) };
}

export const emptyBandTotals = (): BandTotals => bandTotals([]);

/** Totals of many reports: sums of the counts, rates recomputed from the sums (never averaged). */
export function sumBandTotals(list: Iterable<BandTotals>): BandTotals {
  const sums = { primary: zero(), junior: zero(), all: zero() };
  for (const t of list) for (const band of ['primary', 'junior', 'all'] as const) add(sums[band], t[band]);
  return { primary: counts(sums.primary), junior: counts(sums.junior), all: counts(sums.all) };
}

/** Whether any grade has a figure entered (a new report's rows carry only their grade). */
export function hasFigures(grades: unknown): boolean {
  return (Array.isArray(grades) ? (grades as unknown[]) : []).some(
    (g) => !!g && typeof g === 'object' && countKeys.some((k) => typeof (g as GradeRow)[k] === 'number'),
  );
}

/** A zero report must not state any suspected or actual dropout. */
export function zeroReportConflicts(data: { zeroReport?: unknown; grades?: unknown }): boolean {
  return data.zeroReport === true && (Array.isArray(data.grades) ? (data.grades as unknown[]) : []).some((g) => !!g && typeof g === 'object' && (count((g as GradeRow).suspected) > 0 || count((g as GradeRow).dropouts) > 0));
}
