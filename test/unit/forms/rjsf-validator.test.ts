/**
 * The page's validation path: rjsf's precompiled validator over the generated
 * module, with our localizer and customValidate, gives the same Chinese
 * messages as the CLI — and needs no schema other than the form's own.
 */
import createPrecompiledValidator from '@rjsf/validator-ajv8/lib/createPrecompiledValidator.js';
import { getDefaultFormState } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { createCustomValidate } from '../../../site/lib/forms/custom-validate.ts';
import { defineForm, formIds, forms } from '../../../site/lib/forms/form-registry.ts';
import { loadValidateFns } from '../../../site/lib/forms/load-validator.ts';
import { localizeErrors } from '../../../site/lib/forms/schema-errors.ts';
import { validateRecord } from '../../../site/lib/forms/validate-record.ts';

describe('rjsf precompiled validator', () => {
  it('validates a form with Chinese schema and rule messages', async () => {
    const base = forms['dropout-registration'];
    // What a page does: rebuild the definition from its props (JSON round trip).
    const form = defineForm('dropout-registration', JSON.parse(JSON.stringify(base.schema)), base.uiSchema);
    const validator = createPrecompiledValidator((await loadValidateFns(form.id)) as never, form.schema as never, localizeErrors(form) as never);
    const data = structuredClone((form.schema.examples as Record<string, any>[])[0]!);
    delete data.unit;
    data.student.idNumber = '411328201003151536';
    data.guardians[0].phone = '12';
    const customValidate = createCustomValidate(form, { today: '2022-06-30' });
    const result = validator.validateFormData(data, form.schema as never, customValidate as never);
    expect(result.errors.map((e) => `${e.property}  ${e.message}`)).toMatchInlineSnapshot(`
      [
        "unit  请填写“单位”。",
        ".guardians.0.phone  监护人第1条的“联系电话”格式不对：“12”。11 位手机号，或带区号的固定电话，例如 0377-8123456。",
        ".student.idNumber  “身份证号”校验码不正确（应为 5），请逐位核对号码。",
      ]
    `);
    expect(validator.isValid(form.schema as never, (form.schema.examples as unknown[])[0], form.schema as never)).toBe(true);
  });
});

describe('an empty form, as rjsf first fills it in', () => {
  it.each(formIds.map((id) => [id] as const))('%s: asks for blank entries, never shows “null”', async (id) => {
    const form = forms[id];
    const validator = createPrecompiledValidator((await loadValidateFns(id)) as never, form.schema as never, localizeErrors(form) as never);
    // What the page holds before anyone typed: rjsf pads lists to minItems with null / {} entries.
    const blank = getDefaultFormState(validator as never, form.schema as never, {} as never, form.schema as never);
    const messages = validator.validateFormData(blank, form.schema as never).errors.map((e) => e.message ?? '');
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).not.toMatch(/null|undefined|实际是/);
  });

  it('names the blank item of a list of plain values, in the page and in baoxue check', async () => {
    const fns = await loadValidateFns('responsibility-pledge');
    const pledge = { ...structuredClone((forms['responsibility-pledge'].schema.examples as Record<string, unknown>[])[0]!), duties: [null] };
    expect(validateRecord('responsibility-pledge', pledge, fns, { today: '2022-06-30' }).map((p) => `${p.pointer}  ${p.message}`)).toEqual(['/duties/0  请填写“责任内容”第1项。']);
    const visits = structuredClone((forms['home-education-record'].schema.examples as Record<string, any>[])[0]!);
    visits.visits[0].teachers = ['刘明', null];
    expect(validateRecord('home-education-record', visits, await loadValidateFns('home-education-record'), { today: '2022-06-30' }).map((p) => p.message)).toEqual([
      '请填写送教记录第1条的“本次送教教师”第2项。',
    ]);
  });

  it('lists the choices of an enum by the names the form shows', async () => {
    const fns = await loadValidateFns('responsibility-pledge');
    const pledge = structuredClone((forms['responsibility-pledge'].schema.examples as Record<string, any>[])[0]!);
    pledge.targets[0].indicator = 'consolidation';
    const [message] = validateRecord('responsibility-pledge', pledge, fns, { today: '2022-06-30' }).map((p) => p.message);
    expect(message).toMatch(/^工作目标第1条的“指标”不能是 “consolidation”，可选：入学率、小学适龄儿童入学率、/);
    expect(message).not.toMatch(/[a-z]+-rate/);
  });
});
