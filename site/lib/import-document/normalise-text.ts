/**
 * Text as the shipped policies are written: full-width Chinese punctuation,
 * no stray spaces from justified Word text or letter-spaced headers, half-width
 * digits. Applied to each paragraph after its broken lines are joined.
 */

const cjk = '\\u3400-\\u9fff\\uf900-\\ufaff';
const cjkPunct = '，。、；：？！“”‘’（）《》〔〕【】…—·';
const isCjkChar = (ch: string) => new RegExp(`[${cjk}]`).test(ch);

/** ０-９ Ａ-Ｚ ａ-ｚ → half width (NFKC would also turn （ into ( , which the documents keep full width). */
export function halfWidthAlphanumerics(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Half-width , ; : ( ) ? ! in Chinese text → full width; a comma or colon between digits (1,000; 8:30) stays. */
export function fullWidthPunctuation(text: string): string {
  if (!new RegExp(`[${cjk}]`).test(text)) return text;
  return text
    .replace(/(?<!\d),|,(?!\d)/g, '，')
    .replace(/;/g, '；')
    .replace(/(?<!\d):|:(?!\d)/g, '：')
    .replace(/\?/g, '？')
    .replace(/!/g, '！')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/**
 * Spaces inside a line: letter-spacing (青 铜 峡 市, 赵 波) and spaces around
 * figures or punctuation (18 号, ”, 并) are artefacts and go; a space between
 * two words of a list line (杨红英 市政府副市长) separates columns and becomes
 * one full-width space when `keepColumns` is set.
 */
export function collapseSpaces(text: string, keepColumns: boolean): string {
  const tokens = text.trim().split(/[ \t\u3000\u00a0]+/);
  let out = tokens[0] ?? '';
  let last = out;
  for (const token of tokens.slice(1)) {
    const prevCh = out.at(-1) ?? '';
    const nextCh = token[0] ?? '';
    const latinPair = /[A-Za-z]/.test(prevCh) && /[A-Za-z]/.test(nextCh);
    const single = (t: string) => [...t].length === 1 && isCjkChar(t);
    if (latinPair) out += ' ';
    else if (keepColumns && isCjkChar(prevCh) && isCjkChar(nextCh) && !single(last) && !single(token)) out += '\u3000';
    else if (cjkPunct.includes(prevCh) || cjkPunct.includes(nextCh)) out += '';
    out += token;
    last = single(last) && single(token) ? last + token : token;
  }
  return out;
}

/** One paragraph's text as it is stored. */
export function normaliseParagraph(text: string, keepColumns = false): string {
  return collapseSpaces(fullWidthPunctuation(halfWidthAlphanumerics(text)), keepColumns);
}

/** A title or heading: no spaces at all between Chinese words (关于印发《…控辍保学 工作实施方案》). */
export function normaliseTitle(text: string): string {
  return collapseSpaces(fullWidthPunctuation(halfWidthAlphanumerics(text)), false);
}
