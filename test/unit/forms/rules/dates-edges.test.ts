/**
 * Edges of the calendar arithmetic: leap years, month lengths, malformed strings, the
 * birthday boundaries of 周岁 and the comparator's exact values.
 */
import { describe, expect, it } from 'vitest';
import { ageOn, checkNotFuture, compareDates, daysBetween, isIsoDate, isRealDate, todayIso } from '../../../../site/lib/forms/rules/dates.ts';

describe('isIsoDate', () => {
  it('accepts the YYYY-MM-DD shape only, whether or not the day exists', () => {
    expect(isIsoDate('2022-02-30')).toBe(true);
    for (const s of ['2022-2-3', '2022-02-030', 'x2022-02-03', '2022-02-03x', '2022/02/03', 20220203, undefined]) expect(isIsoDate(s), String(s)).toBe(false);
  });
});

describe('isRealDate edges', () => {
  it('knows the Gregorian leap years', () => {
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('1900-02-29')).toBe(false);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2022-02-29')).toBe(false);
    expect(isRealDate('2022-02-28')).toBe(true);
    expect(isRealDate('2024-02-30')).toBe(false);
    expect(isRealDate('0000-02-29')).toBe(true);
  });

  it('knows the length of every month', () => {
    const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    lengths.forEach((n, i) => {
      const m = String(i + 1).padStart(2, '0');
      expect(isRealDate(`2023-${m}-${n}`), `${m}-${n}`).toBe(true);
      expect(isRealDate(`2023-${m}-${n + 1}`), `${m}-${n + 1}`).toBe(false);
      expect(isRealDate(`2023-${m}-01`), `${m}-01`).toBe(true);
      expect(isRealDate(`2023-${m}-00`), `${m}-00`).toBe(false);
    });
    expect(isRealDate('2023-00-10')).toBe(false);
    expect(isRealDate('2023-13-10')).toBe(false);
    expect(isRealDate('2099-12-31')).toBe(true);
    expect(isRealDate('1999-09-19')).toBe(true);
  });

  it('rejects strings of another shape and non-strings', () => {
    for (const s of ['2022-03-1', '2022-03-100', '2022/03/10', '2022-03/10', '2022+03-10', '20220-3-10', 'a022-03-10', '2022-0a-10', '2022-03-1a', '2022-0:-10', '2022-0/-10', '2022-03-:0', '202/-03-10', '202:-03-10', ' 2022-03-1']) {
      expect(isRealDate(s), s).toBe(false);
    }
    for (const v of [20220310, null, undefined, new Date(2022, 2, 10)]) expect(isRealDate(v)).toBe(false);
  });
});

describe('compareDates', () => {
  it('returns -1, 0 or 1', () => {
    expect(compareDates('2022-03-09', '2022-03-10')).toBe(-1);
    expect(compareDates('2022-03-10', '2022-03-10')).toBe(0);
    expect(compareDates('2022-03-11', '2022-03-10')).toBe(1);
  });
});

describe('daysBetween', () => {
  it('counts days across month and year ends, negative backwards', () => {
    expect(daysBetween('2022-01-31', '2022-02-01')).toBe(1);
    expect(daysBetween('2021-12-31', '2022-01-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2022-03-10', '2022-03-01')).toBe(-9);
    expect(daysBetween('2022-03-10', '2022-03-10')).toBe(0);
    expect(daysBetween('2022-01-01', '2023-01-01')).toBe(365);
  });
});

describe('ageOn', () => {
  it('counts a year only from the birthday on', () => {
    expect(ageOn('2010-03-15', '2022-03-16')).toBe(12);
    expect(ageOn('2010-03-15', '2022-03-14')).toBe(11);
    expect(ageOn('2010-03-15', '2022-03-15')).toBe(12);
    expect(ageOn('2010-03-15', '2022-02-20')).toBe(11);
    expect(ageOn('2010-03-15', '2022-04-01')).toBe(12);
    expect(ageOn('2010-01-20', '2022-03-10')).toBe(12);
    expect(ageOn('2010-05-10', '2022-03-20')).toBe(11);
    expect(ageOn('2010-12-31', '2022-01-01')).toBe(11);
    expect(ageOn('2022-03-10', '2022-03-10')).toBe(0);
    expect(ageOn('2023-03-10', '2022-03-10')).toBe(-1);
  });

  it('reads dates without leading zeros too', () => {
    expect(ageOn('2010-3-15', '2022-3-14')).toBe(11);
    expect(ageOn('2010-3-15', '2022-03-15')).toBe(12);
  });
});

describe('todayIso', () => {
  it('pads month and day to two digits, counting months from 1', () => {
    expect(todayIso(new Date(2022, 10, 25))).toBe('2022-11-25');
    expect(todayIso(new Date(2022, 11, 31, 23, 59))).toBe('2022-12-31');
    expect(todayIso(new Date(2022, 0, 1, 0, 0))).toBe('2022-01-01');
    expect(todayIso()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('checkNotFuture', () => {
  it('accepts today and the past, explains a day that does not exist', () => {
    expect(checkNotFuture('2022-06-30', '2022-06-30')).toBeUndefined();
    expect(checkNotFuture('2022-06-29', '2022-06-30')).toBeUndefined();
    expect(checkNotFuture('2022-06-31', '2022-07-30')).toBe('2022-06-31 不是真实存在的日期。');
    expect(checkNotFuture('2022-07-01', '2022-06-30')).toBe('2022-07-01 晚于今天（2022-06-30），不能填写将来的日期。');
  });
});
