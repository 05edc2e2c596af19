/**
 * 居民身份证号码 (GB 11643-1999): 6-digit region code, 8-digit birth date,
 * 3-digit sequence (odd = male, even = female) and an ISO 7064 MOD 11-2 check
 * character (0–9 or X).
 *
 * Exports: idCheckCharacter, parseIdNumber, checkIdNumber, idNumberAsExcelNumber,
 * idNumberPattern, provinceCodes.
 */
import { compareDates, isRealDate } from './dates.ts';
import { clipValue } from '../../text/quote-value.ts';

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChars = '10X98765432';

/** ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function idCheckCharacter(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * weights[i]!;
  return checkChars[sum % 11]!;
}

/**
 * First two digits of the region code: provinces, autonomous regions and
 * municipalities (GB/T 2260), plus 71 台湾, 81 香港, 82 澳门 and 83 (台湾居民
 * 居住证), whose holders can be pupils too.
 */
export const provinceCodes = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);

export interface IdNumberFacts {
  region: string;
  birthDate: string;
  gender: '男' | '女';
}

/** Birth date and gender encoded in a well-formed number (no plausibility checks). */
export function parseIdNumber(id: string): IdNumberFacts | undefined {
  if (!/^\d{17}[\dXx]$/.test(id)) return undefined;
  return {
    region: id.slice(0, 6),
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    gender: Number(id[16]) % 2 === 1 ? '男' : '女',
  };
}

/**
 * Every problem with a 身份证号, as Chinese sentences without the field name
 * (the caller prefixes the field's title). Empty when the number is valid.
 * The list is shared between calls with the same number: read it, do not change it.
 */
export function checkIdNumber(id: string, today: string): readonly string[] {
  // A record's 身份证号 is checked as a field and again for the student's age and gender: the second time is free.
  if (id === last.id && today === last.today) return last.problems;
  const problems = idNumberProblems(id, today);
  last = { id, today, problems };
  return problems;
}

/** The schema's pattern of a 身份证号 field (schemas/forms/*.schema.json $defs/idNumber). */
export const idNumberPattern = '^\\d{17}[\\dXx]$';

/**
 * A 身份证号 that a spreadsheet turned into a number, explained as such (without the field
 * name); undefined when `text` does not look like that. The one explanation of this problem:
 * the xlsx reader, the schema's format message (`check`, 检查填写) and the number rules all
 * call it, so a school reads the same sentence on 导入, in 检查填写, from `check` and
 * `aggregate`. Signs: Excel's scientific notation (4.11323E+17); 16–18 digits of which only
 * the first 15 are significant (Excel keeps 15, the rest became 0) with a wrong check digit;
 * 17 digits whose check character would be X (a number cannot hold the X).
 */
export function idNumberAsExcelNumber(text: string): string | undefined {
  if (/^\d{17}[\dX]$/.test(text) && idCheckCharacter(text.slice(0, 17)) === text[17]) return undefined;
  const advice = '请在 Excel 中把这一列设置为“文本”格式，重新输入号码后再导入。';
  if (/^\d{17}$/.test(text) && idCheckCharacter(text) === 'X') return `被 Excel 存成了数字 ${text}（最后一位校验码 X 已经丢失，应为 ${text}X）。${advice}`;
  const scientific = /^\d(\.\d+)?e\+?\d+$/i.test(text);
  const fifteenDigits = /^\d{16,18}$/.test(text) && text.replace(/0+$/, '').length <= 15;
  if (scientific || fifteenDigits) return `被 Excel 存成了数字 ${text}（Excel 只保留 15 位有效数字，末几位已经变了）。${advice}`;
  return undefined;
}

let last: { id: string; today: string; problems: readonly string[] } = { id: '', today: '', problems: [] };

function idNumberProblems(id: string, today: string): readonly string[] {
  const excel = idNumberAsExcelNumber(id);
  if (excel) return [excel];
  if (!/^\d{17}[\dXx]$/.test(id)) return [`应为 18 位：前 17 位是数字，最后一位是数字或大写 X，实际是 “${clipValue(id).text}”（${[...id].length} 位）。`];
  const problems: string[] = [];
  if (!provinceCodes.has(id.slice(0, 2))) problems.push(`前两位 ${id.slice(0, 2)} 不是有效的省级行政区划代码。`);
  else if (id.slice(2, 6) === '0000') problems.push(`地区码 ${id.slice(0, 6)} 只到省一级，不是有效的县级行政区划代码。`);
  const facts = parseIdNumber(id)!;
  if (!isRealDate(facts.birthDate)) problems.push(`第 7–14 位的出生日期 ${id.slice(6, 14)} 不是真实存在的日期。`);
  else if (compareDates(facts.birthDate, today) > 0) problems.push(`第 7–14 位的出生日期 ${facts.birthDate} 晚于今天。`);
  else if (facts.birthDate < '1900-01-01') problems.push(`第 7–14 位的出生日期 ${facts.birthDate} 早于 1900 年，不可能是在世的人。`);
  const expected = idCheckCharacter(id.slice(0, 17));
  const last = id[17]!;
  if (last === 'x') {
    if (expected === 'X') problems.push('最后一位校验码应为大写 X，不能写小写 x。');
    else problems.push(`校验码不正确（应为 ${expected}），请逐位核对号码。`);
  } else if (last !== expected) {
    problems.push(`校验码不正确（应为 ${expected}），请逐位核对号码。`);
  }
  return problems;
}
