/**
 * The 全国学籍号 fast path (isWellFormedStudentNumber) takes every valid number,
 * so `check` builds no strings for them, and nothing the full check rejects.
 * A fast path that gave up too often would still give right answers, only
 * slowly: these tests are what notices.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkStudentNumber, isWellFormedStudentNumber } from '../../../../site/lib/forms/rules/student-number.ts';
import { idCheckCharacter } from '../../../../site/lib/forms/rules/id-number.ts';

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const birthDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));
/** G or J + 6-digit region + birth date + 3-digit sequence + its check character. */
const formal = fc.tuple(fc.constantFrom('G', 'J'), digits(6), birthDate, digits(3)).map(([p, region, birth, seq]) => {
  const body = region + birth + seq;
  return p + body + idCheckCharacter(body);
});
const temporary = fc.tuple(digits(6), birthDate, digits(4)).map(([region, birth, rand]) => `L${region}${birth}${rand}`);
const runs = { seed: 20261203, numRuns: 400 };

describe('isWellFormedStudentNumber', () => {
  it('takes every valid G, J and L number', () => {
    fc.assert(fc.property(fc.oneof(formal, temporary), (n) => isWellFormedStudentNumber(n) && checkStudentNumber(n).length === 0), runs);
  });

  it('takes numbers with 0 and 9 in every place, and each of the eleven check characters', () => {
    const seen = new Set<string>();
    for (const region of ['000000', '999999', '411328', '909090']) {
      for (let seq = 0; seq < 40; seq++) {
        const body = `${region}20100315${String(seq).padStart(3, '0')}`;
        const n = `J${body}${idCheckCharacter(body)}`;
        seen.add(n.at(-1)!);
        expect(isWellFormedStudentNumber(n), n).toBe(true);
      }
      expect(isWellFormedStudentNumber(`L${region}201003159999`)).toBe(true);
      expect(isWellFormedStudentNumber(`L${region}201003150000`)).toBe(true);
    }
    expect([...seen].sort().join('')).toBe('0123456789X');
    expect(isWellFormedStudentNumber('G99999920000229999' + idCheckCharacter('99999920000229999'))).toBe(true);
  });

  it('never takes what the full check rejects', () => {
    const anyText = fc.oneof(
      fc.string({ maxLength: 22 }),
      fc.tuple(fc.constantFrom('G', 'J', 'L', 'g', 'X'), fc.stringMatching(/^[0-9X:\/]{16,20}$/)).map(([p, r]) => p + r),
      formal.chain((n) => fc.integer({ min: 1, max: 18 }).map((i) => n.slice(0, i) + String.fromCharCode(n.charCodeAt(i) + 1) + n.slice(i + 1))),
    );
    fc.assert(fc.property(anyText, (n) => !isWellFormedStudentNumber(n) || checkStudentNumber(n).length === 0), runs);
  });

  it('rejects a wrong check character, a non-digit, a wrong length, another letter and an unreal date', () => {
    const body = '41132820100315123';
    const good = `G${body}${idCheckCharacter(body)}`;
    expect(isWellFormedStudentNumber(good)).toBe(true);
    expect(isWellFormedStudentNumber(`G${body}${idCheckCharacter(body) === '0' ? '1' : '0'}`)).toBe(false);
    expect(isWellFormedStudentNumber(good.slice(0, 18))).toBe(false);
    expect(isWellFormedStudentNumber(`${good}0`)).toBe(false);
    expect(isWellFormedStudentNumber(`K${good.slice(1)}`)).toBe(false);
    expect(isWellFormedStudentNumber(`G${body.slice(0, 5)}/${body.slice(6)}${idCheckCharacter(body)}`)).toBe(false);
    expect(isWellFormedStudentNumber(`G${body.slice(0, 5)}:${body.slice(6)}${idCheckCharacter(body)}`)).toBe(false);
    expect(isWellFormedStudentNumber('L41132820100315041X')).toBe(false);
    expect(isWellFormedStudentNumber('L41132820100315041/')).toBe(false);
    expect(isWellFormedStudentNumber('L41132820100315041:')).toBe(false);
    expect(isWellFormedStudentNumber('L411328201002300417')).toBe(false);
    const feb30 = '41132820100230123';
    expect(isWellFormedStudentNumber(`G${feb30}${idCheckCharacter(feb30)}`)).toBe(false);
  });

  it('rejects a character below 0 even when the check character would fit it', () => {
    // "/" counts as -1 if the range check lets it through: make the check character fit that.
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const body = '41132/20100315123';
    const sum = [...body].reduce((acc, c, i) => acc + (c.charCodeAt(0) - 48) * weights[i]!, 0);
    const fitting = '10X98765432'[((sum % 11) + 11) % 11]!;
    expect(isWellFormedStudentNumber(`G${body}${fitting}`)).toBe(false);
    expect(checkStudentNumber(`G${body}${fitting}`)).toEqual(['正式学籍号应为 G 加 18 位号码（前 17 位数字，末位数字或大写 X）。']);
  });
});

describe('checkStudentNumber: the first letter', () => {
  it('asks for G, J or L at the start, not anywhere', () => {
    expect(checkStudentNumber('A4113282010031512G3')).toEqual(['应以 G、J（正式学籍号）或 L（临时学籍号）开头。']);
    expect(checkStudentNumber('1G113282010031512X3')).toEqual(['应以 G、J（正式学籍号）或 L（临时学籍号）开头。']);
  });
});
