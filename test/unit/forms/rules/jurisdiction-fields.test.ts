/**
 * jurisdictionFieldsRule: fields a jurisdiction makes required (also inside array rows) and its
 * extra fields under data.extra (unknown keys, wrong types, unreal dates, emptied values).
 * Each test builds its own record and jurisdiction.
 */
import { describe, expect, it } from 'vitest';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import type { FormOptionsForForm } from '../../../../site/lib/forms/form-options.ts';
import { jurisdictionFieldsRule } from '../../../../site/lib/forms/rules/jurisdiction-fields.ts';

const run = (data: Record<string, unknown>, formOptions: FormOptionsForForm | undefined) =>
  jurisdictionFieldsRule(data, {
    form: forms['dropout-registration'],
    today: '2022-06-30',
    jurisdiction: { id: 'tanghe', name: '唐河县', categories: [], ...(formOptions ? { formOptions } : {}) },
    data,
  }).map((p) => `${p.pointer} ${p.code}  ${p.message}`);
const pointers = (data: Record<string, unknown>, formOptions: FormOptionsForForm) => run(data, formOptions).map((l) => l.split('  ')[0]);

describe('jurisdictionFieldsRule', () => {
  it('checks nothing without form options', () => {
    expect(run({ extra: { x: 1 } }, undefined)).toEqual([]);
    expect(jurisdictionFieldsRule({ extra: { x: 1 } }, { form: forms['dropout-registration'], today: '2022-06-30', data: {} })).toEqual([]);
  });

  it('asks for a required field when it is missing, null, blank or an empty list', () => {
    const options = { required: ['/unit', '/student/ethnicity', '/guardians'] };
    expect(run({ unit: ' ', student: { ethnicity: null }, guardians: [] }, options)).toEqual([
      '/unit missing-field  请填写“单位”（唐河县要求必填）。',
      '/student/ethnicity missing-field  请填写“民族”（唐河县要求必填）。',
      '/guardians missing-field  请填写“监护人”（唐河县要求必填）。',
    ]);
    expect(pointers({ student: {} }, options)).toEqual(['/unit missing-field', '/student/ethnicity missing-field', '/guardians missing-field']);
    expect(run({ unit: '城郊乡', student: { ethnicity: '汉族' }, guardians: [{}] }, options)).toEqual([]);
  });

  it('asks for a required field in every row of a list, and not below a missing parent', () => {
    const options = { required: ['/guardians/phone'] };
    expect(pointers({ guardians: [{ phone: '1' }, { phone: '' }, {}, 'x'] }, options)).toEqual(['/guardians/1/phone missing-field', '/guardians/2/phone missing-field', '/guardians/3/phone missing-field']);
    expect(pointers({}, options)).toEqual(['/guardians/phone missing-field']);
    expect(pointers({ guardians: 'x' }, options)).toEqual(['/guardians/phone missing-field']);
    expect(pointers({ student: 'x' }, { required: ['/student/a/b'] })).toEqual([]);
  });

  it('checks the extra fields it defines and rejects others', () => {
    const extraFields: FormOptionsForForm['extraFields'] = [
      { key: 'village', title: '村（社区）', type: 'string', required: true },
      { key: 'visits', title: '走访次数', type: 'number' },
      { key: 'poor', title: '是否脱贫户', type: 'boolean' },
      { key: 'visited', title: '走访日期', type: 'date' },
    ];
    expect(run({ extra: { visits: '3', poor: 1, visited: '2022-02-30', other: 'x' } }, { extraFields })).toEqual([
      '/extra/village missing-field  请填写字段 village（唐河县要求必填）。',
      '/extra/visits wrong-type  “走访次数”应为数字，实际是 “3”。',
      '/extra/poor wrong-type  “是否脱贫户”应为“是”或“否”，实际是 1。',
      '/extra/visited bad-date  “走访日期”应为真实存在的日期（按“年-月-日”填写，例如 2022-03-10），实际是 “2022-02-30”。',
      '/extra/other unknown-extra-field  “本地补充字段”中的 “other” 不是唐河县规定的字段。',
    ]);
    expect(run({ extra: { village: 3, visited: 20220310 } }, { extraFields })).toEqual([
      '/extra/village wrong-type  “村（社区）”应为文字，实际是 3。',
      '/extra/visited wrong-type  “走访日期”应为日期（按“年-月-日”填写，例如 2022-03-10），实际是 20220310。',
    ]);
    expect(run({ extra: { village: '东村', visits: 3, poor: false, visited: '2022-03-10' } }, { extraFields })).toEqual([]);
    // an emptied optional field is not a wrong type
    expect(run({ extra: { village: '东村', visits: '', poor: null, visited: '  ' } }, { extraFields })).toEqual([]);
    expect(run({ extra: [] }, { extraFields: [{ key: 'a', title: 'A', type: 'string' }] })).toEqual([]);
  });
});
