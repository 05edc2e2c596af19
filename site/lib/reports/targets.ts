/**
 * The jurisdiction's targets against the period's monthly data. Monthly
 * reports measure only dropout rates: 年辍学率 (all grades), 小学 and 初中 —
 * as 辍学人数 ÷ 在籍学生数 of the period (the pupils out of school at the
 * month's end). Each is compared for the whole jurisdiction and for every
 * school that has pupils in the band; a miss is a flag naming the target, its
 * value, the measured rate and the clause. Every other target (巩固率, 入学率 …)
 * is listed as “月报不能计算”, never dropped.
 *
 * Exports: measurableIndicators, checkTargets(targets, totals, schools) → { targets, unmeasurable, flags }.
 */
import { indicatorLabel } from '../config/config-schemas.ts';
import type { BandTotals, Flag, Rate, SchoolRow, TargetCheck, UnmeasurableTarget } from './aggregate-types.ts';
import { rateText } from './band-totals.ts';
import { clipValue } from '../text/quote-value.ts';

export const measurableIndicators: Record<string, keyof BandTotals> = {
  'dropout-rate': 'all',
  'primary-dropout-rate': 'primary',
  'junior-dropout-rate': 'junior',
};

export interface TargetLike {
  indicator: string;
  comparator: '>=' | '<=' | '=';
  value: number;
  year?: number;
  source: string;
}

const sym = { '>=': '≥', '<=': '≤', '=': '=' } as const;

function meets(r: Rate, comparator: TargetLike['comparator'], value: number): boolean | null {
  if (r.percent === null) return null;
  // Compared on the exact fraction: a rounded 0.60% may hide 0.6049%.
  const exact = (r.numerator / r.denominator) * 100;
  const eps = 1e-9;
  return comparator === '<=' ? exact <= value + eps : comparator === '>=' ? exact >= value - eps : Math.abs(exact - value) < eps;
}

const measuredText = (r: Rate) => `${rateText(r)}（${r.numerator}/${r.denominator}）`;

export function checkTargets(targets: TargetLike[], totals: BandTotals, schools: SchoolRow[]): { targets: TargetCheck[]; unmeasurable: UnmeasurableTarget[]; flags: Flag[] } {
  const checks: TargetCheck[] = [];
  const unmeasurable: UnmeasurableTarget[] = [];
  const flags: Flag[] = [];
  for (const t of targets) {
    const label = indicatorLabel(t.indicator);
    const base = { indicator: t.indicator, label, comparator: t.comparator, value: t.value, ...(t.year ? { year: t.year } : {}), source: t.source };
    const band = measurableIndicators[t.indicator];
    if (!band) {
      unmeasurable.push({ ...base, reason: '月报不能计算' });
      continue;
    }
    const goal = `${label}目标 ${sym[t.comparator]} ${t.value}%`;
    const measured = totals[band].dropoutRate;
    const met = meets(measured, t.comparator, t.value);
    const failing: TargetCheck['failing'] = [];
    for (const s of schools) {
      if (s.status === 'missing') continue;
      const r = band === 'all' ? s.dropoutRate : s[band].dropoutRate;
      if (meets(r, t.comparator, t.value) !== false) continue;
      failing.push({ school: s.name, measured: r });
      flags.push({ kind: 'target', school: s.name, message: `${clipValue(s.name).text}${label} ${measuredText(r)}，未达到${goal}。`, source: t.source });
    }
    if (met === false) flags.push({ kind: 'target', school: null, message: `全辖区${label} ${measuredText(measured)}，未达到${goal}。`, source: t.source });
    checks.push({ ...base, band, measured, met, failing });
  }
  return { targets: checks, unmeasurable, flags };
}
