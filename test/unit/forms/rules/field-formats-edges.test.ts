/**
 * fieldFormatRule on real form schemas: each shared `$defs` kind reaches its check wherever
 * the field sits (top level, nested, in array rows), with its code and pointer; future dates
 * only where the form allows them; values the schema's pattern already rejects left to the
 * schema's message; full-width input explained as such. Each test builds its own record.
 */
import { describe, expect, it } from 'vitest';
import { forms, type FormId } from '../../../../site/lib/forms/form-registry.ts';
import { fieldFormatRule } from '../../../../site/lib/forms/rules/field-formats.ts';

const example = (id: FormId) => structuredClone((forms[id].schema.examples as Record<string, any>[])[0]!);
const run = (id: FormId, data: Record<string, unknown>, schemaValid?: boolean) =>
  fieldFormatRule(data, { form: forms[id], today: '2022-06-30', data, schemaValid }).map((p) => `${p.pointer} ${p.code}  ${p.message}`);

describe('fieldFormatRule', () => {
  it('finds nothing in the example records', () => {
    for (const id of Object.keys(forms) as FormId[]) expect(run(id, example(id)), id).toEqual([]);
  });

  it('checks dates at the top level, nested and in rows', () => {
    const d = example('dropout-registration');
    d.fillDate = '2022-02-30';
    d.student.birthDate = '2022-07-01';
    expect(run('dropout-registration', d)).toEqual([
      '/fillDate bad-date  “填表日期”2022-02-30 不是真实存在的日期。',
      '/student/birthDate future-date  “出生日期”2022-07-01 晚于今天（2022-06-30），不能填写将来的日期。',
    ]);
    d.fillDate = '2022-06-30';
    d.student.birthDate = '2010-03-15';
    expect(run('dropout-registration', d)).toEqual([]);
  });

  it('allows a future date only where the form says so', () => {
    const d = example('return-notice');
    d.deadline = '2099-01-01';
    expect(run('return-notice', d)).toEqual([]);
    d.issueDate = '2099-01-01';
    expect(run('return-notice', d).map((l) => l.split('  ')[0])).toEqual(['/issueDate future-date']);
  });

  it('gives every problem of a 身份证号, a phone number and a 学籍号 its own code', () => {
    const d = example('dropout-registration');
    d.student.idNumber = '991328201003151237';
    d.student.studentNumber = 'G411328201003151237';
    d.guardians[1].phone = '0377-81';
    expect(run('dropout-registration', d)).toEqual([
      '/student/idNumber bad-id-number  “身份证号”前两位 99 不是有效的省级行政区划代码。',
      '/student/idNumber bad-id-number  “身份证号”校验码不正确（应为 9），请逐位核对号码。',
      '/student/studentNumber bad-student-number  “全国学籍号”末位校验码不正确（应为 6）。',
      '/guardians/1/phone bad-phone  监护人第2条的“联系电话”“0377-81”不是有效的电话号码：请填 11 位手机号，或带区号的固定电话（例如 0377-8123456）。',
    ]);
  });

  it('leaves a value the schema pattern rejects to the schema, unless the schema accepted the record', () => {
    const d = example('dropout-registration');
    d.student.idNumber = '41132820100315123';
    expect(run('dropout-registration', d)).toEqual([]);
    expect(run('dropout-registration', d, false)).toEqual([]);
    expect(run('dropout-registration', d, true)).toEqual(['/student/idNumber bad-id-number  “身份证号”应为 18 位：前 17 位是数字，最后一位是数字或大写 X，实际是 “41132820100315123”（17 位）。']);
  });

  it('explains a number typed with full-width digits or spaces, and only when that is the whole problem', () => {
    const d = example('dropout-registration');
    d.guardians[0].phone = '１３８ ０００ ０００01';
    expect(run('dropout-registration', d, true)).toEqual([
      '/guardians/0/phone full-width  监护人第1条的“联系电话”含全角字符或空格：“１３８ ０００ ０００01”。请改用半角（英文输入法）字符并去掉空格，写作 “13800000001”。',
    ]);
    d.guardians[0].phone = '１３８';
    expect(run('dropout-registration', d, true).map((l) => l.split('  ')[0])).toEqual(['/guardians/0/phone bad-phone']);
  });

  it('skips values of another type and shapes the schema does not describe', () => {
    const d = example('dropout-registration');
    d.student.idNumber = 411328201003151237;
    d.fillDate = null;
    d.guardians = { 0: { phone: 'x' } };
    expect(run('dropout-registration', d)).toEqual([]);
    const e = example('dropout-registration');
    e.student = ['2099-01-01'];
    e.guardians = [null, 'x', { phone: undefined }, { phone: '1' }];
    expect(run('dropout-registration', e, true).map((l) => l.split('  ')[0])).toEqual(['/guardians/3/phone bad-phone']);
  });

  it('gives the same answer on a second record of the same form (the compiled walker is reused)', () => {
    const d = example('dropout-registration');
    d.fillDate = '2022-02-30';
    expect(run('dropout-registration', d)).toHaveLength(1);
    expect(run('dropout-registration', example('dropout-registration'))).toEqual([]);
    expect(run('dropout-registration', d)).toHaveLength(1);
  });
});
