/**
 * A value from a file, a form or the command line, quoted inside a message: “…”. Messages are
 * one line each (`file:line:col  pointer  message`, a list item on a page), and the value may be
 * anything a school's file holds, so the quote
 *   - keeps the first 60 characters of a longer value and says how long it is:
 *     “长文本控辍保学…”（共 10000 字） — a 10,000-character value does not bury the message;
 *   - shows line breaks, tabs and other control characters as \n, \t, \u001B — the message stays
 *     one line and a terminal escape in a value cannot recolour or rewrite the terminal;
 *   - isolates a right-to-left override (isolate-bidi.ts), so it cannot reorder the message.
 *
 * Exports: quote, showValue, clipValue, quoteLimit.
 */
import { isolateBidi } from './isolate-bidi.ts';

/** Characters of a value a message quotes in full; longer values are cut to this many. */
export const quoteLimit = 60;

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
// C0 and C1 controls, DEL, and the Unicode line and paragraph separators (they break a line too).
const controls = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
const visible = (s: string) => s.replace(controls, (c) => named[c] ?? `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

/** The value as a message shows it, without quotes: cut, controls visible, overrides isolated; with its full length when cut. */
export function clipValue(value: string, limit = quoteLimit): { text: string; length?: number } {
  // Code points, so that a character outside the BMP is neither split nor counted twice.
  const chars = [...value];
  if (chars.length <= limit) return { text: isolateBidi(visible(value)) };
  return { text: `${isolateBidi(visible(chars.slice(0, limit).join('')))}…`, length: chars.length };
}

/** “value”, or “first 60 characters…”（共 N 字） for a longer one. */
export function quote(value: unknown, limit = quoteLimit): string {
  const { text, length } = clipValue(String(value), limit);
  return length === undefined ? `“${text}”` : `“${text}”（共 ${length} 字）`;
}

/** A value of any type in a message: a text quoted as above; a number, list or object as JSON, cut the same way. */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  const json = JSON.stringify(value) ?? String(value);
  const { text, length } = clipValue(json);
  return length === undefined ? text : `${text}（共 ${length} 字）`;
}
