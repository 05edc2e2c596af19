import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../site/lib/config/load-config.ts';
import { resolveJurisdiction } from '../../../site/lib/config/resolve.ts';
import { toICal, unplaceableRules } from '../../../site/lib/calendar/to-ical.ts';

const set = loadConfig(join(import.meta.dirname, '../../../config'));
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('toICal', () => {
  const tanghe = resolveJurisdiction(set, 'tanghe');
  const ics = unfold(toICal(tanghe, { year: 2026, cite: (r) => r }));

  it('puts the monthly report on the 20th of every month', () => {
    expect(ics).toMatch(/SUMMARY:[^\r\n]*月报[^\r\n]*/);
    expect(ics).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=20');
    expect(ics).toContain('DTSTART;VALUE=DATE:20260120');
  });

  it('marks the key monitoring months March and September every year', () => {
    expect(ics).toMatch(/RRULE:FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=1/);
  });

  it('keeps term-start deadlines out of the feed but names them in its description', () => {
    expect(unplaceableRules(tanghe).map((r) => r.frequency)).toEqual(expect.arrayContaining(['term-start']));
    expect(ics).toMatch(/开学后10日内/);
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r?$/m);
  });

  it('maps "by month end" to the last day of every month (金安区 零报告)', () => {
    const jinanqu = unfold(toICal(resolveJurisdiction(set, 'jinanqu'), { year: 2026, cite: (r) => r }));
    expect(jinanqu).toContain('BYMONTHDAY=-1');
  });
});
