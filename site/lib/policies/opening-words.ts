/**
 * Cutting Chinese policy text for display without cutting a phrase in two:
 * the opening words of a paragraph (citations, the table of contents) end at
 * punctuation where there is some nearby, and no cut ever falls inside a
 * number, a Latin word or a quotation.
 */

/** Letters, digits and what binds them (1%, 0.6, 2022-03). */
const wordChar = /[0-9a-z%.．％-]/iu;

/** Is `at` inside a number or Latin word (or between the halves of a surrogate pair)? */
const insideWord = (text: string, at: number) =>
  at > 0 && at < text.length && ((wordChar.test(text[at - 1]!) && wordChar.test(text[at]!)) || /[\uDC00-\uDFFF]/u.test(text[at]!));

/** Move a cut off the middle of a number or word, towards `stop` (exclusive of going past it). */
export function safeCut(text: string, at: number, direction: -1 | 1, stop: number): number {
  let cut = at;
  while (insideWord(text, cut) && cut !== stop) cut += direction;
  return cut;
}

const pause = /[，。；：、！？,;:!?]/u;

export interface Opening {
  text: string;
  /** more text follows */
  cut: boolean;
}

/**
 * The first words of `text`, about `max` characters: up to the first pause
 * that leaves at least `min` characters, when that is within `max` + 12;
 * otherwise `max` characters, moved off a number and out of an unclosed quotation.
 */
export function openingWords(text: string, max = 20, min = 4): Opening {
  const flat = text.replace(/\s+/gu, '');
  if (flat.length <= max) return { text: flat.replace(/[。；]$/u, ''), cut: false };
  for (let i = min; i < Math.min(flat.length, max + 12); i++) {
    if (pause.test(flat[i]!)) return { text: flat.slice(0, i), cut: i < flat.length - 1 };
  }
  let cut = safeCut(flat, max, -1, min);
  if (cut <= min) cut = safeCut(flat, max, 1, flat.length);
  // An opening quotation mark without its closing one: stop before it, or take the quotation whole.
  const head = flat.slice(0, cut);
  const open = head.lastIndexOf('“');
  if (open >= 0 && head.indexOf('”', open) < 0) {
    const close = flat.indexOf('”', cut);
    if (close >= 0 && close < cut + 16) cut = close + 1;
    else if (open > 0) cut = open;
  }
  return { text: flat.slice(0, cut), cut: cut < flat.length };
}
