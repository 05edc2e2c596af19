/** The page's error list: one entry per field and message, in form order, each with its field's DOM id. */
import { describe, expect, it } from 'vitest';
import { listedErrors } from '../../../../site/islands/form/listed-errors.ts';
import { forms } from '../../../../site/lib/forms/form-registry.ts';

const { schema, uiSchema } = forms['dropout-registration'];
const error = (property: string, message: string) => ({ property, message, stack: `${property} ${message}` });

describe('listedErrors', () => {
  it('keeps alike messages about different fields, drops repeats about one field, and follows the form', () => {
    const listed = listedErrors(
      [
        error('.dropoutReason', '请填写“辍学原因”。'),
        error('.residence.county', '请填写“县（市、区）”。'),
        error('.household.county', '请填写“县（市、区）”。'),
        error('.household.county', '请填写“县（市、区）”。'),
        error('.attempts.1.date', '劝返日期晚于今天。'),
        error('.student.idNumber', '请填写“身份证号”。'),
      ],
      schema,
      uiSchema,
    );
    expect(listed.map((e) => e.id)).toEqual(['f_student_idNumber', 'f_household_county', 'f_residence_county', 'f_dropoutReason', 'f_attempts_1_date']);
    expect(new Set(listed.map((e) => e.key)).size).toBe(listed.length);
  });
});
