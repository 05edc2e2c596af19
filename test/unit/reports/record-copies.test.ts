/** dropRecordCopies on hand-made records: what counts as the same record, and how a copy is listed and flagged. */
import { describe, expect, it } from 'vitest';
import type { ValidRecord } from '../../../site/lib/reports/aggregate-types.ts';
import type { FormId } from '../../../site/lib/forms/form-catalogue.ts';
import { dropRecordCopies } from '../../../site/lib/reports/record-copies.ts';

const rec = (file: string, record: number, data: Record<string, unknown>, form: FormId = 'persuasion-record'): ValidRecord => ({ file, record, envelope: { form, version: 1, jurisdiction: 'tanghe', data } });
const isCopy = (a: Record<string, unknown>, b: Record<string, unknown>, formB: FormId = 'persuasion-record') => dropRecordCopies([rec('a.json', 1, a), rec('b.json', 1, b, formB)]).duplicates.length === 1;

describe('dropRecordCopies', () => {
  it('keeps the first read, lists every copy and flags them with the pupil, the form and each place', () => {
    const data = () => ({ school: '示范乡中心学校', issueDate: '2022-03-10', kind: '复学', student: { idNumber: '411328200809101612', name: '孙四' } });
    const other = rec('other.json', 1, { school: '别的学校', issueDate: '2022-03-11', student: { idNumber: '411328200809101612', name: '孙四' } }, 'return-notice');
    const first = rec('a.json', 2, data(), 'return-notice');
    const out = dropRecordCopies([first, other, rec('b.json', 1, data(), 'return-notice'), rec('a.json', 3, data(), 'return-notice')]);
    expect(out.unique).toEqual([first, other]);
    expect(out.duplicates).toEqual([
      {
        school: '示范乡中心学校',
        code: null,
        period: '2022-03',
        kept: 'a.json',
        dropped: ['b.json', 'a.json'],
        form: 'return-notice',
        student: '411328********1612',
        records: [
          { file: 'a.json', record: 2 },
          { file: 'b.json', record: 1 },
          { file: 'a.json', record: 3 },
        ],
      },
    ]);
    expect(out.flags).toEqual([
      {
        kind: 'duplicate',
        school: '示范乡中心学校',
        message: '孙四（411328********1612）的“限期入学(复学)通知书”重复：a.json 第 2 条、b.json 第 1 条、a.json 第 3 条 内容完全相同；台账中只计一次，按先读到的 a.json 第 2 条。',
        source: null,
        files: ['a.json', 'b.json'],
      },
    ]);
  });

  it('names the 单位 when there is no 学校, the month of the 填表日期 first, and nothing it does not know', () => {
    const withUnit = dropRecordCopies([rec('a.json', 1, { unit: '样例小学', fillDate: '2022-04-08', issueDate: '2022-05-01' }), rec('b.json', 1, { unit: '样例小学', fillDate: '2022-04-08', issueDate: '2022-05-01' })]);
    expect(withUnit.duplicates[0]).toMatchObject({ school: '样例小学', period: '2022-04', student: null });
    expect(withUnit.flags[0]).toMatchObject({ school: '样例小学', message: '的“劝返复学记录”重复：a.json 第 1 条、b.json 第 1 条 内容完全相同；台账中只计一次，按先读到的 a.json 第 1 条。' });
    const bare = () => ({ school: 7, unit: ['x'], fillDate: '2022/04/08', issueDate: '2022-05-01', student: { idNumber: 411328, name: 12 } });
    const out = dropRecordCopies([rec('a.json', 1, bare()), rec('a.json', 2, bare())]);
    expect(out.duplicates[0]).toMatchObject({ school: '', period: '2022-05', student: null, kept: 'a.json', dropped: ['a.json'] });
    expect(out.flags[0]).toMatchObject({ school: null, files: ['a.json'] });
    const noDate = dropRecordCopies([rec('a.json', 1, { fillDate: 'soon' }), rec('a.json', 2, { fillDate: 'soon' })]);
    expect(noDate.duplicates[0]!.period).toBe('');
  });

  it('takes records with the same content in another key order, or with empty fields written out, for copies', () => {
    expect(isCopy({ a: 1, b: { c: 'x', d: [1, 2] } }, { b: { d: [1, 2], c: 'x' }, a: 1 })).toBe(true);
    expect(isCopy({ a: 1 }, { a: 1, b: null, c: '', d: [], e: {}, f: { g: null }, h: undefined })).toBe(true);
    expect(isCopy({ list: [1, null, 3] }, { list: [1, '', 3] })).toBe(true);
    expect(isCopy({}, { a: null })).toBe(true);
  });

  it('does not take different content, another order of a list, another type or another form for a copy', () => {
    expect(isCopy({ a: 1 }, { a: 2 })).toBe(false);
    expect(isCopy({ a: 1 }, { b: 1 })).toBe(false);
    expect(isCopy({ a: 1 }, { a: '1' })).toBe(false);
    expect(isCopy({ a: true }, { a: 'true' })).toBe(false);
    expect(isCopy({ a: 0 }, {})).toBe(false);
    expect(isCopy({ a: false }, {})).toBe(false);
    expect(isCopy({ list: [1, 2] }, { list: [2, 1] })).toBe(false);
    expect(isCopy({ list: [1, 2] }, { list: [12] })).toBe(false);
    expect(isCopy({ list: [1, null] }, { list: [1] })).toBe(false);
    expect(isCopy({ a: { b: 1 } }, { a: { c: 1 } })).toBe(false);
    expect(isCopy({ a: { b: 1, c: 2 } }, { a: { b: 12 } })).toBe(false);
    expect(isCopy({ a: [{ b: 1 }] }, { a: [1] })).toBe(false);
    expect(isCopy({ a: 1 }, { a: 1 }, 'verification')).toBe(false);
  });

  it('leaves records without copies alone, in the order read', () => {
    const records = [rec('a.json', 1, { a: 1 }), rec('a.json', 2, { a: 2 }), rec('b.json', 1, { a: 3 })];
    expect(dropRecordCopies(records)).toEqual({ unique: records, duplicates: [], flags: [] });
    expect(dropRecordCopies([])).toEqual({ unique: [], duplicates: [], flags: [] });
  });
});
