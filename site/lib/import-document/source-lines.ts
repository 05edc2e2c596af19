/**
 * The text's lines, cleaned of what copying and scanning add: Markdown marks
 * from converters (#, **, a leading "- "), page-footer URLs, repeated page
 * headers, traditional characters mixed in by OCR. Removed lines are kept with
 * their line numbers so that the report can list them.
 */
import { simplifiedChars } from '../search/traditional-chars.ts';
import { isOrgLine } from './document-head.ts';
import type { RemovedLine, SourceLine } from './types.ts';

export interface CleanedLines {
  lines: SourceLine[];
  removed: RemovedLine[];
  traditionalFixed: number;
}

const urlLine = /^(https?:\/\/|www\.)\S*$/i;

function stripMarkup(text: string): string {
  return text
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*/g, '')
    .replace(/^[-*•]\s+(?=\S)/, '')
    .trim();
}

export function cleanLines(text: string): CleanedLines {
  const removed: RemovedLine[] = [];
  const lines: SourceLine[] = [];
  let traditionalFixed = 0;
  const seenShort = new Map<string, number>();
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    let t = stripMarkup(raw.replace(/[\u200b\ufeff]/g, ''));
    if (t === '') return;
    if (urlLine.test(t)) {
      removed.push({ line, text: t, reason: '页脚网址' });
      return;
    }
    t = [...t]
      .map((ch) => {
        const s = simplifiedChars.get(ch);
        if (s) traditionalFixed++;
        return s ?? ch;
      })
      .join('');
    // a page header repeats word for word; prose and numbered lines never do, and an
    // issuer's name is printed both above the title and in the 落款
    const key = t.replace(/\s+/g, '');
    const first = seenShort.get(key);
    if (first !== undefined && key.length <= 30 && !/[。；]$/.test(key) && !/^[（(]?[一二三四五六七八九十\d]/.test(key) && !isOrgLine(key)) {
      removed.push({ line, text: t, reason: `与第 ${first} 行重复的页眉行` });
      return;
    }
    if (first === undefined) seenShort.set(key, line);
    lines.push({ line, text: t });
  });
  return { lines, removed, traditionalFixed };
}
