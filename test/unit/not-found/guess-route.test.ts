import { describe, expect, it } from 'vitest';
import { guessRoutes, type KnownRoutes } from '../../../site/lib/not-found/guess-route.ts';

const known: KnownRoutes = {
  jurisdictions: [
    { id: 'tanghe', name: '唐河县', forms: [{ id: 'dropout-registration', title: '辍学学生登记表' }, { id: 'monthly-report', title: '控辍保学月报表' }] },
    { id: 'lushi', name: '卢氏县', forms: [{ id: 'monthly-report', title: '控辍保学月报表' }] },
  ],
  documents: [{ id: 'guobanfa-2017-72', title: '国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知' }],
};
const hrefs = (path: string) => guessRoutes(path, known).map((g) => g.href);

describe('guessRoutes', () => {
  it('sends an unknown page of a jurisdiction to its home', () => {
    expect(guessRoutes('/tanghe/old-page/', known)).toEqual([{ href: '/tanghe/', label: '唐河县首页' }]);
  });

  it('sends a renamed or mistyped form to the form list, and a close form id to the form', () => {
    expect(hrefs('/tanghe/forms/no-such-form/')).toEqual(['/tanghe/forms/', '/tanghe/']);
    expect(hrefs('/tanghe/forms/monthly-reprot/')).toEqual(['/tanghe/forms/monthly-report/', '/tanghe/forms/', '/tanghe/']);
    // A form this jurisdiction does not have is not offered there.
    expect(hrefs('/lushi/forms/dropout-registration/')).toEqual(['/lushi/forms/', '/lushi/']);
  });

  it('reads mistyped jurisdictions and sections, in any case', () => {
    expect(hrefs('/TangHe/dutys/')).toEqual(['/tanghe/duties/', '/tanghe/']);
    expect(hrefs('/tanhe/')).toEqual(['/tanghe/']);
    expect(guessRoutes('/lushi/targets/', known)[0]).toEqual({ href: '/lushi/targets/', label: '卢氏县：工作目标' });
  });

  it('sends an outdated policy address to the document or the library', () => {
    expect(hrefs('/policies/guobanfa-2017-72/old-clause/')).toEqual(['/policies/guobanfa-2017-72/', '/policies/']);
    expect(hrefs('/policies/guobanfa-2017-27/')).toEqual(['/policies/guobanfa-2017-72/', '/policies/']);
    expect(hrefs('/policies/unknown-document/')).toEqual(['/policies/']);
  });

  it('guesses nothing for an address naming nothing known, and survives broken escapes', () => {
    expect(hrefs('/wp-admin/')).toEqual([]);
    expect(hrefs('/')).toEqual([]);
    expect(hrefs('/%E5%94%90%zz/')).toEqual([]);
    expect(hrefs('/tanghe/%E5%94%90%zz')).toEqual(['/tanghe/']);
  });
});
