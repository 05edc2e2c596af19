/** checkTargets on hand-made totals and schools: the comparison on the exact fraction, which schools fail, the flags. */
import { describe, expect, it } from 'vitest';
import type { BandTotals, Counts, SchoolRow } from '../../../site/lib/reports/aggregate-types.ts';
import { checkTargets, measurableIndicators, type TargetLike } from '../../../site/lib/reports/targets.ts';

/** Counts with only the dropout rate given; percent as the page rounds it. */
const counts = (dropouts: number, enrolled: number, percent: number | null): Counts => {
  const rate = { numerator: dropouts, denominator: enrolled, percent };
  return { enrolled, suspected: 0, dropouts, returned: 0, homeEducation: 0, dropoutRate: rate, suspectedRate: rate, returnRate: rate };
};
const totals = (all: Counts, primary: Counts = counts(0, 0, null), junior: Counts = counts(0, 0, null)): BandTotals => ({ all, primary, junior });
const school = (name: string, all: Counts, over: Partial<SchoolRow> = {}): SchoolRow => ({
  ...all,
  name,
  code: null,
  town: null,
  status: 'reported',
  registered: true,
  primary: counts(0, 0, null),
  junior: counts(0, 0, null),
  report: null,
  ...over,
});
const target = (indicator: string, comparator: TargetLike['comparator'], value: number, over: Partial<TargetLike> = {}): TargetLike => ({ indicator, comparator, value, source: 'plan#2', ...over });
const met = (comparator: TargetLike['comparator'], value: number, numerator: number, denominator: number, percent: number | null) =>
  checkTargets([target('dropout-rate', comparator, value)], totals(counts(numerator, denominator, percent)), []).targets[0]!.met;

describe('checkTargets', () => {
  it('measures the three dropout rates, each on its band', () => {
    expect(measurableIndicators).toEqual({ 'dropout-rate': 'all', 'primary-dropout-rate': 'primary', 'junior-dropout-rate': 'junior' });
    const out = checkTargets(
      [target('dropout-rate', '<=', 1), target('primary-dropout-rate', '<=', 1), target('junior-dropout-rate', '<=', 1)],
      totals(counts(3, 1000, 0.3), counts(1, 400, 0.25), counts(2, 600, 0.33)),
      [],
    );
    expect(out.targets.map((t) => [t.label, t.band, t.measured])).toEqual([
      ['年辍学率', 'all', { numerator: 3, denominator: 1000, percent: 0.3 }],
      ['小学年辍学率', 'primary', { numerator: 1, denominator: 400, percent: 0.25 }],
      ['初中年辍学率', 'junior', { numerator: 2, denominator: 600, percent: 0.33 }],
    ]);
  });

  it('compares on the exact fraction, not the rounded percent, with a margin only for floating point', () => {
    // 6049 / 1000000 = 0.6049%, shown 0.60%: not ≤ 0.6.
    expect(met('<=', 0.6, 6049, 1000000, 0.6)).toBe(false);
    expect(met('<=', 0.6, 6000, 1000000, 0.6)).toBe(true);
    expect(met('<=', 0.4999999999, 1, 200, 0.5)).toBe(true);
    expect(met('<=', 0.49, 1, 200, 0.5)).toBe(false);
    expect(met('>=', 0.5000000005, 1, 200, 0.5)).toBe(true);
    expect(met('>=', 0.51, 1, 200, 0.5)).toBe(false);
    expect(met('>=', 0.5, 1, 200, 0.5)).toBe(true);
    expect(met('=', 0.5, 1, 200, 0.5)).toBe(true);
    expect(met('=', 0.5000000005, 1, 200, 0.5)).toBe(true);
    expect(met('=', 0.51, 1, 200, 0.5)).toBe(false);
    expect(met('=', 0.49, 1, 200, 0.5)).toBe(false);
    expect(met('=', 0, 0, 200, 0)).toBe(true);
    // Well inside the goal, not only at its edge: ≤ and ≥ are not = .
    expect(met('<=', 1, 1, 200, 0.5)).toBe(true);
    expect(met('>=', 0.4, 1, 200, 0.5)).toBe(true);
    expect(met('<=', 0.4, 1, 200, 0.5)).toBe(false);
    expect(met('>=', 1, 1, 200, 0.5)).toBe(false);
  });

  it('cannot tell without pupils: met is null, and a school without pupils in the band does not fail', () => {
    const out = checkTargets([target('junior-dropout-rate', '<=', 1)], totals(counts(0, 0, null)), [school('小学', counts(1, 10, 10))]);
    expect(out.targets[0]).toMatchObject({ met: null, failing: [] });
    expect(out.flags).toEqual([]);
    expect(checkTargets([target('dropout-rate', '>=', 0)], totals(counts(0, 0, null)), []).targets[0]!.met).toBeNull();
  });

  it('lists each failing school of the band (missing ones left out) and flags it, then the jurisdiction', () => {
    const schools = [
      school('甲校', counts(1, 100, 1), { junior: counts(1, 50, 2) }),
      school('乙校', counts(0, 100, 0), { junior: counts(0, 50, 0) }),
      school('丙校', counts(5, 100, 5), { status: 'missing', junior: counts(5, 50, 10) }),
      school('丁校', counts(3, 100, 3), { status: 'late', primary: counts(3, 50, 6) }),
    ];
    const out = checkTargets([target('junior-dropout-rate', '<=', 1.8, { source: 'plan#3' }), target('dropout-rate', '<=', 0.5)], totals(counts(4, 300, 1.33), counts(3, 150, 2), counts(1, 150, 0.67)), schools);
    expect(out.targets.map((t) => [t.indicator, t.met, t.failing])).toEqual([
      ['junior-dropout-rate', true, [{ school: '甲校', measured: { numerator: 1, denominator: 50, percent: 2 } }]],
      [
        'dropout-rate',
        false,
        [
          { school: '甲校', measured: { numerator: 1, denominator: 100, percent: 1 } },
          { school: '丁校', measured: { numerator: 3, denominator: 100, percent: 3 } },
        ],
      ],
    ]);
    expect(out.flags).toEqual([
      { kind: 'target', school: '甲校', message: '甲校初中年辍学率 2.00%（1/50），未达到初中年辍学率目标 ≤ 1.8%。', source: 'plan#3' },
      { kind: 'target', school: '甲校', message: '甲校年辍学率 1.00%（1/100），未达到年辍学率目标 ≤ 0.5%。', source: 'plan#2' },
      { kind: 'target', school: '丁校', message: '丁校年辍学率 3.00%（3/100），未达到年辍学率目标 ≤ 0.5%。', source: 'plan#2' },
      { kind: 'target', school: null, message: '全辖区年辍学率 1.33%（4/300），未达到年辍学率目标 ≤ 0.5%。', source: 'plan#2' },
    ]);
  });

  it('writes ≥ and = in the goal', () => {
    const out = checkTargets([target('dropout-rate', '>=', 2), target('dropout-rate', '=', 0)], totals(counts(1, 100, 1)), []);
    expect(out.flags.map((f) => f.message)).toEqual(['全辖区年辍学率 1.00%（1/100），未达到年辍学率目标 ≥ 2%。', '全辖区年辍学率 1.00%（1/100），未达到年辍学率目标 = 0%。']);
  });

  it('keeps the target’s fields, its year only when given, and lists every other indicator as 月报不能计算', () => {
    const out = checkTargets(
      [target('dropout-rate', '<=', 1, { year: 2022 }), target('consolidation-rate', '>=', 96, { year: 2023, source: 'plan#4' }), target('enrolment-rate', '>=', 99)],
      totals(counts(0, 100, 0)),
      [],
    );
    expect(out.targets).toEqual([{ indicator: 'dropout-rate', label: '年辍学率', comparator: '<=', value: 1, year: 2022, source: 'plan#2', band: 'all', measured: { numerator: 0, denominator: 100, percent: 0 }, met: true, failing: [] }]);
    expect(out.unmeasurable).toEqual([
      { indicator: 'consolidation-rate', label: '九年义务教育巩固率', comparator: '>=', value: 96, year: 2023, source: 'plan#4', reason: '月报不能计算' },
      { indicator: 'enrolment-rate', label: '入学率', comparator: '>=', value: 99, source: 'plan#2', reason: '月报不能计算' },
    ]);
    expect(Object.keys(out.unmeasurable[1]!)).not.toContain('year');
    expect(out.flags).toEqual([]);
  });
});
