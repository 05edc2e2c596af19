/**
 * Edges of the 身份证号 checks that the main tests leave open: every province code, the
 * 1900 and today boundaries of the birth date, the anchors of the patterns, and the
 * signs of a number Excel has stored. Each test builds its own numbers (mutation testing
 * attributes coverage per test).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkIdNumber, idCheckCharacter, idNumberAsExcelNumber, idNumberPattern, parseIdNumber, provinceCodes } from '../../../../site/lib/forms/rules/id-number.ts';

const withCheck = (body17: string) => body17 + idCheckCharacter(body17);
const advice = '请在 Excel 中把这一列设置为“文本”格式，重新输入号码后再导入。';

describe('provinceCodes', () => {
  it('accepts a county number of every province, region and municipality, and of 台湾, 香港, 澳门 and 83', () => {
    const codes = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83'];
    expect(provinceCodes.size).toBe(codes.length);
    for (const p of codes) {
      expect(provinceCodes.has(p)).toBe(true);
      expect(checkIdNumber(withCheck(`${p}132820100315123`), '2022-06-30'), p).toEqual([]);
    }
    for (const p of ['00', '10', '16', '47', '72', '84', '91']) expect(provinceCodes.has(p), p).toBe(false);
  });
});

describe('checkIdNumber edges', () => {
  it('accepts a birth date of today and of 1900-01-01, not one of 1899-12-31 or tomorrow', () => {
    expect(checkIdNumber(withCheck('41132820220630123'), '2022-06-30')).toEqual([]);
    expect(checkIdNumber(withCheck('41132820220701123'), '2022-06-30')).toEqual(['第 7–14 位的出生日期 2022-07-01 晚于今天。']);
    expect(checkIdNumber(withCheck('41132819000101123'), '2022-06-30')).toEqual([]);
    expect(checkIdNumber(withCheck('41132818991231123'), '2022-06-30')).toEqual(['第 7–14 位的出生日期 1899-12-31 早于 1900 年，不可能是在世的人。']);
  });

  it('does not reuse the answer for the same number on another day', () => {
    const id = withCheck('41132820220701123');
    expect(checkIdNumber(id, '2022-06-30')).toHaveLength(1);
    expect(checkIdNumber(id, '2022-07-01')).toEqual([]);
    expect(checkIdNumber(id, '2022-06-30')).toHaveLength(1);
    // and not the answer for another number on the same day
    expect(checkIdNumber(withCheck('41132820100315123'), '2022-06-30')).toEqual([]);
  });

  it('treats a lower-case x whose check character is a digit as a wrong check character', () => {
    expect(idCheckCharacter('41132820100315123')).toBe('6');
    expect(checkIdNumber('41132820100315123x', '2022-06-30')).toEqual(['校验码不正确（应为 6），请逐位核对号码。']);
  });

  it('reports every problem of a number at once', () => {
    const body = '99000018991231123';
    const wrong = idCheckCharacter(body) === '0' ? '1' : '0';
    expect(checkIdNumber(body + wrong, '2022-06-30')).toEqual([
      '前两位 99 不是有效的省级行政区划代码。',
      '第 7–14 位的出生日期 1899-12-31 早于 1900 年，不可能是在世的人。',
      `校验码不正确（应为 ${idCheckCharacter(body)}），请逐位核对号码。`,
    ]);
  });

  it('counts characters, not UTF-16 units, and rejects letters or extra characters around the digits', () => {
    expect(checkIdNumber('4113𠀀', '2022-06-30')).toEqual(['应为 18 位：前 17 位是数字，最后一位是数字或大写 X，实际是 “4113𠀀”（5 位）。']);
    for (const id of [' 411328201003151236', '411328201003151236 ', 'A11328201003151236', '4113282010031512Y6', '41132820100315123Y']) {
      expect(checkIdNumber(id, '2022-06-30')[0], id).toMatch(/^应为 18 位/);
    }
  });
});

describe('parseIdNumber edges', () => {
  it('reads only an 18-character number, with a digit, X or x last', () => {
    expect(parseIdNumber('41132820110507100x')).toEqual({ region: '411328', birthDate: '2011-05-07', gender: '女' });
    expect(parseIdNumber('41132820110507101X')?.gender).toBe('男');
    for (const id of ['41132820100315123', '4113282010031512366', 'a411328201003151236', '411328201003151236a', '41132820100315123Y', '4113282010031512a6']) {
      expect(parseIdNumber(id), id).toBeUndefined();
    }
  });

  it('is the pattern the form schemas use', () => {
    const schema = JSON.parse(readFileSync('schemas/forms/dropout-registration.schema.json', 'utf8'));
    expect(idNumberPattern).toBe(schema.$defs.idNumber.pattern);
  });
});

describe('idNumberAsExcelNumber edges', () => {
  const cut = (text: string) => `被 Excel 存成了数字 ${text}（Excel 只保留 15 位有效数字，末几位已经变了）。${advice}`;

  it('recognises every spelling of scientific notation Excel and a CSV use', () => {
    for (const text of ['4.11328E+17', '4.11328e+17', '4E+17', '4.11328E17', '4.11328201003151E+17']) expect(idNumberAsExcelNumber(text), text).toBe(cut(text));
    for (const text of ['x4.11328E+17', '4.11328E+17x', '4.E+17', '4.11328E+', '41.1328E+17', '4.11328E-17']) expect(idNumberAsExcelNumber(text), text).toBeUndefined();
  });

  it('recognises 16 to 18 digits with at most 15 significant, and nothing longer or shorter', () => {
    for (const text of ['4113282010031510', '41132820100315100', '411328201003151000']) expect(idNumberAsExcelNumber(text), text).toBe(cut(text));
    for (const text of ['411328201003150', '4113282010031510000', '4113282010031516', '411328201003151600', 'a411328201003151000']) {
      expect(idNumberAsExcelNumber(text), text).toBeUndefined();
    }
  });

  it('names the lost X only for 17 digits whose check character is X', () => {
    expect(idNumberAsExcelNumber('41132820100315123')).toBeUndefined();
    expect(idNumberAsExcelNumber('x41132820110507100')).toBeUndefined();
    expect(idNumberAsExcelNumber('411328201105071000')).toBe(cut('411328201105071000'));
  });

  it('takes a valid number ending in zeros for what it is', () => {
    // 15 significant digits like a number Excel cut, but its check character is right
    expect(idCheckCharacter('41132820100315900')).toBe('0');
    expect(idNumberAsExcelNumber('411328201003159000')).toBeUndefined();
    expect(checkIdNumber('411328201003159000', '2022-06-30')).toEqual([]);
  });

  it('lets checkIdNumber give the Excel explanation alone', () => {
    expect(checkIdNumber('4.11328E+17', '2022-06-30')).toEqual([cut('4.11328E+17')]);
  });
});
