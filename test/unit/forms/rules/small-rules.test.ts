import { describe, expect, it } from 'vitest';
import { checkPhone } from '../../../../site/lib/forms/rules/phone.ts';
import { checkStudentNumber } from '../../../../site/lib/forms/rules/student-number.ts';
import { ageOn, checkNotFuture, daysBetween, isRealDate, todayIso } from '../../../../site/lib/forms/rules/dates.ts';

describe('checkPhone', () => {
  it.each(['13800000001', '+86 13800000001', '0377-8123456', '03778123456', '010-12345678-123'])('accepts %s', (n) => expect(checkPhone(n)).toBeUndefined());
  it('explains a short mobile number and a garbled one', () => {
    expect(checkPhone('1380000001')).toBe('“1380000001”不是有效的手机号：手机号为 11 位，以 13–19 开头。');
    expect(checkPhone('8123456')).toBe('“8123456”不是有效的电话号码：请填 11 位手机号，或带区号的固定电话（例如 0377-8123456）。');
  });
});

describe('checkStudentNumber', () => {
  it('accepts G/J numbers with a valid check character and L numbers', () => {
    expect(checkStudentNumber('G411328201003151236')).toEqual([]);
    expect(checkStudentNumber('J41132820110507100X')).toEqual([]);
    expect(checkStudentNumber('L411328201003150417')).toEqual([]);
  });
  it('rejects a wrong check character, a wrong prefix and lower case', () => {
    expect(checkStudentNumber('G411328201003151237')).toEqual(['末位校验码不正确（应为 6）。']);
    expect(checkStudentNumber('X411328201003151236')).toEqual(['应以 G、J（正式学籍号）或 L（临时学籍号）开头。']);
    expect(checkStudentNumber('g411328201003151236')).toEqual(['开头字母应大写（G），实际是 “g”。']);
  });
});

describe('dates', () => {
  it('knows real days, ages and gaps', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(ageOn('2010-03-15', '2022-03-14')).toBe(11);
    expect(ageOn('2010-03-15', '2022-03-15')).toBe(12);
    expect(daysBetween('2022-02-27', '2022-03-01')).toBe(2);
    expect(checkNotFuture('2022-07-01', '2022-06-30')).toBe('2022-07-01 晚于今天（2022-06-30），不能填写将来的日期。');
    expect(todayIso(new Date(2022, 0, 5))).toBe('2022-01-05');
  });
});
