import { describe, expect, it } from 'vitest';
import { checkIdNumber, idCheckCharacter, parseIdNumber } from '../../../../site/lib/forms/rules/id-number.ts';

const today = '2022-06-30';

describe('idCheckCharacter', () => {
  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(idCheckCharacter('41132820100315123')).toBe('6');
    expect(idCheckCharacter('11010519491231002')).toBe('X'); // the GB 11643 sample number
  });
});

describe('checkIdNumber', () => {
  it('accepts a valid number, including one ending in X', () => {
    expect(checkIdNumber('411328201003151236', today)).toEqual([]);
    expect(checkIdNumber('41132820110507100X', today)).toEqual([]);
  });

  it('rejects a number with one digit changed, giving the expected check character', () => {
    expect(checkIdNumber('411328201003151536', today)).toEqual(['校验码不正确（应为 5），请逐位核对号码。']);
  });

  it('asks for an upper-case X', () => {
    expect(checkIdNumber('41132820110507100x', today)).toEqual(['最后一位校验码应为大写 X，不能写小写 x。']);
  });

  it('rejects a birth date that does not exist or lies in the future', () => {
    const feb30 = '41132820100230123';
    expect(checkIdNumber(feb30 + idCheckCharacter(feb30), today)).toEqual(['第 7–14 位的出生日期 20100230 不是真实存在的日期。']);
    const future = '41132820230101123';
    expect(checkIdNumber(future + idCheckCharacter(future), today)).toEqual(['第 7–14 位的出生日期 2023-01-01 晚于今天。']);
  });

  it('rejects implausible region codes', () => {
    const badProvince = '99132820100315123';
    expect(checkIdNumber(badProvince + idCheckCharacter(badProvince), today)).toEqual(['前两位 99 不是有效的省级行政区划代码。']);
    const provinceOnly = '41000020100315123';
    expect(checkIdNumber(provinceOnly + idCheckCharacter(provinceOnly), today)).toEqual(['地区码 410000 只到省一级，不是有效的县级行政区划代码。']);
  });

  it('rejects the wrong length', () => {
    expect(checkIdNumber('41132820100315123', today)).toEqual(['应为 18 位：前 17 位是数字，最后一位是数字或大写 X，实际是 “41132820100315123”（17 位）。']);
  });
});

describe('parseIdNumber', () => {
  it('reads birth date and gender', () => {
    expect(parseIdNumber('411328201003151236')).toEqual({ region: '411328', birthDate: '2010-03-15', gender: '男' });
    expect(parseIdNumber('411328200908222049')?.gender).toBe('女');
  });
});
