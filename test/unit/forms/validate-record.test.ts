/**
 * The fast path of validateRecord: a valid record builds no message, and the
 * shortcuts it takes (patterns not tested twice, a 身份证号 checked once per
 * record, digit-by-digit dates and 学籍号) give the same answers as the full
 * checks on the records that need them.
 */
import { describe, expect, it, vi } from 'vitest';
import * as fieldLabels from '../../../site/lib/forms/field-label.ts';
import { forms } from '../../../site/lib/forms/form-registry.ts';
import { loadValidateFns } from '../../../site/lib/forms/load-validator.ts';
import { ruleProblems } from '../../../site/lib/forms/custom-validate.ts';
import { validateRecord } from '../../../site/lib/forms/validate-record.ts';
import { checkIdNumber } from '../../../site/lib/forms/rules/id-number.ts';
import { checkStudentNumber } from '../../../site/lib/forms/rules/student-number.ts';
import { ageOn, isRealDate } from '../../../site/lib/forms/rules/dates.ts';

// Every message names its field through these: counting their calls tells whether any message was worded.
vi.mock('../../../site/lib/forms/field-label.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../site/lib/forms/field-label.ts')>();
  return { ...original, fieldLabel: vi.fn(original.fieldLabel), titleOf: vi.fn(original.titleOf) };
});

const today = '2022-06-30';
const form = forms['dropout-registration'];
const example = structuredClone((form.schema.examples as Record<string, unknown>[])[0]!);
type Example = typeof example & { student: Record<string, unknown>; guardians: Record<string, unknown>[] };

describe('validateRecord fast path', () => {
  it('words no field for a valid record', async () => {
    const fns = await loadValidateFns(form.id);
    vi.mocked(fieldLabels.fieldLabel).mockClear();
    vi.mocked(fieldLabels.titleOf).mockClear();
    expect(validateRecord(form, example, fns, { today })).toEqual([]);
    expect(fieldLabels.fieldLabel).not.toHaveBeenCalled();
    expect(fieldLabels.titleOf).not.toHaveBeenCalled();
    // …and does when there is something to say.
    const bad = structuredClone(example) as Example;
    bad.student.age = 9;
    expect(validateRecord(form, bad, fns, { today }).map((p) => p.code)).toEqual(['age-mismatch']);
    expect(fieldLabels.fieldLabel).toHaveBeenCalled();
  });

  it('still finds the semantic problems of a record the schema accepts, one record after another', async () => {
    const fns = await loadValidateFns(form.id);
    const bad = structuredClone(example) as Example;
    bad.student.idNumber = '411328201003151237';
    bad.guardians[1]!.phone = '0377 8123456 9';
    const messages = (r: unknown) => validateRecord(form, r, fns, { today }).map((p) => `${p.pointer} ${p.code}`);
    // Valid, wrong, valid again: nothing carried over from the record before.
    expect(messages(example)).toEqual([]);
    expect(messages(bad)).toContain('/student/idNumber bad-id-number');
    expect(messages(example)).toEqual([]);
    // The rules on their own (the page's customValidate) test the patterns themselves.
    expect(ruleProblems(form, bad, { today }).map((p) => p.pointer)).toContain('/student/idNumber');
  });

  it('reports a value the schema pattern rejects once, by the schema, also when the rules run on their own', async () => {
    const fns = await loadValidateFns(form.id);
    const bad = structuredClone(example) as Example;
    bad.student.idNumber = '41132820100315123';
    const problems = validateRecord(form, bad, fns, { today }).filter((p) => p.pointer === '/student/idNumber');
    expect(problems).toHaveLength(1);
    expect(ruleProblems(form, bad, { today }).filter((p) => p.pointer === '/student/idNumber' && p.code === 'bad-id-number')).toEqual([]);
  });
});

describe('shortcuts agree with the full checks', () => {
  it('checks a 身份证号 again after another one, for another day', () => {
    expect(checkIdNumber('411328201003151236', today)).toEqual([]);
    expect(checkIdNumber('411328201003151237', today)).toEqual(['校验码不正确（应为 6），请逐位核对号码。']);
    expect(checkIdNumber('411328201003151236', '2009-01-01')).toEqual(['第 7–14 位的出生日期 2010-03-15 晚于今天。']);
    expect(checkIdNumber('411328201003151236', today)).toEqual([]);
  });

  it('reads dates digit by digit as the ISO pattern does', () => {
    for (const s of ['2022-0a-10', '２０２２-03-10', '2022-03-1', '2022/03/10', '2022-13-01', '2022-00-10', '2022-03-32', ' 2022-03-10'])
      expect(isRealDate(s), s).toBe(false);
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('1900-02-29')).toBe(false);
    expect(ageOn('2010-03-15', '2022-03-15')).toBe(12);
  });

  it('gives 学籍号 messages only to numbers that are not well formed', () => {
    expect(checkStudentNumber('L411328201302300417')).toEqual(['第 8–15 位的出生日期 20130230 不是真实存在的日期。']);
    expect(checkStudentNumber('J41132820110507100x')).toEqual(['正式学籍号应为 J 加 18 位号码（前 17 位数字，末位数字或大写 X）。']);
    expect(checkStudentNumber('G41132820100315123')).toEqual(['正式学籍号应为 G 加 18 位号码（前 17 位数字，末位数字或大写 X）。']);
    expect(checkStudentNumber('G411328201003151236')).toEqual([]);
  });
});
