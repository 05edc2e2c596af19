/**
 * The one tokenizer used both when the search index is built and when a query
 * is typed in the browser, so that both sides always produce the same terms.
 *
 * Chinese has no spaces between words, and lunr's own tokenizer splits on
 * spaces, so it would index whole sentences as one token. Instead:
 * - text is NFKC-normalised and lower-cased, character by character (so a
 *   position in the normalised text maps back to the original, for highlighting),
 *   and traditional characters become simplified (traditional-chars.ts);
 * - quotation marks and book-title marks are dropped rather than treated as
 *   breaks: 控辍“四步法” and 《限期复学通知书》 are words with marks around them;
 * - a run of Han characters gives overlapping bigrams (控辍保学 → 控辍 辍保 保学);
 *   a lone Han character is a token by itself;
 * - a run of ASCII letters/digits is one token (2017, 72, pt4h);
 * - a digit run touching a Han character also gives the joined token
 *   (3日, 20日, 第11, 11条), so 「3日内」 and 「第11条」 can be found as written.
 */
import { simplifiedChars } from './traditional-chars.ts';

export interface NormalisedText {
  /** NFKC + lower-case text */
  norm: string;
  /** map[i] = where the original character behind norm's i-th UTF-16 unit starts */
  map: number[];
  /** ends[i] = where it ends */
  ends: number[];
}

const han = /\p{Script=Han}/u;
const transparent = /["'“”‘’《》〈〉「」『』]/u;
const alnum = /[a-z0-9]/;
const digit = /[0-9]/;

export const isHan = (ch: string): boolean => han.test(ch);

/** One character as the index sees it. Common CJK ideographs and ASCII need no NFKC (the fast path). */
function normaliseChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return simplifiedChars.get(ch) ?? ch;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return ch;
  if (code >= 0x41 && code <= 0x5a) return ch.toLowerCase();
  if (transparent.test(ch)) return '';
  // NFKC turns compatibility ideographs into unified ones, which may be traditional forms.
  const nfkc = ch.normalize('NFKC').toLowerCase();
  return simplifiedChars.get(nfkc) ?? nfkc;
}

/** NFKC + lower-case, one code point at a time, keeping a map back to the original offsets. */
export function normaliseWithMap(text: string): NormalisedText {
  let norm = '';
  const map: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const n = normaliseChar(ch);
    for (let i = 0; i < n.length; i++) {
      map.push(offset);
      ends.push(offset + ch.length);
    }
    norm += n;
    offset += ch.length;
  }
  return { norm, map, ends };
}

/** NFKC + lower-case, as the tokenizer sees text. */
export function normaliseText(text: string): string {
  let norm = '';
  for (const ch of text) norm += normaliseChar(ch);
  return norm;
}

type RunKind = 'han' | 'alnum';
interface Run {
  kind: RunKind;
  text: string;
  start: number;
  end: number;
}

/** Split normalised text into Han runs and ASCII letter/digit runs; everything else separates. */
function runs(norm: string): Run[] {
  const out: Run[] = [];
  let current: Run | undefined;
  let i = 0;
  for (const ch of norm) {
    const kind: RunKind | undefined = isHan(ch) ? 'han' : alnum.test(ch) ? 'alnum' : undefined;
    if (kind && current?.kind === kind && current.end === i) {
      current.text += ch;
      current.end = i + ch.length;
    } else if (kind) {
      current = { kind, text: ch, start: i, end: i + ch.length };
      out.push(current);
    } else {
      current = undefined;
    }
    i += ch.length;
  }
  return out;
}

/** The terms of a text, in order (duplicates kept: lunr counts term frequency). */
export function tokenize(text: string): string[] {
  const norm = normaliseText(text);
  const list = runs(norm);
  const out: string[] = [];
  list.forEach((run, k) => {
    if (run.kind === 'alnum') {
      out.push(run.text);
      if (digit.test(run.text)) {
        const before = list[k - 1];
        const after = list[k + 1];
        const allDigits = /^[0-9]+$/.test(run.text);
        if (allDigits && before?.kind === 'han' && before.end === run.start) out.push([...before.text].at(-1) + run.text);
        if (allDigits && after?.kind === 'han' && after.start === run.end) out.push(run.text + [...after.text][0]);
      }
      return;
    }
    const chars = [...run.text];
    if (chars.length === 1) out.push(chars[0]!);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  });
  return out;
}

/** Distinct terms, first occurrence order. */
export function uniqueTerms(text: string): string[] {
  return [...new Set(tokenize(text))];
}
