import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, type ICalRepeatingOptions } from 'ical-generator';
import type { ResolvedJurisdiction } from '../config/resolve.ts';

type Rule = ResolvedJurisdiction['calendar'][number];

export interface CalendarOptions {
  /** first year of the recurring series */
  year: number;
  /** `<document>#<clause>` → a readable citation */
  cite: (ref: string) => string;
}

/** Rules that need a date the config does not have (term start, the day something is found). */
export function unplaceableRules(j: ResolvedJurisdiction): Rule[] {
  return j.calendar.filter((r) => !placement(r, 2000));
}

function placement(r: Rule, year: number): { start: Date; repeating?: ICalRepeatingOptions } | undefined {
  const utc = (m: number, d: number) => new Date(Date.UTC(year, m - 1, d));
  if (r.frequency === 'once' && r.date) {
    const [y, m, d] = r.date.split('-').map(Number);
    return { start: new Date(Date.UTC(y!, m! - 1, d!)) };
  }
  if (r.frequency === 'monthly' && r.dayOfMonth) {
    // "By the 31st" means the last day of every month.
    const day = r.dayOfMonth >= 29 ? -1 : r.dayOfMonth;
    return { start: utc(1, day === -1 ? 31 : day), repeating: { freq: ICalEventRepeatingFreq.MONTHLY, byMonthDay: [day] } };
  }
  if (r.frequency === 'yearly' && r.months?.length) {
    const months = [...r.months].sort((a, b) => a - b);
    const day = r.dayOfMonth ?? 1;
    return { start: utc(months[0]!, day), repeating: { freq: ICalEventRepeatingFreq.YEARLY, byMonth: months, byMonthDay: [day] } };
  }
  return undefined;
}

/** The jurisdiction's deadlines as an iCalendar feed that staff can subscribe to. */
export function toICal(j: ResolvedJurisdiction, options: CalendarOptions): string {
  const unplaced = unplaceableRules(j);
  const cal = ical({
    name: `${j.name}控辍保学工作日历`,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'baoxue', product: 'calendar', language: 'ZH' },
    description: unplaced.length
      ? `另有按开学日期或发现之日计算的期限，请对照本地校历：${unplaced.map((r) => `${r.title}${r.withinDays ? `（开学后${r.withinDays}日内）` : ''}`).join('；')}`
      : `${j.name}控辍保学工作日历`,
  });
  for (const r of j.calendar) {
    const at = placement(r, options.year);
    if (!at) continue;
    const description = [r.actor && `责任单位：${r.actor}`, r.recipient && `报送：${r.recipient}`, r.note, `依据：${options.cite(r.source)}`].filter(Boolean).join('\n');
    cal.createEvent({
      id: `${j.id}-${r.id}@baoxue`,
      start: at.start,
      allDay: true,
      summary: r.title,
      description,
      ...(at.repeating ? { repeating: at.repeating } : {}),
      stamp: new Date(Date.UTC(options.year, 0, 1)),
    });
  }
  return cal.toString();
}
