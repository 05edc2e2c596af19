import { describe, expect, it } from 'vitest';
import { clauseLinks } from '../../../site/lib/policies/clause-links.ts';
import { allResolved, documents } from '../../../site/lib/site-data.ts';

const links = clauseLinks(documents(), allResolved(), { 'dropout-registration': '辍学学生登记表' });

describe('clauseLinks', () => {
  it('links a local clause to the national clause it implements, and back', () => {
    expect(links.implements('tanghe-jiaoji-2022-33#3-4').map((l) => l.ref)).toEqual(['guobanfa-2017-72#c11']);
    expect(links.implementedBy('guobanfa-2017-72#c11').map((l) => l.ref)).toContain('tanghe-jiaoji-2022-33#3-4');
  });

  it('lists what cites a clause: duties, procedures, escalation steps, deadlines, categories, forms', () => {
    const kinds = new Set(links.citedBy('tanghe-jiaoji-2022-33#3-2').map((c) => c.kind));
    expect(kinds).toEqual(new Set(['duty', 'escalation', 'procedure', 'calendar', 'form']));
    expect(links.citedBy('tanghe-jiaoji-2022-33#3-1').map((c) => c.kind)).toContain('category');
    expect(links.citedBy('guobanfa-2017-72#preamble').map((c) => c.kind)).toContain('target');
  });

  it('counts inherited items once, where they are stated', () => {
    const citers = links.citedBy('guobanfa-2017-72#c12');
    // 唐河县 inherits the national duties citing c12 but states none of its own.
    expect(citers.filter((c) => c.jurisdiction.id === 'tanghe')).toEqual([]);
    const keys = citers.map((c) => `${c.url} ${c.label}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists the forms attached to a document', () => {
    expect(links.formsOf('tanghe-jiaoji-2022-33').map((f) => f.url)).toContain('/tanghe/forms/dropout-registration/');
  });

  it('lists the forms that cite a clause, on the page of the jurisdiction the clause belongs to', () => {
    const national = links.citedBy('guobanfa-2017-72#c2').filter((c) => c.kind === 'form');
    expect(national.map((c) => c.url)).toEqual(expect.arrayContaining(['/national/forms/dropout-registration/', '/national/forms/return-notice/']));
    expect(national.find((c) => c.url === '/national/forms/dropout-registration/')).toMatchObject({ label: '辍学学生登记表', jurisdiction: { id: 'national' } });
    const local = links.citedBy('tanghe-jiaoji-2022-33#3-2').filter((c) => c.kind === 'form');
    expect(local.map((c) => c.url)).toEqual(expect.arrayContaining(['/tanghe/forms/dropout-registration/', '/tanghe/forms/monthly-report/']));
    // Each form once per clause, however many of its fields cite the clause too.
    const urls = local.map((c) => c.url);
    expect(new Set(urls).size).toBe(urls.length);
  });
});
