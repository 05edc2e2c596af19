/**
 * Values a Chinese input method produces where the config wants ASCII:
 * `≥` for `>=`, `９６` for `96`, `＞＝` for `>=`. The schema only sees a wrong
 * value; this names the typo and the value to write instead.
 */
import { quote } from '../text/quote-value.ts';
const mathSigns: Record<string, string> = { '≥': '>=', '≧': '>=', '⩾': '>=', '≤': '<=', '≦': '<=', '⩽': '<=', '＝': '=' };

export function explainValueTypo(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const sign = [...trimmed.normalize('NFKC')].map((c) => mathSigns[c] ?? c).join('');
  if (sign !== trimmed && ['>=', '<=', '='].includes(sign)) return `请写 ${sign}（半角符号，在 YAML 中加引号写成 "${sign}"）。`;
  const halfWidth = trimmed.normalize('NFKC');
  if (halfWidth === trimmed) return undefined;
  if (/^-?\d+(\.\d+)?$/.test(halfWidth)) return `全角数字 ${trimmed} 应为 ${halfWidth}（切换到半角输入后重打，不加引号）。`;
  if (/^[\x20-\x7e]+$/.test(halfWidth)) return `${quote(trimmed)} 含全角字符，应为 ${quote(halfWidth)}。`;
  return undefined;
}

/** Replace a “您是否想写 …？” guess with the exact fix when the value is such a typo. */
export function withTypoFix(message: string, value: unknown): string {
  const fix = explainValueTypo(value);
  if (!fix) return message;
  return `${message.replace(/您是否想写 “[^”]*”？$/, '')}${fix}`;
}
