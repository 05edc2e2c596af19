import { describe, expect, it } from 'vitest';
import { policyFacets, yearOf } from '../../../site/lib/policies/policy-filters.ts';
import { document, documents } from '../../../site/lib/site-data.ts';

describe('yearOf', () => {
  it('takes the year from the date, the 发文字号, then the title or the date note', () => {
    expect(yearOf(document('guobanfa-2017-72')!)).toBe('2017');
    expect(yearOf(document('henan-jiaoji-2020-352')!)).toBe('2020');
    // 金安区2022年义务教育阶段控辍保学工作方案: no date, no 发文字号, the year is in the title.
    expect(yearOf(document('jinanqu-2022-plan')!)).toBe('2022');
  });

  it('does not read a year out of a broken date (202月12日)', () => {
    expect(yearOf(document('bandang-plan')!)).toBe('unknown');
  });

  it('offers each year found as a filter option', () => {
    const years = policyFacets(documents()).find((f) => f.id === 'year')!.options.map(([v]) => v);
    expect(years).toContain('2022');
  });
});
