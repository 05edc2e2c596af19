/**
 * The `yaml` parser reports where it got lost, which is often a line or two
 * after the typo a person actually made (a full-width colon reads as a key
 * running onto the next line; an unclosed `[` is noticed at the next key).
 * These detectors read the raw text for the typos clerks really make and
 * point at the character to fix. They run only after the parser failed, and
 * only what they find up to the parser's error counts.
 */
import { clipValue, quote } from '../text/quote-value.ts';

export interface TypoFinding {
  line: number;
  col: number;
  message: string;
}

interface ScannedLine {
  /** 1-based */
  line: number;
  indent: number;
  /** the line without its comment; '' for blank and comment-only lines */
  content: string;
  /** unquoted brackets, with their 1-based columns */
  brackets: { char: string; col: number }[];
  /** a quote opened on this line and still open at its end */
  openQuote?: { char: string; col: number };
  /** true when the line is part of a block scalar, a quoted string or a flow collection started above */
  continued: boolean;
  /** indented with a tab, which the parser reports itself */
  tab?: boolean;
}

const closing: Record<string, string> = { '[': ']', '{': '}' };
const bracketName: Record<string, string> = { '[': '方括号', '{': '花括号' };
const quoteName: Record<string, string> = { '"': '双引号', "'": '单引号' };

/** A key at the start of (dash-less) content: `name:`, `"a b":`, `'it''s':`, `"say \"hi\"":`, `student/name:`. */
const keyPattern = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:#"'[\]{},-][^:#]*?|-[^\s:#][^:#]*?)\s*:(\s|$)/;
const blockHeader = /(^|:\s+|^-\s+)[|>][-+1-9]{0,2}\s*$/;

/**
 * Split the text into lines, tracking quotes, flow brackets and block scalars
 * across lines so that later checks only look at lines that are YAML structure.
 */
function scan(text: string): ScannedLine[] {
  const out: ScannedLine[] = [];
  let quote: { char: string; col: number } | undefined;
  let depth = 0;
  let blockIndent: number | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const indent = /^ */.exec(raw)![0].length;
    const blank = raw.trim() === '' || raw.trimStart().startsWith('#');
    if (blockIndent !== undefined) {
      if (blank || indent > blockIndent) {
        out.push({ line: index + 1, indent, content: '', brackets: [], continued: true });
        return;
      }
      blockIndent = undefined;
    }
    const continued = quote !== undefined || depth > 0;
    const brackets: ScannedLine['brackets'] = [];
    let content = '';
    let previous = '';
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i]!;
      if (quote) {
        if (quote.char === '"' && ch === '\\') {
          content += ch + (raw[i + 1] ?? '');
          i++;
          continue;
        }
        if (ch === quote.char) {
          if (quote.char === "'" && raw[i + 1] === "'") {
            content += "''";
            i++;
            continue;
          }
          quote = undefined;
        }
        content += ch;
        continue;
      }
      if (ch === '#' && (i === 0 || /\s/.test(raw[i - 1]!))) break;
      // A quote opens a string only where a value starts; inside plain text it is just a character.
      if ((ch === '"' || ch === "'") && /^$|[:\-[{,]$/.test(previous)) quote = { char: ch, col: i + 1 };
      else if (ch === '[' || ch === '{') {
        depth++;
        brackets.push({ char: ch, col: i + 1 });
      } else if (ch === ']' || ch === '}') {
        depth = Math.max(0, depth - 1);
        brackets.push({ char: ch, col: i + 1 });
      }
      content += ch;
      if (!/\s/.test(ch)) previous = ch;
    }
    content = content.trimEnd();
    out.push({ line: index + 1, indent, content: blank ? '' : content.trimStart(), brackets, openQuote: quote, continued, tab: /^ *\t/.test(raw) });
    if (!quote && depth === 0 && blockHeader.test(content.trim())) blockIndent = indent;
  });
  return out;
}

/** `key：value` with an ASCII key: a full-width colon typed with a Chinese input method. */
function fullWidthColon(lines: ScannedLine[], upTo: number): TypoFinding | undefined {
  for (const l of lines) {
    if (l.line > upTo) break;
    if (l.continued || !l.content) continue;
    const m = /^(-\s+)?([A-Za-z_][\w-]*)\s*：/.exec(l.content);
    if (m) {
      const col = l.indent + m[0].length;
      return { line: l.line, col, message: `冒号应为半角 “:”：请把 “${m[2]}：” 改成 “${m[2]}: ”（冒号后留一个空格）。` };
    }
  }
  return undefined;
}

/** `comparator: >=`: YAML reads a leading `>` (or `|`) as the start of a block of text. */
function blockIndicatorValue(lines: ScannedLine[], upTo: number): TypoFinding | undefined {
  for (const l of lines) {
    if (l.line > upTo) break;
    if (l.continued) continue;
    const m = /^((?:-\s+)?(?:[^\s:#][^:#]*?:\s+)?)([>|]\S+)$/.exec(l.content);
    if (m && !/^[|>][-+1-9]{0,2}$/.test(m[2]!)) {
      const mark = m[2]![0];
      const value = clipValue(m[2]!).text;
      const what = mark === '>' ? '“>” 读作折叠文本' : '“|” 读作多行文本';
      return { line: l.line, col: l.indent + m[1]!.length + 1, message: `值以 “${mark}” 开头时，YAML 会把 ${what}的开始标记，${value} 不会被当作普通文字：请加引号写成 "${value}"。` };
    }
  }
  return undefined;
}

/** A `[` or `{` still open where the parser gave up. */
function unclosedBracket(lines: ScannedLine[], upTo: number): TypoFinding | undefined {
  const open: { char: string; line: number; col: number }[] = [];
  for (const l of lines) {
    if (l.line > upTo) break;
    for (const b of l.brackets) {
      if (closing[b.char]) open.push({ ...b, line: l.line });
      else if (open.length && closing[open.at(-1)!.char] === b.char) open.pop();
    }
  }
  const b = open.at(-1);
  if (!b) return undefined;
  return { line: b.line, col: b.col, message: `${bracketName[b.char]} “${b.char}” 没有闭合：缺少 “${closing[b.char]}”，请在这一行的末尾补上。` };
}

/** A quote opened and never closed (the parser notices only at the end of the file). */
function unclosedQuote(lines: ScannedLine[], upTo: number): TypoFinding | undefined {
  let opened: { line: number; col: number; char: string } | undefined;
  for (const l of lines) {
    if (l.line > upTo) break;
    if (l.openQuote && !opened) opened = { line: l.line, ...l.openQuote };
    if (!l.openQuote) opened = undefined;
  }
  if (!opened) return undefined;
  return { line: opened.line, col: opened.col, message: `${quoteName[opened.char]} ${opened.char} 没有闭合：请在这个值的末尾补上 ${opened.char}。` };
}

/**
 * A line whose indentation matches no open level: one space more than its
 * siblings (it reads as the previous value running on) or one less (it
 * belongs to no level at all).
 */
function badIndent(lines: ScannedLine[], upTo: number): TypoFinding | undefined {
  const stack: { indent: number; key: string }[] = [];
  let expectChild: { indent: number; allowDashAtSame: boolean } | undefined;
  for (const l of lines) {
    if (l.line > upTo) break;
    if (l.continued || !l.content) continue;
    if (l.tab) return undefined;
    const dash = /^-(\s+|$)/.exec(l.content);
    const rest = dash ? l.content.slice(dash[0].length) : l.content;
    const key = keyPattern.exec(rest)?.[1];
    const i = l.indent;
    const top = stack.at(-1);
    if (!top) stack.push({ indent: i, key: key ?? '' });
    else if (expectChild && (i > expectChild.indent || (i === expectChild.indent && dash && expectChild.allowDashAtSame))) {
      stack.push({ indent: i, key: key ?? '-' });
    } else if (i > top.indent) {
      // More indented without a parent waiting for it: a run-on plain text line is fine, a new key or item is not.
      if (key !== undefined || dash) return indentFinding(l, i, top);
      continue;
    } else {
      const open = [...stack];
      while (stack.length && stack.at(-1)!.indent > i) stack.pop();
      const same = stack.at(-1);
      if (!same || same.indent !== i) return indentFinding(l, i, nearest(open, i));
      if (key !== undefined) same.key = key;
    }
    expectChild = undefined;
    if (dash) {
      const contentIndent = i + dash[0].length;
      if (rest) stack.push({ indent: contentIndent, key: key ?? '' });
      else expectChild = { indent: i, allowDashAtSame: false };
    }
    if (key !== undefined && /:\s*$/.test(rest)) expectChild = { indent: dash ? i + dash[0].length : i, allowDashAtSame: true };
  }
  return undefined;
}

/** The open level a misplaced line most likely belongs to; between two equally near, the deeper (a missing space is likelier than an extra one). */
function nearest(stack: { indent: number; key: string }[], i: number) {
  return [...stack].sort((a, b) => Math.abs(a.indent - i) - Math.abs(b.indent - i) || b.indent - a.indent)[0]!;
}

function indentFinding(l: ScannedLine, actual: number, sibling: { indent: number; key: string }): TypoFinding {
  const align = sibling.key && sibling.key !== '-' ? `与上面的 ${quote(sibling.key)} 左对齐` : '与同一层级的字段左对齐';
  return { line: l.line, col: actual + 1, message: `缩进不正确：这一行缩进了 ${actual} 个空格，应${align}（${sibling.indent} 个空格）。` };
}

/** Detectors in order of preference when two point at the same line. */
const detectors = [unclosedQuote, unclosedBracket, fullWidthColon, blockIndicatorValue, badIndent];

/**
 * The earliest typo up to the line after `errorLine` (a line indented one
 * space too far is reported by the parser on the line above it).
 */
export function findYamlTypo(text: string, errorLine: number): TypoFinding | undefined {
  const lines = scan(text);
  let best: TypoFinding | undefined;
  for (const detect of detectors) {
    const found = detect(lines, errorLine + 1);
    if (found && (!best || found.line < best.line)) best = found;
  }
  return best;
}
