/**
 * The day by which a period's monthly report is due, from the jurisdiction's
 * calendar: its `monthly` rule with a `dayOfMonth` (the rule with id
 * monthly-report first, else one whose title names the 月报). The deadline
 * falls in the reported month itself: 唐河's “每月20日前…上报” sends the
 * month's report by the 20th of that month (its sample 三月 report is filled
 * on 03-18), 金安区's “每月月底…汇总上报截止本月底…月报表” (day 31) by the
 * month's last day. A day past the month's end is its last day (31 → 02-28).
 * A report is 逾期 when its 填表日期 is after that date.
 *
 * Exports: monthlyDeadlineRule(calendar), deadlineOf(period, day).
 */

export interface CalendarRuleLike {
  id: string;
  title: string;
  frequency: string;
  dayOfMonth?: number;
  source: string;
}

export function monthlyDeadlineRule(calendar: CalendarRuleLike[]): (CalendarRuleLike & { dayOfMonth: number }) | undefined {
  const monthly = calendar.filter((r): r is CalendarRuleLike & { dayOfMonth: number } => r.frequency === 'monthly' && typeof r.dayOfMonth === 'number');
  return monthly.find((r) => r.id === 'monthly-report') ?? monthly.find((r) => r.title.includes('月报'));
}

export function deadlineOf(period: string, dayOfMonth: number): string {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${period}-${String(Math.min(dayOfMonth, last)).padStart(2, '0')}`;
}
