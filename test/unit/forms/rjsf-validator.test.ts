/**
 * The page's validation path: rjsf's precompiled validator over the generated
 * module, with our localizer and customValidate, gives the same Chinese
 * messages as the CLI — and needs no schema other than the form's own.
 */
import createPrecompiledValidator from '@rjsf/validator-ajv8/lib/createPrecompiledValidator.js';
import { describe, expect, it } from 'vitest';
import { createCustomValidate } from '../../../site/lib/forms/custom-validate.ts';
import { defineForm, forms } from '../../../site/lib/forms/form-registry.ts';
import { loadValidateFns } from '../../../site/lib/forms/load-validator.ts';
import { localizeErrors } from '../../../site/lib/forms/schema-errors.ts';

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
