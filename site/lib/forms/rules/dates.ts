/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD strings), in the proleptic
 * Gregorian calendar and without time zones: a form's dates are calendar days
 * as written on paper, so no Date-object time-zone shifts may creep in.
 *
 * Exports: isIsoDate, isRealDate, compareDates, daysBetween, ageOn, todayIso,
 * checkNotFuture.
 */

const iso = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isIsoDate = (s: unknown): s is string => typeof s === 'string' && iso.test(s);

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthDays = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

/** A YYYY-MM-DD string naming a day that exists (no 2月30日). */
export function isRealDate(s: unknown): s is string {
  // Read digit by digit: every date of every record checked goes through here.
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digits(s, 0, 4);
  const mo = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  return y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= monthDays(y, mo);
}

/** The number the ASCII digits s[from, to) spell, or -1 if one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Negative, zero or positive like a sort comparator; ISO strings order lexically. */
export const compareDates = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const dayNumber = (s: string) => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/** Whole days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: string, b: string) => dayNumber(b) - dayNumber(a);

/** Completed years of age on `reference` for someone born on `birth` (周岁). */
export function ageOn(birth: string, reference: string): number {
  const [by, bm, bd] = ymd(birth);
  const [ry, rm, rd] = ymd(reference);
  return ry - by - (rm < bm || (rm === bm && rd < bd) ? 1 : 0);
}

const ymd = (s: string): [number, number, number] => {
  if (iso.test(s)) return [digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10)];
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};

/** Today's local calendar date as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * Chinese complaint (without the field's name) about a date that does not
 * exist or lies after `today`; undefined when the date is fine.
 */
export function checkNotFuture(value: string, today: string): string | undefined {
  if (!isRealDate(value)) return `${value} 不是真实存在的日期。`;
  if (compareDates(value, today) > 0) return `${value} 晚于今天（${today}），不能填写将来的日期。`;
  return undefined;
}
