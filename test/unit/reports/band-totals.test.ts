import { describe, expect, it } from 'vitest';
import { bandOfGrade, bandTotals, emptyBandTotals, hasFigures, rate, rateText, sumBandTotals, zeroReportConflicts } from '../../../site/lib/reports/band-totals.ts';
import { forms } from '../../../site/lib/forms/form-registry.ts';

const example = () => structuredClone((forms['monthly-report'].schema.examples as Record<string, any>[])[0]!);
const row = (grade: number, enrolled: number, dropouts = 0, extra: Record<string, number> = {}) => ({ grade, enrolled, suspected: 0, dropouts, returned: 0, homeEducation: 0, ...extra });

describe('bandTotals', () => {
  it('sums the example per band (hand-computed: 小学 120+118+115+121+109+112 = 695, 初中 98+95+90 = 283)', () => {
    const t = bandTotals(example().grades);
    expect(t.primary).toMatchObject({ enrolled: 695, suspected: 1, dropouts: 0, returned: 1, homeEducation: 2 });
    expect(t.junior).toMatchObject({ enrolled: 283, suspected: 3, dropouts: 2, returned: 1, homeEducation: 0 });
    expect(t.junior.dropoutRate).toEqual({ numerator: 2, denominator: 283, percent: 0.71 });
    expect(t.all.dropoutRate).toEqual({ numerator: 2, denominator: 978, percent: 0.2 });
    expect(t.all.returnRate).toEqual({ numerator: 2, denominator: 4, percent: 50 });
  });

  it('counts 六年级 as 小学 and 七年级 as 初中', () => {
    expect(bandOfGrade(6)).toBe('primary');
    expect(bandOfGrade(7)).toBe('junior');
    const t = bandTotals([row(6, 50, 1), row(7, 40, 2)]);
    expect(t.primary).toMatchObject({ enrolled: 50, dropouts: 1 });
    expect(t.junior).toMatchObject({ enrolled: 40, dropouts: 2 });
    expect(t.all).toMatchObject({ enrolled: 90, dropouts: 3 });
    expect(bandTotals([row(1, 10)]).primary.enrolled).toBe(10);
    expect(bandTotals([row(9, 10)]).junior.enrolled).toBe(10);
  });

  it('gives a zero denominator no percent (shown “—”), never NaN or Infinity', () => {
    const t = bandTotals([row(7, 0), row(8, 0)]);
    expect(t.primary.dropoutRate).toEqual({ numerator: 0, denominator: 0, percent: null });
    expect(t.junior.dropoutRate.percent).toBeNull();
    expect(t.all.returnRate.percent).toBeNull();
    expect(rateText(t.all.dropoutRate)).toBe('—');
    expect(bandTotals(undefined).all.enrolled).toBe(0);
    expect(bandTotals([]).all.dropoutRate.percent).toBeNull();
  });

  it('counts empty grades and missing numbers as 0 and ignores rows without a grade 1–9', () => {
    const t = bandTotals([{ grade: 1 }, { grade: 2, enrolled: 30 }, { enrolled: 99 }, { grade: 10, enrolled: 5 }, null, 'x']);
    expect(t.all).toMatchObject({ enrolled: 30, suspected: 0, dropouts: 0 });
  });

  it('takes only whole grades 1–9 and whole non-negative counts', () => {
    const t = bandTotals([{ grade: 0, enrolled: 1 }, { grade: 2.5, enrolled: 2 }, { grade: '3', enrolled: 4 }, { grade: 8, enrolled: 8 }]);
    expect(t.all.enrolled).toBe(8);
    const c = bandTotals([{ grade: 1, enrolled: -5, suspected: 1.5, dropouts: '2', returned: 3, homeEducation: Number.NaN }]);
    expect(c.primary).toMatchObject({ enrolled: 0, suspected: 0, dropouts: 0, returned: 3, homeEducation: 0 });
  });

  it('has an all-zero empty total', () => {
    expect(emptyBandTotals()).toEqual(bandTotals([]));
    expect(emptyBandTotals().all).toMatchObject({ enrolled: 0, dropouts: 0, suspected: 0, returned: 0, homeEducation: 0 });
  });

  it('rounds percent to 2 decimals, half up, from exact fractions', () => {
    expect(rate(1, 3).percent).toBe(33.33);
    expect(rate(2, 3).percent).toBe(66.67);
    expect(rate(1, 8).percent).toBe(12.5);
    expect(rate(29, 20000).percent).toBe(0.15); // 0.145 exactly
    expect(rateText(rate(1, 8))).toBe('12.50%');
    expect(rateText(1.5)).toBe('1.50%');
    expect(rateText(null)).toBe('—');
  });

  it('adds reports by summing counts and recomputing rates, never averaging them', () => {
    const a = bandTotals([row(1, 100, 1)]);
    const b = bandTotals([row(2, 300, 0)]);
    const s = sumBandTotals([a, b]);
    expect(s.primary.dropoutRate).toEqual({ numerator: 1, denominator: 400, percent: 0.25 });
    expect(s.all.enrolled).toBe(400);
  });
});

describe('hasFigures and zeroReportConflicts', () => {
  it('knows a report with no figures yet (its rows carry only their grade)', () => {
    expect(hasFigures([{ grade: 1 }, { grade: 2 }])).toBe(false);
    expect(hasFigures([{ grade: 1 }, { grade: 2, enrolled: 0 }])).toBe(true);
    expect(hasFigures([null, 'x', 5, { grade: 1, enrolled: '3' }])).toBe(false);
    expect(hasFigures({ 0: { enrolled: 1 }, length: 1 })).toBe(false);
  });

  it('flags a zero report that counts dropouts', () => {
    expect(zeroReportConflicts({ zeroReport: true, grades: [{ suspected: 1 }] })).toBe(true);
    expect(zeroReportConflicts({ zeroReport: true, grades: [{ suspected: 0, dropouts: 0 }] })).toBe(false);
    expect(zeroReportConflicts({ zeroReport: false, grades: [{ dropouts: 2 }] })).toBe(false);
    // One grade with a dropout is enough, whatever the other rows hold.
    expect(zeroReportConflicts({ zeroReport: true, grades: [null, 'x', { dropouts: 0 }, { dropouts: 1 }] })).toBe(true);
    expect(zeroReportConflicts({ zeroReport: true, grades: [null, 'x', { dropouts: 0 }] })).toBe(false);
    expect(zeroReportConflicts({ zeroReport: true, grades: { 0: { dropouts: 1 }, length: 1 } })).toBe(false);
  });
});
