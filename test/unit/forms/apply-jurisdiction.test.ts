/** Per-jurisdiction form options: inheritance, uiSchema titles, extra fields and extra required fields. */
import { describe, expect, it } from 'vitest';
import { resolveJurisdiction } from '../../../site/lib/config/resolve.ts';
import { applyJurisdiction } from '../../../site/lib/forms/apply-jurisdiction.ts';
import { ruleProblems } from '../../../site/lib/forms/custom-validate.ts';
import { forms } from '../../../site/lib/forms/form-registry.ts';
import { mergeFormOptions } from '../../../site/lib/forms/form-options.ts';

const jurisdiction = (data: Record<string, unknown>) => [data.id as string, { file: `${data.id}.yaml`, data, source: {} }] as const;
const set = {
  jurisdictions: new Map([
    jurisdiction({ id: 'national', name: '国家', level: 'national' }),
    jurisdiction({
      id: 'county',
      name: '示例县',
      level: 'county',
      parent: 'national',
      formOptions: {
        'dropout-registration': {
          labels: { '/student/health': '健康状况', '/guardians/relation': '与被核查人关系' },
          required: ['/student/studentNumber'],
          extraFields: [{ key: 'left-behind', title: '是否留守儿童', type: 'boolean', required: true }],
        },
      },
    }),
    jurisdiction({
      id: 'town',
      name: '示例镇',
      level: 'town',
      parent: 'county',
      formOptions: {
        'dropout-registration': {
          labels: { '/student/health': '身体状况' },
          required: ['/guardians/phone'],
          extraFields: [{ key: 'village-contact', title: '村联络员', type: 'string' }],
        },
      },
    }),
  ]),
} as never;

describe('formOptions', () => {
  it('child overrides labels and extra fields by key and adds required fields', () => {
    const town = resolveJurisdiction(set, 'town');
    expect(town.formOptions['dropout-registration']).toEqual({
      labels: { '/student/health': '身体状况', '/guardians/relation': '与被核查人关系' },
      required: ['/student/studentNumber', '/guardians/phone'],
      extraFields: [
        { key: 'left-behind', title: '是否留守儿童', type: 'boolean', required: true },
        { key: 'village-contact', title: '村联络员', type: 'string' },
      ],
    });
    expect(mergeFormOptions({ a: { labels: { '/x': '甲' } } }, undefined)).toEqual({ a: { labels: { '/x': '甲' } } });
  });

  it('become ui:title overrides, extra field definitions and rule checks', () => {
    const applied = applyJurisdiction('dropout-registration', resolveJurisdiction(set, 'town'));
    const ui = applied.uiSchema as Record<string, any>;
    expect(ui.student.health['ui:title']).toBe('身体状况');
    expect(ui.guardians.items.relation['ui:title']).toBe('与被核查人关系');
    expect(ui.extra['ui:options'].extraFields.map((f: { key: string }) => f.key)).toEqual(['left-behind', 'village-contact']);
    expect(applied.required).toEqual(['/student/studentNumber', '/guardians/phone', '/extra/left-behind']);

    const data = structuredClone((forms['dropout-registration'].schema.examples as Record<string, any>[])[0]!);
    delete data.student.studentNumber;
    delete data.guardians[1].phone;
    // An emptied extra field is reported as missing, not as a null of the wrong type.
    data.extra = { 'left-behind': null, 'village-contact': 3, unknown: 'x' };
    data.student.health = '';
    const lines = ruleProblems('dropout-registration', data, { today: '2022-06-30', jurisdiction: applied.rules }).map((p) => `${p.pointer}  ${p.message}`);
    expect(lines).toMatchInlineSnapshot(`
      [
        "/student/studentNumber  请填写“全国学籍号”（示例镇要求必填）。",
        "/guardians/1/phone  请填写监护人第2条的“联系电话”（示例镇要求必填）。",
        "/extra/left-behind  请填写“是否留守儿童”（示例镇要求必填）。",
        "/extra/village-contact  “村联络员”应为文字，实际是 3。",
        "/extra/unknown  “本地补充字段”中的 “unknown” 不是示例镇规定的字段。",
      ]
    `);
  });

  it('leave a jurisdiction without options untouched', () => {
    const applied = applyJurisdiction('monthly-report', resolveJurisdiction(set, 'national'));
    expect(applied.uiSchema).toEqual(forms['monthly-report'].uiSchema);
    expect(applied.labels).toEqual({});
    expect(applied.required).toEqual([]);
  });
});

describe('formOptionProblems', () => {
  it('names field paths the form does not have, with a hint, and duplicate extra keys', async () => {
    const { formOptionProblems } = await import('../../../site/lib/forms/form-option-paths.ts');
    const problems = formOptionProblems({
      'dropout-registration': {
        labels: { '/guardians/relaton': '与被核查人关系', '/attempts/date': '日期', '/extra/x': '甲' },
        required: ['/student/idNumber', '/student/nmae'],
        extraFields: [{ key: 'x', title: '甲', type: 'string' }, { key: 'x', title: '乙', type: 'string' }],
      },
    });
    expect(problems.map((p) => `${p.pointer}${p.key ? ` [${p.key}]` : ''}  ${p.message}`)).toMatchInlineSnapshot(`
      [
        "/formOptions/dropout-registration/labels [/guardians/relaton]  “辍学学生登记表”没有字段 “/guardians/relaton”。您是否想写 “/guardians/relation”？",
        "/formOptions/dropout-registration/required/1  “辍学学生登记表”没有字段 “/student/nmae”。您是否想写 “/student/name”？",
        "/formOptions/dropout-registration/extraFields/1/key  补充字段 “x” 重复（第 1 项已写过）。",
      ]
    `);
  });
});
