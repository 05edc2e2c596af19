/** Where a hit links and what it is called, for whom the person searches (hit-link.ts). */
import { describe, expect, it } from 'vitest';
import { entryUrl, hitLink } from '../../../site/lib/search/hit-link.ts';
import type { SearchEntry, SearchJurisdictionInfo } from '../../../site/lib/search/search-types.ts';

const places = (): SearchJurisdictionInfo[] => [
  { id: 'national', name: '国家', level: 'national' },
  { id: 'tanghe', name: '唐河县', level: 'county' },
  { id: 'henan', name: '河南省', level: 'province' },
  { id: 'bandang', name: '板当镇', level: 'town' },
];

const entry = (over: Partial<SearchEntry>): SearchEntry => ({
  ref: 'form:verification',
  kind: 'form',
  title: '标准表单',
  heading: '核查登记表',
  text: '',
  keywords: [],
  url: '/national/forms/verification/',
  jurisdictions: ['national', 'tanghe', 'henan', 'bandang'],
  level: 'national',
  ...over,
});

describe('entryUrl', () => {
  it('opens inherited guidance on the chosen place’s page, and only there', () => {
    const duty = entry({ ref: 'duty:national/x/1', kind: 'duty', url: '/national/duties/', jurisdictions: ['national', 'tanghe'] });
    expect(entryUrl(duty, 'tanghe')).toBe('/tanghe/duties/');
    // A place the guidance does not apply to, or none: the entry's own page.
    expect(entryUrl(duty, 'henan')).toBe('/national/duties/');
    expect(entryUrl(duty)).toBe('/national/duties/');
  });

  it('never moves a clause', () => {
    const clause = entry({ ref: 'a#1', kind: 'clause', url: '/policies/a/#1', jurisdictions: ['tanghe'] });
    expect(entryUrl(clause, 'tanghe')).toBe('/policies/a/#1');
  });
});

describe('hitLink', () => {
  it('with no place chosen, titles a form as the national version and lists the other places’ forms, highest level first', () => {
    expect(hitLink(entry({}), places(), [])).toEqual({
      url: '/national/forms/verification/',
      title: '国家通用版 · 标准表单',
      choices: [
        { label: '河南省', url: '/henan/forms/verification/' },
        { label: '唐河县', url: '/tanghe/forms/verification/' },
        { label: '板当镇', url: '/bandang/forms/verification/' },
      ],
    });
  });

  it('with a place chosen, opens and names that place’s form and offers no choice', () => {
    expect(hitLink(entry({}), places(), ['tanghe'])).toEqual({ url: '/tanghe/forms/verification/', title: '唐河县 · 标准表单', choices: [] });
    // The first chosen place the form applies to.
    expect(hitLink(entry({}), places(), ['elsewhere', 'bandang'])).toEqual({ url: '/bandang/forms/verification/', title: '板当镇 · 标准表单', choices: [] });
  });

  it('names a form whose home is a county after that county, and leaves it out of the choices', () => {
    const local = entry({ url: '/tanghe/forms/x/', jurisdictions: ['tanghe', 'bandang'] });
    expect(hitLink(local, places(), [])).toEqual({ url: '/tanghe/forms/x/', title: '唐河县 · 标准表单', choices: [{ label: '板当镇', url: '/bandang/forms/x/' }] });
  });

  it('falls back to the id for a place it has no name for', () => {
    const unknown = entry({ url: '/nowhere/forms/x/', jurisdictions: ['nowhere'] });
    expect(hitLink(unknown, places(), [])).toEqual({ url: '/nowhere/forms/x/', title: 'nowhere · 标准表单', choices: [] });
  });

  it('titles the help on a form field with whose form it is, without choices', () => {
    const field = entry({ ref: 'form-field:verification/name', kind: 'form-field', title: '核查登记表 · 填表说明', url: '/national/forms/verification/#f_name' });
    expect(hitLink(field, places(), [])).toEqual({ url: '/national/forms/verification/#f_name', title: '国家通用版 · 核查登记表 · 填表说明', choices: [] });
    expect(hitLink(field, places(), ['tanghe'])).toEqual({ url: '/tanghe/forms/verification/#f_name', title: '唐河县 · 核查登记表 · 填表说明', choices: [] });
  });

  it('keeps the title of anything else, moving only its link', () => {
    const duty = entry({ ref: 'duty:national/x/1', kind: 'duty', title: '国家 · 责任分工', url: '/national/duties/', jurisdictions: ['national', 'tanghe'] });
    expect(hitLink(duty, places(), ['henan', 'tanghe'])).toEqual({ url: '/tanghe/duties/', title: '国家 · 责任分工', choices: [] });
    // A jurisdiction's own category is a form-field kind, but not a standard form.
    const category = entry({ ref: 'category:tanghe/A', kind: 'form-field', title: '唐河县 · 核查类别', url: '/tanghe/categories/#A', jurisdictions: ['tanghe'] });
    expect(hitLink(category, places(), [])).toEqual({ url: '/tanghe/categories/#A', title: '唐河县 · 核查类别', choices: [] });
  });
});
