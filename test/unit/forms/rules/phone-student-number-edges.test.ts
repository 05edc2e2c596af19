/**
 * Edges of the phone and 全国学籍号 checks: the anchors and lengths of the patterns, the
 * fast path's character ranges, and each message of a malformed 学籍号.
 */
import { describe, expect, it } from 'vitest';
import { checkPhone } from '../../../../site/lib/forms/rules/phone.ts';
import { checkStudentNumber } from '../../../../site/lib/forms/rules/student-number.ts';
import { idCheckCharacter } from '../../../../site/lib/forms/rules/id-number.ts';

describe('checkPhone edges', () => {
  it.each(['8613800000001', '+8613800000001', '86-13800000001', '19912345678', '010 12345678', '0377-81234567', '037781234567', '0377-8123456-1', '0377-8123456-123456', ' 13800000001 '])(
    'accepts %s',
    (n) => expect(checkPhone(n)).toBeUndefined(),
  );
  it.each(['12800000001', '138000000012', 'x13800000001', '13800000001x', '+87 13800000001', '86  13800000001', '0377-812345', '0377-812345678', '00-8123456', '03778-8123456', '0377-8123456-', '0377-8123456-1234567', '0377--8123456', 'a0377-8123456', '0377-8123456a'])(
    'rejects %s',
    (n) => expect(checkPhone(n)).toBeDefined(),
  );
  it('calls a number of digits starting with 1 a mobile number, anything else a phone number', () => {
    expect(checkPhone('138000000012')).toBe('“138000000012”不是有效的手机号：手机号为 11 位，以 13–19 开头。');
    expect(checkPhone('123')).toBe('“123”不是有效的手机号：手机号为 11 位，以 13–19 开头。');
    expect(checkPhone('1')).toBe('“1”不是有效的电话号码：请填 11 位手机号，或带区号的固定电话（例如 0377-8123456）。');
    expect(checkPhone('x13800000001')).toBe('“x13800000001”不是有效的电话号码：请填 11 位手机号，或带区号的固定电话（例如 0377-8123456）。');
    expect(checkPhone('13800000001x')).toMatch(/不是有效的电话号码/);
  });
});

describe('checkStudentNumber edges', () => {
  const g = (body17: string, prefix = 'G') => prefix + body17 + idCheckCharacter(body17);

  it('accepts G and J numbers ending in X and an L number with any last digit', () => {
    expect(checkStudentNumber(g('41132820110507100'))).toEqual([]);
    expect(checkStudentNumber(g('41132820110507100', 'J'))).toEqual([]);
    for (const d of '0123456789') expect(checkStudentNumber(`L41132820100315041${d}`), d).toEqual([]);
  });

  it('explains a malformed L number and its birth date', () => {
    const lShape = ['临时学籍号应为 L 加 18 位数字（6 位地区码、8 位出生日期、4 位随机码）。'];
    expect(checkStudentNumber('L41132820100315041X')).toEqual(lShape);
    expect(checkStudentNumber('L4113282010031504')).toEqual(lShape);
    expect(checkStudentNumber('L4113282010031504123')).toEqual(lShape);
    expect(checkStudentNumber('L4113282010031504:7')).toEqual(lShape);
    expect(checkStudentNumber('L411328201002300417')).toEqual(['第 8–15 位的出生日期 20100230 不是真实存在的日期。']);
  });

  it('explains a malformed G or J number, its birth date and check character', () => {
    expect(checkStudentNumber('G41132820100315123')).toEqual(['正式学籍号应为 G 加 18 位号码（前 17 位数字，末位数字或大写 X）。']);
    expect(checkStudentNumber('J4113282010031512366')).toEqual(['正式学籍号应为 J 加 18 位号码（前 17 位数字，末位数字或大写 X）。']);
    expect(checkStudentNumber('G41132820110507100x')).toEqual(['正式学籍号应为 G 加 18 位号码（前 17 位数字，末位数字或大写 X）。']);
    expect(checkStudentNumber('G4113282010031:1236')).toEqual(['正式学籍号应为 G 加 18 位号码（前 17 位数字，末位数字或大写 X）。']);
    expect(checkStudentNumber('G4113282010031/1236')).toEqual(['正式学籍号应为 G 加 18 位号码（前 17 位数字，末位数字或大写 X）。']);
    const feb30 = '41132820100230123';
    expect(checkStudentNumber(g(feb30))).toEqual(['第 8–15 位的出生日期 20100230 不是真实存在的日期。']);
    const wrong = idCheckCharacter(feb30) === '0' ? '1' : '0';
    expect(checkStudentNumber(`J${feb30}${wrong}`)).toEqual(['第 8–15 位的出生日期 20100230 不是真实存在的日期。', `末位校验码不正确（应为 ${idCheckCharacter(feb30)}）。`]);
  });

  it('checks every digit of the number for the check character', () => {
    const body = '41132820100315123';
    for (let i = 0; i < 17; i++) {
      if (i >= 6 && i < 14) continue; // the birth date: another message
      const changed = body.slice(0, i) + String((Number(body[i]) + 1) % 10) + body.slice(i + 1);
      const stale = `G${changed}${idCheckCharacter(body)}`;
      if (idCheckCharacter(changed) === idCheckCharacter(body)) continue;
      expect(checkStudentNumber(stale), `digit ${i}`).toEqual([`末位校验码不正确（应为 ${idCheckCharacter(changed)}）。`]);
    }
  });

  it('asks for upper case for every lower-case start, and names other starts', () => {
    expect(checkStudentNumber('j41132820110507100X')).toEqual(['开头字母应大写（J），实际是 “j”。']);
    expect(checkStudentNumber('l411328201003150417')).toEqual(['开头字母应大写（L），实际是 “l”。']);
    expect(checkStudentNumber('')).toEqual(['应以 G、J（正式学籍号）或 L（临时学籍号）开头。']);
    expect(checkStudentNumber('4113282010031512366')).toEqual(['应以 G、J（正式学籍号）或 L（临时学籍号）开头。']);
    expect(checkStudentNumber('K411328201003151236')).toEqual(['应以 G、J（正式学籍号）或 L（临时学籍号）开头。']);
  });
});
