/**
 * The numbering marks that open a clause in Chinese official documents, from
 * the outermost as usually printed: 第X章, 第X条, 一、, （一）, 1. / 1、 / 1．,
 * （1）, ①. Which kind sits above which is decided per document by the order
 * the kinds first appear (clause-tree.ts), since a 篇 may start at （一）.
 */
import { chineseNumber } from '../search/clause-numbers.ts';

export type MarkKind = 'chapter' | 'article' | 'han' | 'bracket-han' | 'arabic' | 'bracket-arabic' | 'circled';

export interface NumberMark {
  kind: MarkKind;
  value: number;
  /** the number as the shipped policies print it: 一, （一）, 1, （1）, ①, 第三条 */
  label: string;
  /** the paragraph's text after the mark */
  rest: string;
}

const han = '[一二三四五六七八九十百零〇两]+';
const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

const patterns: { kind: MarkKind; re: RegExp }[] = [
  { kind: 'chapter', re: new RegExp(`^第(${han}|\\d+)章[\\s　]*`) },
  { kind: 'article', re: new RegExp(`^第(${han}|\\d+)条[\\s　]*`) },
  // 一、 also printed 一. or 一． by some offices; 一是 is prose, not a mark
  { kind: 'han', re: new RegExp(`^(${han})[、．.][\\s　]*`) },
  { kind: 'bracket-han', re: new RegExp(`^[（(][\\s　]*(${han})[\\s　]*[）)][、．.]?[\\s　]*`) },
  // 1.5% or 2022.3 are figures, not marks
  { kind: 'arabic', re: /^(\d{1,2})[\s　]*[.．、](?![\d.．])[\s　]*/ },
  { kind: 'bracket-arabic', re: /^[（(][\s　]*(\d{1,2})[\s　]*[）)][\s　]*/ },
  { kind: 'circled', re: new RegExp(`^([${circled}])[\\s　]*`) },
];

function labelOf(kind: MarkKind, number: string, value: number): string {
  switch (kind) {
    case 'chapter':
      return `第${number}章`;
    case 'article':
      return `第${number}条`;
    case 'han':
      return number;
    case 'bracket-han':
      return `（${number}）`;
    case 'arabic':
      return String(value);
    case 'bracket-arabic':
      return `（${value}）`;
    case 'circled':
      return number;
  }
}

/** The numbering mark at the start of a paragraph, if any. */
export function readNumberMark(text: string): NumberMark | undefined {
  for (const { kind, re } of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const number = m[1]!;
    const value = kind === 'circled' ? circled.indexOf(number) + 1 : chineseNumber(number);
    if (value === undefined || value === 0) continue;
    const rest = text.slice(m[0].length);
    return { kind, value, label: labelOf(kind, number, value), rest };
  }
  return undefined;
}
