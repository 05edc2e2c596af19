/**
 * The age bands and the inputs the student rule must tolerate, called on the rule itself so
 * that the problem codes, pointers and the warning flag are checked too. Every test builds
 * its own record (mutation testing attributes coverage per test).
 */
import { describe, expect, it } from 'vitest';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import type { FormJurisdiction, RuleContext } from '../../../../site/lib/forms/rules/rule-context.ts';
import { studentAge, studentConsistencyRule } from '../../../../site/lib/forms/rules/student-consistency.ts';
import { idCheckCharacter } from '../../../../site/lib/forms/rules/id-number.ts';

type FormId = 'dropout-registration' | 'verification';
const today = '2022-06-30';
/** A 身份证号 of a boy born on `birth` (YYYY-MM-DD). */
const idFor = (birth: string, seq = '123') => {
  const body = `411328${birth.replaceAll('-', '')}${seq}`;
  return body + idCheckCharacter(body);
};
const run = (data: Record<string, unknown>, form: FormId = 'dropout-registration', jurisdiction: FormJurisdiction | null = null) => {
  const ctx: RuleContext = { form: forms[form], today, jurisdiction, data };
  return studentConsistencyRule(data, ctx).map((p) => ({ pointer: p.pointer, code: p.code, warning: p.warning ?? false, message: p.message }));
};
const record = (birth: string, extra: Record<string, unknown> = {}) => ({
  fillDate: '2022-03-10',
  student: { name: '张小明', idNumber: idFor(birth), birthDate: birth, gender: '男', ...extra },
});
const codes = (data: Record<string, unknown>, form: FormId = 'dropout-registration', j: FormJurisdiction | null = null) =>
  run(data, form, j).map((p) => `${p.pointer} ${p.code}${p.warning ? ' (warning)' : ''}`);

describe('student consistency: age bands', () => {
  it('is silent from 6 to 16 周岁 on the form date, warns at 5 and 17, at 3 and at 25, and fails under 3 and over 25', () => {
    // ages on the form date 2022-03-10
    const warn = ['/student/birthDate not-compulsory-age (warning)'];
    const fail = ['/student/birthDate implausible-age'];
    expect(codes(record('2016-03-10'))).toEqual([]); // 6
    expect(codes(record('2016-03-11'))).toEqual(warn); // 5
    expect(codes(record('2005-03-11'))).toEqual([]); // 16
    expect(codes(record('2005-03-10'))).toEqual(warn); // 17
    expect(codes(record('2019-03-10'))).toEqual(warn); // 3
    expect(codes(record('2019-03-11'))).toEqual(fail); // 2
    expect(codes(record('1997-03-10'))).toEqual(warn); // 25
    expect(codes(record('1996-03-10'))).toEqual(fail); // 26
    expect(codes(record('2022-03-10'))).toEqual(fail); // 0
  });

  it('words the reminder for a form other than 核查 with what to check', () => {
    expect(run(record('2016-03-11'))).toEqual([
      {
        pointer: '/student/birthDate',
        code: 'not-compulsory-age',
        warning: true,
        message: '“出生日期”表明学生按“填表日期”（2022-03-10）计算为 5 周岁，不在义务教育适龄范围（6–16 周岁）内。超龄仍在读或不足龄已入学的学生照常登记，请核对出生日期和身份证号无误。',
      },
    ]);
    expect(run(record('2019-03-11'))[0]?.warning).toBe(false);
  });

  it('puts the age problem on the 身份证号 when the birth date is not filled in', () => {
    const d = record('2005-03-10');
    delete (d.student as Record<string, unknown>).birthDate;
    expect(codes(d)).toEqual(['/student/idNumber not-compulsory-age (warning)']);
  });

  it('says nothing about a birth date after the form date (but not after today): that is an order problem elsewhere', () => {
    expect(codes(record('2022-05-01'))).toEqual([]);
  });

  it('keeps the reminder for a category that does not waive the age, and for an unknown category', () => {
    const j: FormJurisdiction = {
      id: 'tanghe',
      name: '唐河县',
      categories: [
        { code: 'B', label: '在校有学籍', evidence: [] },
        { code: 'F', label: '超龄离校', evidence: [], compulsoryAgeApplies: false },
      ],
    };
    const d: Record<string, unknown> = { ...record('2005-03-10'), categoryCode: 'B' };
    expect(codes(d, 'verification', j)).toEqual(['/student/birthDate not-compulsory-age (warning)']);
    d.categoryCode = 'Z';
    expect(codes(d, 'verification', j)).toEqual(['/student/birthDate not-compulsory-age (warning)']);
    d.categoryCode = 'F';
    expect(codes(d, 'verification', j)).toEqual([]);
    // A category that waives the age waives the check altogether, an impossible age included.
    expect(codes({ ...record('1990-01-01'), categoryCode: 'F' }, 'verification', j)).toEqual([]);
  });
});

describe('student consistency: against the 身份证号', () => {
  it('gives the codes of a birth date and a gender that disagree', () => {
    const d = record('2010-03-15', { gender: '女' });
    (d.student as Record<string, unknown>).birthDate = '2010-03-16';
    expect(codes(d)).toEqual(['/student/birthDate id-birth-mismatch', '/student/gender id-gender-mismatch']);
  });

  it('accepts a matching girl and ignores a gender that is neither 男 nor 女', () => {
    expect(codes(record('2010-03-15', { idNumber: idFor('2010-03-15', '124'), gender: '女' }))).toEqual([]);
    expect(codes(record('2010-03-15', { gender: '未知' }))).toEqual([]);
    expect(codes(record('2010-03-15', { gender: undefined }))).toEqual([]);
  });

  it('does not compare with a 身份证号 that is wrong, or not text', () => {
    const d = record('2010-03-15', { idNumber: '411328201003161230', gender: '女' });
    expect(codes(d)).toEqual([]);
    expect(codes(record('2010-03-15', { idNumber: 411328201003151236, gender: '女' }))).toEqual([]);
  });

  it('takes the age from a valid 身份证号 when the birth date is missing', () => {
    const d = record('2010-03-15', { age: 12 });
    delete (d.student as Record<string, unknown>).birthDate;
    expect(run(d)).toEqual([
      {
        pointer: '/student/age',
        code: 'age-mismatch',
        warning: false,
        message: '“年龄”填的是 12 周岁，按出生日期 2010-03-15 和“填表日期”（2022-03-10）计算应为 11 周岁。',
      },
    ]);
  });

  it('compares only a whole-number age, and says nothing when it is right', () => {
    expect(codes(record('2010-03-15', { age: 11 }))).toEqual([]);
    expect(codes(record('2010-03-15', { age: 11.5 }))).toEqual([]);
    expect(codes(record('2010-03-15', { age: '12' }))).toEqual([]);
  });

  it('computes no age without any birth date or with a wrong form date', () => {
    expect(codes({ fillDate: '2022-03-10', student: { name: '张小明', age: 40 } })).toEqual([]);
    expect(codes({ ...record('2010-03-15', { age: 40 }), fillDate: '2022-02-30' })).toEqual([]);
    expect(codes({ ...record('2010-03-15', { age: 40 }), fillDate: '2099-01-01' })).toEqual([]);
    expect(codes(record('2099-01-01', { age: 40, idNumber: '1' }))).toEqual([]);
  });

  it('ignores a record without a student object', () => {
    expect(run({ fillDate: '2022-03-10' })).toEqual([]);
    expect(run({ fillDate: '2022-03-10', student: ['2010-03-15'] })).toEqual([]);
    expect(run({ fillDate: '2022-03-10', student: null })).toEqual([]);
  });
});

describe('studentAge', () => {
  const ctx = (data: unknown) => ({ form: forms['dropout-registration'], today, data });

  it('is the age on the form date, or on today without one, and 0 on the birthday', () => {
    expect(studentAge(ctx(record('2010-03-15')))).toBe(11);
    const noDate: Record<string, unknown> = record('2010-03-15');
    delete noDate.fillDate;
    expect(studentAge(ctx(noDate))).toBe(12);
    expect(studentAge(ctx(record('2022-03-10')))).toBe(0);
  });

  it('is undefined for a birth after the form date, without dates, or for a record that is not an object', () => {
    expect(studentAge(ctx(record('2022-05-01')))).toBeUndefined();
    expect(studentAge(ctx({ fillDate: '2022-03-10', student: { name: '张小明' } }))).toBeUndefined();
    expect(studentAge(ctx(null))).toBeUndefined();
    expect(studentAge(ctx([record('2010-03-15')]))).toBeUndefined();
  });
});
