/**
 * Edges of jurisdictionFieldsRule: a field required twice (by the form options and by its
 * extra-field definition) is asked for once, an emptied list in an extra field counts as
 * not filled in, and values of the wrong type are shown as they are. Each test builds its
 * own record and options.
 */
import { describe, expect, it } from 'vitest';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import type { FormOptionsForForm } from '../../../../site/lib/forms/form-options.ts';
import { jurisdictionFieldsRule } from '../../../../site/lib/forms/rules/jurisdiction-fields.ts';

const run = (data: Record<string, unknown>, formOptions: FormOptionsForForm) =>
  jurisdictionFieldsRule(data, { form: forms['dropout-registration'], today: '2022-06-30', jurisdiction: { id: 'tanghe', name: '唐河县', categories: [], formOptions }, data }).map(
    (p) => `${p.pointer} ${p.code}  ${p.message}`,
  );

describe('jurisdictionFieldsRule edges', () => {
  it('asks once for a field required both ways, and not at all once it is filled in', () => {
    const options: FormOptionsForForm = { required: ['/extra/village', '/unit'], extraFields: [{ key: 'village', title: '村（社区）', type: 'string', required: true }] };
    expect(run({ unit: '城郊乡' }, options)).toEqual(['/extra/village missing-field  请填写字段 village（唐河县要求必填）。']);
    expect(run({ unit: '城郊乡', extra: { village: '东村' } }, options)).toEqual([]);
    expect(run({ extra: { village: [] } }, options)).toEqual(['/extra/village missing-field  请填写字段 village（唐河县要求必填）。', '/unit missing-field  请填写“单位”（唐河县要求必填）。']);
  });

  it('shows a value of the wrong type as it is: a list, a boolean, text in a yes/no field', () => {
    const extraFields: FormOptionsForForm['extraFields'] = [
      { key: 'n', title: '次数', type: 'number' },
      { key: 's', title: '备注', type: 'string' },
      { key: 'b', title: '是否', type: 'boolean' },
    ];
    expect(run({ extra: { n: true, s: ['a'], b: '是' } }, { extraFields })).toEqual([
      '/extra/n wrong-type  “次数”应为数字，实际是 true。',
      '/extra/s wrong-type  “备注”应为文字，实际是 ["a"]。',
      '/extra/b wrong-type  “是否”应为“是”或“否”，实际是 “是”。',
    ]);
    expect(run({ extra: { n: 0, s: '0', b: false } }, { extraFields })).toEqual([]);
  });

  it('reads extra fields only from an object, and takes a string holding a real date', () => {
    const extraFields: FormOptionsForForm['extraFields'] = [{ key: 'd', title: '走访日期', type: 'date' }];
    expect(run({ extra: 'd' }, { extraFields })).toEqual([]);
    expect(run({ extra: { d: '2024-02-29' } }, { extraFields })).toEqual([]);
    expect(run({ extra: { d: '2023-02-29' } }, { extraFields }).map((l) => l.split('  ')[0])).toEqual(['/extra/d bad-date']);
  });
});
