/** Form order of fields: uiSchema `ui:order`, then schema order; rows by index; a group before its fields. */
import { describe, expect, it } from 'vitest';
import { fieldPosition, orderedKeys, sortByFormOrder } from '../../../site/lib/forms/field-order.ts';
import { forms } from '../../../site/lib/forms/form-registry.ts';

const { schema, uiSchema } = forms['dropout-registration'];

describe('field order', () => {
  it('follows ui:order, then the schema, for unlisted keys too', () => {
    expect(orderedKeys({ properties: { a: {}, b: {}, c: {} } }, { 'ui:order': ['c', 'a'] })).toEqual(['c', 'a', 'b']);
  });

  it('puts fields as the form shows them: groups, their fields, rows by index, unknown keys last', () => {
    const pointers = ['/persuasion/result', '/dropoutReason', '/attempts/10/date', '/extra/x', '/attempts/2/date', '/household/village', '/household/county', '/student', '/student/name', '/unit'];
    expect(sortByFormOrder(schema, uiSchema, pointers, (p) => p)).toEqual([
      '/unit', '/student', '/student/name', '/household/county', '/household/village', '/dropoutReason', '/persuasion/result', '/attempts/2/date', '/attempts/10/date', '/extra/x',
    ]);
    expect(fieldPosition(schema, uiSchema, '')).toEqual([]);
  });
});
