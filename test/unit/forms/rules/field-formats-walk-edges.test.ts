/**
 * fieldFormatRule on schemas built for the purpose, so each part of the compiled walk is
 * seen on its own: $refs to a shared kind under another name or to nothing, future dates
 * allowed for one field of a list's rows only,
 * the x-code flag deciding whether full-width input is explained, and values whose shape
 * the schema does not describe. Each test builds its own form.
 */
import { describe, expect, it } from 'vitest';
import { forms, type FormDefinition, type Schema } from '../../../../site/lib/forms/form-registry.ts';
import { fieldFormatRule } from '../../../../site/lib/forms/rules/field-formats.ts';

const defs = {
  date: { type: 'string', title: '日期' },
  phone: { type: 'string', title: '电话', 'x-code': true },
  idNumber: { type: 'string', title: '身份证号', pattern: '^\\d{17}[\\dX]$' },
  studentNumber: { type: 'string', title: '学籍号' },
  text: { type: 'string', title: '文字' },
};
const formWith = (properties: Record<string, Schema>, futureDatesAllowed: string[] = [], more: Record<string, Schema> = {}): FormDefinition => ({
  ...forms['dropout-registration'],
  futureDatesAllowed,
  schema: { $id: `test-${Math.random()}`, type: 'object', $defs: { ...defs, ...more }, properties },
});
const run = (form: FormDefinition, data: Record<string, unknown>, schemaValid = true) =>
  fieldFormatRule(data, { form, today: '2022-06-30', data, schemaValid }).map((p) => `${p.pointer} ${p.code}`);

describe('fieldFormatRule on built schemas', () => {
  it('checks a field by the shared definition it refers to, not by its own name', () => {
    const form = formWith({ when: { $ref: '#/$defs/date' }, tel: { $ref: '#/$defs/phone' }, id: { $ref: '#/$defs/idNumber' }, sn: { $ref: '#/$defs/studentNumber' }, note: { $ref: '#/$defs/text' }, date: { type: 'string' }, lost: { $ref: '#/$defs/none' } });
    expect(run(form, { when: '2022-02-30', tel: '1', id: '411328201003151237', sn: 'X', note: '2022-02-30', date: '2022-02-30', lost: 'x' })).toEqual([
      '/when bad-date',
      '/tel bad-phone',
      '/id bad-id-number',
      '/sn bad-student-number',
    ]);
    expect(run(form, { when: '2022-06-30', tel: '13800000001', id: '411328201003151236', sn: 'G411328201003151236' })).toEqual([]);
  });

  it('walks rows and the objects nested inside them', () => {
    // (No recursive definition here: fieldLabel, which words every problem, does not end on a recursive
    // schema. No form schema is recursive.)
    const form = formWith({ rows: { type: 'array', items: { type: 'object', properties: { at: { $ref: '#/$defs/date' }, sub: { type: 'object', properties: { at: { $ref: '#/$defs/date' } } } } } } });
    expect(run(form, { rows: [{ at: '2022-02-30' }, null, 'x', { sub: { at: '2023-01-01' } }, { sub: 'x', at: 5 }] })).toEqual(['/rows/0/at bad-date', '/rows/3/sub/at future-date']);
    // The same compiled walk serves a second record.
    expect(run(form, { rows: [{}, { sub: { at: '2022-04-31' } }] })).toEqual(['/rows/1/sub/at bad-date']);
  });

  it('allows a future date only in the row field the form names, by its path without indexes', () => {
    const form = formWith({ rows: { type: 'array', items: { type: 'object', properties: { due: { $ref: '#/$defs/date' }, done: { $ref: '#/$defs/date' } } } }, due: { $ref: '#/$defs/date' } }, ['/rows/due']);
    expect(run(form, { rows: [{ due: '2099-01-01', done: '2099-01-01' }], due: '2099-01-01' })).toEqual(['/rows/0/done future-date', '/due future-date']);
    expect(run(form, { rows: [{ due: '2099-02-30' }] })).toEqual(['/rows/0/due bad-date']);
  });

  it('explains full-width input only for a field marked x-code', () => {
    const form = formWith({ tel: { $ref: '#/$defs/phone' }, when: { $ref: '#/$defs/date' } });
    expect(run(form, { tel: '１３８００００００01', when: '２０２２-０３-０１' })).toEqual(['/tel full-width', '/when bad-date']);
    const unmarked = formWith({ tel: { $ref: '#/$defs/phone', 'x-code': false } });
    expect(run(unmarked, { tel: '１３８００００００01' })).toEqual(['/tel bad-phone']);
  });

  it('leaves a value its own pattern rejects to the schema, by the pattern of the field or its definition', () => {
    const form = formWith({ id: { $ref: '#/$defs/idNumber' }, own: { $ref: '#/$defs/date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } });
    expect(run(form, { id: '41132820100315123', own: '2022-2-30' }, false)).toEqual([]);
    expect(run(form, { id: '41132820100315123', own: '2022-2-30' }, true)).toEqual(['/id bad-id-number', '/own bad-date']);
    expect(run(form, { own: '2022-02-30' }, false)).toEqual(['/own bad-date']);
  });

  it('skips shapes the schema does not describe and forms without any checked field', () => {
    const form = formWith({ rows: { type: 'array', items: { $ref: '#/$defs/date' } }, obj: { type: 'object', properties: { at: { $ref: '#/$defs/date' } } } });
    expect(run(form, { rows: ['2022-02-30', 5, '2022-01-01'], obj: { at: 5 } })).toEqual(['/rows/0 bad-date']);
    expect(run(form, { rows: { 0: '2022-02-30' }, obj: ['2022-02-30'] })).toEqual([]);
    expect(run(form, { rows: '2022-02-30', obj: '2022-02-30' })).toEqual([]);
    const none = formWith({ a: { type: 'string' }, b: { type: 'array', items: { type: 'object', properties: { c: { type: 'integer' } } } } });
    expect(run(none, { a: 'x', b: [{ c: 1 }] })).toEqual([]);
    expect(run(none, { a: 'y' })).toEqual([]);
  });
});
