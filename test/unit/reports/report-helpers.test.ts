/** The small rules the county summary is built on: deadlines, due dates, masking, school matching. */
import { describe, expect, it } from 'vitest';
import { addDuration } from '../../../site/lib/reports/iso-duration.ts';
import { maskIdNumber } from '../../../site/lib/reports/mask-id.ts';
import { deadlineOf, monthlyDeadlineRule, type CalendarRuleLike } from '../../../site/lib/reports/monthly-deadline.ts';
import { normaliseName, registryKey, schoolMatcher } from '../../../site/lib/reports/school-registry.ts';

describe('monthly deadline', () => {
  it('falls in the reported month, on its last day when the day is past the month’s end', () => {
    expect(deadlineOf('2024-03', 20)).toBe('2024-03-20');
    expect(deadlineOf('2024-03', 5)).toBe('2024-03-05');
    expect(deadlineOf('2023-02', 31)).toBe('2023-02-28');
    expect(deadlineOf('2024-02', 31)).toBe('2024-02-29');
    expect(deadlineOf('2024-04', 31)).toBe('2024-04-30');
    expect(deadlineOf('2024-12', 31)).toBe('2024-12-31');
  });

  const rule = (r: Partial<CalendarRuleLike>): CalendarRuleLike => ({ id: 'x', title: '其他', frequency: 'monthly', dayOfMonth: 10, source: 's', ...r });
  it('takes the monthly-report rule, else a monthly rule whose title names 月报, and never a rule without a day', () => {
    const byId = rule({ id: 'monthly-report', title: '报送', dayOfMonth: 20 });
    const byTitle = rule({ id: 'a', title: '月报表报送', dayOfMonth: 25 });
    expect(monthlyDeadlineRule([byTitle, byId])).toBe(byId);
    expect(monthlyDeadlineRule([rule({ id: 'b' }), byTitle])).toBe(byTitle);
    expect(monthlyDeadlineRule([rule({ id: 'monthly-report', frequency: 'termly' }), byTitle])).toBe(byTitle);
    expect(monthlyDeadlineRule([rule({ id: 'monthly-report', dayOfMonth: undefined }), rule({ title: '月报', frequency: 'yearly' })])).toBeUndefined();
    expect(monthlyDeadlineRule([rule({ id: 'b' })])).toBeUndefined();
  });
});

describe('due dates from ISO durations', () => {
  it('adds years, months, weeks and days, and hours only once they make a whole day', () => {
    expect(addDuration('2022-03-01', 'P1Y')).toBe('2023-03-01');
    expect(addDuration('2022-03-01', 'P1Y2M10D')).toBe('2023-05-11');
    expect(addDuration('2022-03-01', 'P2W1D')).toBe('2022-03-16');
    expect(addDuration('2022-03-01', 'PT23H59M59S')).toBe('2022-03-01');
    expect(addDuration('2022-03-01', 'PT24H')).toBe('2022-03-02');
    expect(addDuration('2022-03-01', 'PT1440M')).toBe('2022-03-02');
    expect(addDuration('2022-03-01', 'PT86400S')).toBe('2022-03-02');
    expect(addDuration('2022-03-01', 'P1DT48H')).toBe('2022-03-04');
    expect(addDuration('2022-12-31', 'P1D')).toBe('2023-01-01');
  });

  it('reads nothing but a whole ISO duration', () => {
    for (const d of ['', '3D', 'P3d', 'P1.5D', 'P3DX', 'xP3D', 'P1H', 'three days']) expect(addDuration('2022-03-01', d), d).toBeUndefined();
  });
});

describe('maskIdNumber', () => {
  it('keeps the region and the last four of a full number, and hides all of a short one', () => {
    expect(maskIdNumber('411328201003151236')).toBe('411328********1236');
    expect(maskIdNumber('41132820100')).toBe('411328*0100');
    expect(maskIdNumber('4113282010')).toBe('**********');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('schoolMatcher', () => {
  const registry = [
    { name: '城关镇第一小学', code: '2141000001', town: '城关镇' },
    { name: '桐寨铺镇中心小学', town: '桐寨铺镇' },
  ];
  // Built on every call, inside the test: a matcher made in the describe body would hide its setup from Stryker's per-test coverage.
  const match = (school: { name?: unknown; code?: unknown }) => schoolMatcher(registry)(school);

  it('matches by 学校标识码 first, whatever the name says', () => {
    expect(match({ name: '一小', code: '2141000001' })).toEqual({ key: 'code:2141000001', entry: registry[0] });
  });

  it('matches by name with full-width characters and spaces ignored, also when the code is unknown or empty', () => {
    expect(match({ name: ' 桐寨铺镇 中心小学 ' })).toEqual({ key: 'name:桐寨铺镇中心小学', entry: registry[1] });
    expect(match({ name: '城关镇第一小学', code: '9999' })).toEqual({ key: 'code:2141000001', entry: registry[0] });
    expect(match({ name: '城关镇第一小学', code: '' })).toEqual({ key: 'code:2141000001', entry: registry[0] });
    expect(normaliseName('ＡＢ　小学\t1')).toBe('AB小学1');
  });

  it('keys an unknown school by its code, else its name, so its second report is still a duplicate', () => {
    expect(match({ name: '新建学校', code: '123' })).toEqual({ key: 'code:123' });
    expect(match({ name: '新建 学校', code: '' })).toEqual({ key: 'name:新建学校' });
    expect(match({ name: 5, code: 7 })).toEqual({ key: 'name:' });
    expect(match({})).toEqual({ key: 'name:' });
  });

  it('gives a registry entry the key its reports get', () => {
    expect(registry.map(registryKey)).toEqual(['code:2141000001', 'name:桐寨铺镇中心小学']);
    expect(registry.map((s) => match(s).key)).toEqual(registry.map(registryKey));
  });
});
