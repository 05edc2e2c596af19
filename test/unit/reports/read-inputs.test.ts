/** readInputs: what each file and record becomes — valid, invalid with its place, counted per form, from another jurisdiction. */
import { describe, expect, it } from 'vitest';
import { loadReportValidators } from '../../../site/lib/reports/aggregate.ts';
import { readInputs } from '../../../site/lib/reports/read-inputs.ts';
import { buildEnvelope } from '../../../site/lib/forms/envelope.ts';
import { forms } from '../../../site/lib/forms/form-registry.ts';
import { fixtureFiles, jurisdiction } from './report-fixtures.ts';

const bytes = (v: unknown) => new TextEncoder().encode(typeof v === 'string' ? v : JSON.stringify(v));
const monthly = (jurisdictionId: string, fillDate = '2022-03-12') =>
  buildEnvelope('monthly-report', jurisdictionId, { ...(forms['monthly-report'].schema.examples as any[])[0], school: { name: '示范乡教学点' }, period: '2022-03', fillDate });

describe('readInputs', () => {
  it('keeps valid records with file and 1-based record number, lists the invalid one with its field, and counts per form', async () => {
    const validators = await loadReportValidators();
    const files = [...fixtureFiles('monthly/2022-02'), { name: 'two.json', bytes: bytes([monthly('tanghe'), monthly('tanghe', '2022-03-13')]) }];
    const out = readInputs(files, jurisdiction(), { today: '2022-04-10', validators });
    expect(out.valid.map((v) => [v.file, v.record, v.envelope.form])).toEqual([
      ['monthly/2022-02/yangli-primary-feb-and-jan.json', 1, 'monthly-report'],
      ['two.json', 1, 'monthly-report'],
      ['two.json', 2, 'monthly-report'],
    ]);
    expect(out.valid[2]!.envelope.data).toMatchObject({ fillDate: '2022-03-13' });
    expect(out.invalid).toEqual([{ file: 'monthly/2022-02/yangli-primary-feb-and-jan.json', record: 2, pointer: '/data/grades/2/dropouts', message: '三年级的“辍学人数”（120）超过了该年级的“在籍学生数”（100）。' }]);
    expect(out).toMatchObject({ records: 4, invalidRecords: 1, byForm: { 'monthly-report': 4 }, otherJurisdiction: [] });
  });

  it('checks dates against the day given: a report filled after it is invalid', async () => {
    const validators = await loadReportValidators();
    const out = readInputs([{ name: 'future.json', bytes: bytes(monthly('tanghe', '2022-03-12')) }], jurisdiction(), { today: '2022-03-11', validators });
    expect(out.valid).toEqual([]);
    expect(out.invalidRecords).toBe(1);
    expect(out.invalid.map((i) => [i.file, i.record, i.pointer])).toEqual([['future.json', 1, '/data/fillDate']]);
    expect(out.byForm).toEqual({ 'monthly-report': 1 });
  });

  it('lists an unreadable file once without a record, and a record it cannot read by its number, not counted per form', async () => {
    const validators = await loadReportValidators();
    const out = readInputs(
      [
        { name: 'notes.txt', bytes: bytes('hello') },
        { name: 'broken.json', bytes: bytes('{"form":') },
        { name: 'ok.json', bytes: bytes(monthly('tanghe')) },
      ],
      jurisdiction(),
      { today: '2022-04-10', validators },
    );
    expect(out.invalid[0]).toEqual({ file: 'notes.txt', record: null, pointer: '', message: '不支持 “.txt” 文件：只能检查本站导出的 .json 或 .xlsx 文件。' });
    expect(out.invalid.slice(1).every((i) => i.file === 'broken.json' && i.record === 1)).toBe(true);
    expect(out.invalid.length).toBeGreaterThan(1);
    expect(out).toMatchObject({ records: 2, invalidRecords: 1, byForm: { 'monthly-report': 1 } });
    expect(out.valid.map((v) => v.file)).toEqual(['ok.json']);
  });

  it('does not count a form that is not part of the summary, and says which form it is', async () => {
    const validators = await loadReportValidators();
    const pledge = buildEnvelope('responsibility-pledge', 'tanghe', (forms['responsibility-pledge'].schema.examples as any[])[0]);
    const out = readInputs([{ name: 'pledge.json', bytes: bytes(pledge) }], jurisdiction(), { today: '2022-04-10', validators });
    expect(out.invalid).toEqual([{ file: 'pledge.json', record: 1, pointer: '/form', message: '这是“控辍保学目标责任书”（responsibility-pledge），不是月报表或学生个案记录，汇总时不计入。' }]);
    expect(out).toMatchObject({ valid: [], records: 1, invalidRecords: 1, byForm: { 'responsibility-pledge': 1 } });
  });

  it('notes a record of another jurisdiction and still keeps it', async () => {
    const validators = await loadReportValidators();
    const out = readInputs([{ name: 'a.json', bytes: bytes([monthly('tanghe'), monthly('qingtongxia')]) }], jurisdiction(), { today: '2022-04-10', validators });
    expect(out.otherJurisdiction).toEqual([{ file: 'a.json', record: 2, jurisdiction: 'qingtongxia' }]);
    expect(out.valid.map((v) => v.record)).toEqual([1, 2]);
  });

  it('refuses to check a report form without its validators', async () => {
    const validators = await loadReportValidators();
    const { 'monthly-report': _, ...others } = validators;
    expect(() => readInputs([{ name: 'a.json', bytes: bytes(monthly('tanghe')) }], jurisdiction(), { today: '2022-04-10', validators: others })).toThrow('缺少表单 monthly-report 的校验器。');
  });
});
