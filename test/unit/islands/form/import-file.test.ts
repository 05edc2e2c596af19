/**
 * An imported file's jurisdiction: the site's list of jurisdictions with the
 * form is asked for only when the file names another jurisdiction (the list
 * is a file of its own, not part of every form page), and a list that cannot
 * be had (offline, never fetched) still imports the record, saying the
 * jurisdiction could not be checked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../../site/islands/form/import-file.ts';
import type { FormContextForIo } from '../../../../site/islands/form/form-services.ts';
import { formById } from '../../../../site/lib/forms/form-registry.ts';

const form = formById('dropout-registration')!;
const example = JSON.parse(readFileSync('schemas/forms/dropout-registration.schema.json', 'utf8')).examples[0];
const file = (jurisdiction: string) =>
  new File([JSON.stringify({ form: 'dropout-registration', version: form.version, jurisdiction, data: example })], '登记表.json', { type: 'application/json' });

function context(list: () => Promise<Record<string, string>>) {
  const asked = { count: 0 };
  const io: FormContextForIo = {
    form,
    jurisdiction: 'tanghe',
    jurisdictionName: '唐河县',
    knownJurisdictions: () => {
      asked.count++;
      return list();
    },
  };
  return { io, asked };
}
const site = async () => ({ tanghe: '唐河县', lushi: '卢氏县' });

describe('importFile: the file’s jurisdiction', () => {
  it('does not ask for the site’s list when the file is the page’s own jurisdiction', async () => {
    const { io, asked } = context(site);
    const r = await importFile(io, file('tanghe'));
    expect(r.data).toEqual(example);
    expect(r.otherJurisdiction).toBeUndefined();
    expect(r.problems).toEqual([]);
    expect(asked.count).toBe(0);
  });

  it('names another of the site’s jurisdictions, for the page to ask before importing', async () => {
    const { io, asked } = context(site);
    const r = await importFile(io, file('lushi'));
    expect(r.otherJurisdiction).toEqual({ id: 'lushi', name: '卢氏县' });
    expect(r.problems).toEqual([]);
    expect(asked.count).toBe(1);
  });

  it('says a jurisdiction the site does not have is not one, with the nearest id', async () => {
    const { io } = context(site);
    const r = await importFile(io, file('tanghee'));
    expect(r.data).toEqual(example);
    expect(r.otherJurisdiction).toBeUndefined();
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(/“tanghee” 不是本站有这张表的辖区。.*“tanghe”.*已按唐河县的表单导入/);
  });

  it('imports and says the jurisdiction could not be checked when the list cannot be fetched', async () => {
    const { io } = context(() => Promise.reject(new TypeError('Failed to fetch')));
    const r = await importFile(io, file('lushi'));
    expect(r.data).toEqual(example);
    expect(r.otherJurisdiction).toBeUndefined();
    const message = r.problems.map((p) => p.message).join('\n');
    expect(message).toContain('“lushi” 不是唐河县');
    expect(message).toContain('无法核对');
    expect(message).toContain('已按唐河县的表单导入');
    expect(message).not.toContain('不是本站有这张表的辖区');
  });
});
