/**
 * The helpers every rule uses, called directly: reading a value by pointer (through
 * objects and arrays, never through text), which dates other checks may reason with, the
 * date ages are computed on, and how a problem is worded. Each test builds its own context.
 */
import { describe, expect, it } from 'vitest';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import { isCount, isObject, label, problemAt, referenceDate, usableDate, valueAt, type RuleContext } from '../../../../site/lib/forms/rules/rule-context.ts';

describe('valueAt', () => {
  it('reads through objects and array indexes, and gives the whole value for the empty pointer', () => {
    const data = { a: { b: [{ c: 1 }, { c: 0 }] }, s: 'text', n: null };
    expect(valueAt(data, '')).toBe(data);
    expect(valueAt(data, '/a/b/1/c')).toBe(0);
    expect(valueAt(data, '/a/b/0')).toEqual({ c: 1 });
    expect(valueAt(data, '/a/b/2/c')).toBeUndefined();
    // A string has a length, but no fields: nothing is read through it, nor through null.
    expect(valueAt(data, '/s/length')).toBeUndefined();
    expect(valueAt(data, '/n/x')).toBeUndefined();
    expect(valueAt(undefined, '/a')).toBeUndefined();
    expect(valueAt(7, '/a')).toBeUndefined();
  });

  it('gives the same answer on a second look at the same pointer in other data', () => {
    expect(valueAt({ x: { y: 1 } }, '/x/y')).toBe(1);
    expect(valueAt({ x: { y: 2 } }, '/x/y')).toBe(2);
    expect(valueAt({ x: 'y' }, '/x/y')).toBeUndefined();
  });
});

describe('usableDate and referenceDate', () => {
  const ctx = (data: unknown, form = forms['return-notice']) => ({ form, today: '2022-06-30', data });

  it('takes a real day up to today, and a later one only where the form allows it', () => {
    expect(usableDate(ctx({ issueDate: '2022-06-30' }), '/issueDate')).toBe('2022-06-30');
    expect(usableDate(ctx({ issueDate: '2022-07-01' }), '/issueDate')).toBeUndefined();
    expect(usableDate(ctx({ deadline: '2099-07-01' }), '/deadline')).toBe('2099-07-01');
    expect(usableDate(ctx({ issueDate: '2022-02-30' }), '/issueDate')).toBeUndefined();
    expect(usableDate(ctx({ issueDate: 20220301 }), '/issueDate')).toBeUndefined();
    expect(usableDate(ctx({}), '/issueDate')).toBeUndefined();
  });

  it('matches the allowed field without the row index of a date in a list', () => {
    const form = { ...forms['dropout-registration'], futureDatesAllowed: ['/attempts/date'] };
    expect(usableDate(ctx({ attempts: [{ date: '2099-01-01' }] }, form), '/attempts/0/date')).toBe('2099-01-01');
    expect(usableDate(ctx({ fillDate: '2099-01-01' }, form), '/fillDate')).toBeUndefined();
  });

  it('computes ages on the form’s date, on today when it is empty, and on nothing when it is wrong', () => {
    expect(referenceDate(ctx({ issueDate: '2022-03-01' }))).toEqual({ date: '2022-03-01', fromForm: true });
    for (const issueDate of [undefined, null, '']) expect(referenceDate(ctx({ issueDate })), String(issueDate)).toEqual({ date: '2022-06-30', fromForm: false });
    for (const issueDate of ['2022-02-30', '2022-07-01', ' ', 0]) expect(referenceDate(ctx({ issueDate })), String(issueDate)).toBeUndefined();
  });
});

describe('problemAt and label', () => {
  it('puts the field’s label before the text unless the text is bare, and honours label overrides', () => {
    const data = { guardians: [{}, { phone: 'x' }] };
    const ctx: RuleContext = { form: forms['dropout-registration'], today: '2022-06-30', data };
    expect(problemAt(ctx, '/guardians/1/phone', 'bad-phone', '不对。')).toEqual({ pointer: '/guardians/1/phone', code: 'bad-phone', message: '监护人第2条的“联系电话”不对。' });
    expect(problemAt(ctx, '/guardians/1/phone', 'bad-phone', '不对。', true)).toEqual({ pointer: '/guardians/1/phone', code: 'bad-phone', message: '不对。' });
    expect(label(ctx, '/student/name')).toBe('“姓名”');
    expect(label({ ...ctx, labels: { '/student/name': '学生姓名' } }, '/student/name')).toBe('“学生姓名”');
    expect(problemAt({ ...ctx, labels: { '/student/name': '学生姓名' } }, '/student/name', 'x', '空。').message).toBe('“学生姓名”空。');
  });
});

describe('isObject and isCount', () => {
  it('takes only plain objects for objects, and whole numbers from 0 for counts', () => {
    expect([{}, { a: 1 }, [], null, undefined, 'x', 0].map(isObject)).toEqual([true, true, false, false, false, false, false]);
    expect([0, 1, 3, -1, 1.5, NaN, Infinity, '2', null].map(isCount)).toEqual([true, true, true, false, false, false, false, false, false]);
  });
});
