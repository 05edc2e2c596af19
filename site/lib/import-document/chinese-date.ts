/** 2019年4月24日 and 二〇一九年四月二十四日 (as a 落款 prints them) → 2019-04-24. */
import { chineseNumber } from '../search/clause-numbers.ts';

// ○ (a white circle) and the letter O stand in for 〇 in many typed documents
const yearDigits: Record<string, string> = { 〇: '0', 零: '0', '○': '0', Ｏ: '0', O: '0', o: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };

function year(text: string): number | undefined {
  if (/^\d{4}$/.test(text)) return Number(text);
  if (text.length !== 4) return undefined;
  const digits = [...text].map((c) => yearDigits[c]);
  return digits.every((d) => d !== undefined) ? Number(digits.join('')) : undefined;
}

const part = '[0-9一二三四五六七八九十〇零○]{1,3}';
const dateRe = new RegExp(`([0-9]{4}|[〇零○ＯOo一二三四五六七八九]{4})\\s*年\\s*(${part})\\s*月\\s*(${part})\\s*日`);

export interface FoundDate {
  iso: string;
  /** the text before and after the date on its line (a 落款 机关, 印发) */
  before: string;
  after: string;
}

/** The date in a line, if the line holds a complete, real one. */
export function findChineseDate(line: string): FoundDate | undefined {
  const m = dateRe.exec(line);
  if (!m) return undefined;
  const y = year(m[1]!);
  const mo = chineseNumber(m[2]!);
  const d = chineseNumber(m[3]!);
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { iso, before: line.slice(0, m.index).trim(), after: line.slice(m.index + m[0].length).trim() };
}

/** A short line that looks like a 落款 date even when it is damaged (202月12日). */
export function looksLikeDateLine(line: string): boolean {
  return line.length <= 24 && /[0-9〇零一二三四五六七八九十]\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日/.test(line);
}
