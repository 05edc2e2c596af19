/**
 * The parts of an official document around its numbered body (GB/T 9704
 * layout, as web pages and Word copies keep it): 版头 (××文件), 发文字号,
 * title (may span lines; 关于印发《…》的通知 followed by the plan itself),
 * 主送机关, the 印发 notice's own text, preamble; at the end 落款 and date,
 * 附件 list and attachment sections.
 */
import { findChineseDate, looksLikeDateLine } from './chinese-date.ts';
import { normaliseParagraph, normaliseTitle } from './normalise-text.ts';
import type { SourceLine, UnplacedLine } from './types.ts';

const docNumberRe = /^(\S+?)[〔\[［(（【]\s*(\d{4})\s*[〕\]］)）】](\d+)号$/;

/** 卢政办 [2019] 18 号, 卢政办(2019)18号, 卢政办〔 2019 〕18号 → 卢政办〔2019〕18号 (the schema's form). */
export function normaliseDocNumber(line: string): string | undefined {
  const compact = line.replace(/[\s\u3000]+/g, '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const m = docNumberRe.exec(compact);
  return m ? `${m[1]}〔${m[2]}〕${m[3]}号` : undefined;
}

const titleEnd = /(通知|意见|方案|办法|规定|决定|细则|计划|措施|制度|规则|规范|要点|公告|通报|批复|函|报告|纲要|条例)(（[^）]*）)?$/;
const orgEnd = /(办公室|办公厅|人民政府|政府|委员会|教育局|教体局|教育体育局|局|厅|部|委|中心学校|中学|小学|学校|镇|乡|街道办事处|管委会)$/;
const compactOf = (t: string) => t.replace(/[\s\u3000]+/g, '');
const isProse = (t: string) => /[，。；,;]/.test(t);

export function isOrgLine(text: string): boolean {
  const c = compactOf(text);
  return c.length >= 2 && c.length <= 30 && !isProse(c) && orgEnd.test(c);
}

export interface Head {
  title?: string;
  innerTitle?: string;
  docNumber?: string;
  masthead?: string;
  titleIssuer?: string;
  addressee?: string;
  /** the 印发 notice's date and 落款 (for a 关于印发 通知) */
  signature?: Signature;
  preamble: SourceLine[];
  unplaced: UnplacedLine[];
}

export interface Signature {
  issuer?: string;
  date?: string;
  dateNote?: string;
}

/** The 落款 (issuer, date) among the given lines, scanning from the end; returns the lines it used. */
export function readSignature(lines: SourceLine[]): { signature?: Signature; used: Set<number> } {
  const used = new Set<number>();
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 3); i--) {
    const text = compactOf(lines[i]!.text);
    const found = findChineseDate(text);
    if (!found && !looksLikeDateLine(text)) continue;
    const signature: Signature = {};
    used.add(lines[i]!.line);
    if (found) {
      signature.date = found.iso;
      if (/印发|发布/.test(found.after)) signature.dateNote = `原文落款为“${normaliseParagraph(lines[i]!.text)}”，此日期为印发日期，原文未单独写明成文日期。`;
      if (found.before && isOrgLine(found.before)) signature.issuer = found.before;
    } else {
      signature.dateNote = `原文落款日期为“${text}”，残缺，无法确定成文日期。`;
    }
    const before = lines[i - 1];
    if (!signature.issuer && before && isOrgLine(before.text)) {
      signature.issuer = compactOf(before.text);
      used.add(before.line);
    }
    return { signature, used };
  }
  return { used };
}

/** Read the lines before the first numbered clause. */
export function readHead(lines: SourceLine[]): Head {
  const head: Head = { preamble: [], unplaced: [] };
  let i = 0;
  const skip = (reason: string) => head.unplaced.push({ ...lines[i]!, reason });
  // 版头, 发文字号, title: only before the first line of prose
  let masthead: string[] = [];
  while (i < lines.length && !head.title) {
    const text = lines[i]!.text;
    const c = compactOf(text);
    const number = normaliseDocNumber(c);
    if (number) {
      head.docNumber ??= number;
      i++;
      continue;
    }
    if (isProse(c)) break;
    if (/文件$/.test(c) && c.length <= 30) {
      head.masthead = [...masthead, c].join('').replace(/文件$/, '');
      masthead = [];
      i++;
      continue;
    }
    const titleStarts = c.includes('关于') || titleEnd.test(c);
    const issuerThenTitle = isOrgLine(c) && lines[i + 1] && compactOf(lines[i + 1]!.text).startsWith('关于');
    if (titleStarts || issuerThenTitle) {
      const parts = [c];
      let j = i + 1;
      while (!titleEnd.test(parts.join('')) && j < lines.length && j < i + 4 && !isProse(lines[j]!.text) && !normaliseDocNumber(lines[j]!.text)) {
        parts.push(compactOf(lines[j]!.text));
        j++;
      }
      if (!titleEnd.test(parts.join(''))) j = i + 1;
      head.title = normaliseTitle(parts.slice(0, j - i).join(''));
      for (const m of masthead) head.unplaced.push({ line: lines[i]!.line, text: m, reason: '标题前的内容' });
      i = j;
      break;
    }
    if (isOrgLine(c)) head.masthead ??= c;
    else if (c.length <= 8) masthead.push(c);
    else skip('标题前的内容');
    i++;
  }
  if (!head.title) {
    // no title: everything read so far was not a title after all
    head.unplaced = [];
    i = head.docNumber ? lines.findIndex((l) => normaliseDocNumber(l.text)) + 1 : 0;
  } else {
    const m = /^(.*?)关于/.exec(head.title);
    if (m && m[1]) head.titleIssuer = m[1];
  }
  // 发文字号 printed under the title
  if (i < lines.length && !head.docNumber) {
    const number = normaliseDocNumber(lines[i]!.text);
    if (number) {
      head.docNumber = number;
      i++;
    }
  }
  // 主送机关
  if (i < lines.length) {
    const c = compactOf(lines[i]!.text);
    if (/[：:]$/.test(c) && !/。/.test(c) && c.length <= 120) {
      head.addressee = normaliseParagraph(c.replace(/[：:]$/, ''));
      i++;
    }
  }
  const rest = lines.slice(i);
  // 关于印发《…》的通知: the notice's text, 落款, then the plan's own title
  const inner = head.title ? /印发《(.+)》的通知/.exec(head.title) : null;
  if (inner) {
    const want = compactOf(inner[1]!);
    for (let k = 0; k < rest.length; k++) {
      let joined = '';
      for (let n = k; n < Math.min(rest.length, k + 3); n++) {
        joined += compactOf(rest[n]!.text);
        if (joined === want) {
          head.innerTitle = normaliseTitle(joined);
          const notice = rest.slice(0, k);
          const { signature, used } = readSignature(notice);
          if (signature) head.signature = signature;
          for (const l of notice) if (!used.has(l.line)) head.unplaced.push({ ...l, reason: '印发通知的正文或附注，未收入条款' });
          head.preamble = rest.slice(n + 1);
          return head;
        }
        if (!want.startsWith(joined)) break;
      }
    }
  }
  head.preamble = rest;
  return head;
}

export interface Attachments {
  titles: string[];
  /** where the main text ends (index into the lines) */
  end: number;
  listLines: SourceLine[];
  unplaced: UnplacedLine[];
}

/** 附件：1. … 2. … and the attachment sections (附件1 …) after the text. */
export function readAttachments(lines: SourceLine[]): Attachments {
  const listStart = lines.findIndex((l) => /^附件\s*[:：]/.test(l.text));
  const sectionRe = /^附件\s*[0-9一二三四五六七八九十]{0,2}\s*$/;
  const sectionStart = lines.findIndex((l, k) => k > listStart && sectionRe.test(compactOf(l.text)));
  const end = Math.min(...[listStart, sectionStart, lines.length].filter((k) => k >= 0));
  const titles: string[] = [];
  const listLines: SourceLine[] = [];
  const unplaced: UnplacedLine[] = [];
  if (listStart >= 0) {
    const stop = sectionStart >= 0 ? sectionStart : lines.length;
    for (let k = listStart; k < stop; k++) {
      const text = k === listStart ? lines[k]!.text.replace(/^附件\s*[:：]/, '') : lines[k]!.text;
      const item = /^\s*(\d{1,2})\s*[.．、]\s*(.+)$/.exec(text);
      if (item) titles.push(normaliseTitle(item[2]!));
      else if (k === listStart && text.trim()) titles.push(normaliseTitle(text));
      else if (k === listStart) {
        /* 附件： alone, the items follow */
      } else {
        listLines.push(lines[k]!);
        continue;
      }
    }
  }
  if (sectionStart >= 0) {
    const sectionTitles: string[] = [];
    lines.slice(sectionStart).forEach((l, k, all) => {
      if (sectionRe.test(compactOf(l.text)) && all[k + 1]) sectionTitles.push(normaliseTitle(all[k + 1]!.text));
      unplaced.push({ ...l, reason: '附件正文，未收入条款' });
    });
    if (titles.length === 0) titles.push(...sectionTitles);
  }
  return { titles, end, listLines, unplaced };
}
