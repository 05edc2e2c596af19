/**
 * 全国学籍号 (national student number issued by 全国中小学生学籍信息管理系统),
 * always 19 characters:
 *   G + 公民身份号码 (18)                      — 正式学籍号, pupil with a 身份证;
 *   J + 18-character number built like a 身份证号 (6-digit region of the
 *       school, 8-digit birth date, 3-digit sequence, MOD 11-2 check)
 *                                               — 正式学籍号, pupil without one;
 *   L + 6-digit region + 8-digit birth date + 4 random digits
 *                                               — 临时学籍号 (no check digit).
 * A G number normally equals "G" + the pupil's 身份证号, but may differ after
 * the 身份证号 changed, so only its own check digit is verified.
 *
 * Exports: checkStudentNumber, isWellFormedStudentNumber (the fast path, for its tests).
 */
import { idCheckCharacter } from './id-number.ts';
import { isRealDate } from './dates.ts';
import { quote } from '../../text/quote-value.ts';

/** Problems with a 全国学籍号 as Chinese sentences without the field name. */
export function checkStudentNumber(value: string): string[] {
  if (isWellFormedStudentNumber(value)) return [];
  const prefix = value[0];
  if (prefix && prefix !== prefix.toUpperCase()) return [`开头字母应大写（${prefix.toUpperCase()}），实际是 ${quote(prefix)}。`];
  if (!/^[GJL]/.test(value)) return ['应以 G、J（正式学籍号）或 L（临时学籍号）开头。'];
  const rest = value.slice(1);
  if (prefix === 'L') {
    if (!/^\d{18}$/.test(rest)) return ['临时学籍号应为 L 加 18 位数字（6 位地区码、8 位出生日期、4 位随机码）。'];
    return isRealDate(`${rest.slice(6, 10)}-${rest.slice(10, 12)}-${rest.slice(12, 14)}`) ? [] : [`第 8–15 位的出生日期 ${rest.slice(6, 14)} 不是真实存在的日期。`];
  }
  if (!/^\d{17}[\dX]$/.test(rest)) return [`正式学籍号应为 ${prefix} 加 18 位号码（前 17 位数字，末位数字或大写 X）。`];
  const problems: string[] = [];
  if (!isRealDate(`${rest.slice(6, 10)}-${rest.slice(10, 12)}-${rest.slice(12, 14)}`)) problems.push(`第 8–15 位的出生日期 ${rest.slice(6, 14)} 不是真实存在的日期。`);
  const expected = idCheckCharacter(rest.slice(0, 17));
  if (rest[17] !== expected) problems.push(`末位校验码不正确（应为 ${expected}）。`);
  return problems;
}

/**
 * The common case, without building any string: G or J and a number with a
 * real birth date and the right check character, or L, 18 digits and a real
 * birth date. Anything else gets its messages from checkStudentNumber. It
 * must accept every valid number, or `check` loses its throughput on them
 * while still giving the right answer (so only its own tests can tell).
 */
export function isWellFormedStudentNumber(value: string): boolean {
  const prefix = value.charCodeAt(0);
  const isL = prefix === 76;
  if (value.length !== 19 || (prefix !== 71 && prefix !== 74 && !isL)) return false;
  let sum = 0;
  for (let i = 1; i <= 17; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    sum += d * idWeights[i - 1]!;
  }
  const last = value.charCodeAt(18);
  if (isL ? last < 48 || last > 57 : last !== checkCharCodes[sum % 11]) return false;
  return isRealDate(value.slice(7, 11) + '-' + value.slice(11, 13) + '-' + value.slice(13, 15));
}

const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharCodes = [...'10X98765432'].map((c) => c.charCodeAt(0));
