/**
 * Lines → paragraphs. Text copied from a PDF or a scan is broken wherever the
 * page was (控辍 / 保学), blank lines between every line or none at all; a line
 * break inside a sentence is not a new paragraph. A line ends its paragraph
 * when it ends a sentence, when it is a heading (一、指导思想) or a line of a
 * list (组长：杨红英 市政府副市长), or when the next line opens a clause.
 */
import { normaliseParagraph } from './normalise-text.ts';
import { readNumberMark, type NumberMark } from './numbering.ts';
import type { SourceLine } from './types.ts';

export interface Paragraph {
  /** first source line */
  line: number;
  lines: number[];
  text: string;
  mark?: NumberMark;
}

const sentenceEnd = /[。！？；：…!?;:]$|[。！？][”’）)]$/;
const midSentence = /[，、（《“‘(,〔【—]$/;
const opensWithClosing = /^[，。、；：！？）》”’」』〕】,.;:)]/;
const prose = /[，。；,;]/;

function unclosed(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/《/g) > count(/》/g) || count(/[（(]/g) > count(/[）)]/g) || count(/“/g) > count(/”/g) || count(/〔/g) > count(/〕/g);
}

/** Is a numbered line only a heading (一、指导思想, （三）落实控辍“四步法”)? */
export function isHeadingOnly(mark: NumberMark): boolean {
  const rest = mark.rest.trim();
  if (/^[^。；！？;!?]{1,30}[。！？]$/.test(rest)) return true;
  return rest.length > 0 && !/[。；！？;!?]/.test(rest) && rest.length <= 40;
}

/** The width at which the text was wrapped, if it was hard-wrapped at all. */
export function wrapWidth(lines: SourceLine[]): number | undefined {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  if (lengths.length < 8) return undefined;
  const w = lengths[Math.floor(lengths.length * 0.8)]!;
  return w <= 45 ? w : undefined;
}

function continues(current: SourceLine[], next: SourceLine, width: number | undefined): boolean {
  const last = current.at(-1)!.text;
  const whole = current.map((l) => l.text).join('');
  if (opensWithClosing.test(next.text)) return true;
  if (readNumberMark(next.text)) return false;
  if (unclosed(whole)) return true;
  // hard-wrapped text: a full line goes on even after a full stop; the paragraph ends on a short line
  const mark = readNumberMark(whole);
  const heading = mark !== undefined && current.length === 1 && isHeadingOnly(mark);
  if (sentenceEnd.test(last)) return width !== undefined && /。$/.test(last) && last.length >= width - 1 && !heading;
  if (midSentence.test(last)) return true;
  if (heading) return false;
  if (width !== undefined && last.length >= width - 4) return true;
  return prose.test(whole);
}

/** `width`: the wrap width of the whole text (wrapWidth), when `lines` are only part of it. */
export function joinParagraphs(lines: SourceLine[], width = wrapWidth(lines)): Paragraph[] {
  const groups: SourceLine[][] = [];
  for (const line of lines) {
    const current = groups.at(-1);
    if (current && continues(current, line, width)) current.push(line);
    else groups.push([line]);
  }
  return groups.map((group) => {
    const raw = group.reduce((acc, l) => (/[A-Za-z]$/.test(acc) && /^[A-Za-z]/.test(l.text) ? `${acc} ${l.text}` : acc + l.text), '');
    const listLine = group.length === 1 && !prose.test(raw);
    const text = normaliseParagraph(raw, listLine);
    const mark = readNumberMark(text);
    return { line: group[0]!.line, lines: group.map((l) => l.line), text, ...(mark ? { mark } : {}) };
  });
}
