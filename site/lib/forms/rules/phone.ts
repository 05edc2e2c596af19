/**
 * Chinese phone numbers: an 11-digit mobile number (1[3-9]…), or a landline
 * with its area code (0 + 2–3 digits, then 7–8 digits, optional extension),
 * with or without a hyphen. A leading +86 / 86 is tolerated for mobiles.
 *
 * Exports: checkPhone.
 */
import { quote } from '../../text/quote-value.ts';
const mobile = /^(\+?86[ -]?)?1[3-9]\d{9}$/;
const landline = /^0\d{2,3}[- ]?\d{7,8}(-\d{1,6})?$/;

/** A Chinese complaint without the field name, or undefined when the number is fine. */
export function checkPhone(value: string): string | undefined {
  const v = value.trim();
  if (mobile.test(v) || landline.test(v)) return undefined;
  if (/^1\d+$/.test(v)) return `${quote(value)}不是有效的手机号：手机号为 11 位，以 13–19 开头。`;
  return `${quote(value)}不是有效的电话号码：请填 11 位手机号，或带区号的固定电话（例如 0377-8123456）。`;
}
