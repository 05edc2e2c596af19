/**
 * Clause numbers in a query, in the ways people write them, mapped to clause
 * ids through each document's own printed numbering.
 *
 * A reference is a run of numbers, each one level deeper than the one before:
 * - counted: 第十一条, 第11条, 第三部分, 第一项, 第4点; with a document or a
 *   place named also 十一条 and 4项 without 第, and 第十一 without its unit;
 * - printed: 三, (一) or (1), 3, with 、 . or spaces between (三(一)3,
 *   三.1.3, 三、(一)、3), and mixed with counted ones (三(一)第4项).
 * 第三部分第一项第4条 is therefore 三(一)4, not three clauses. A run that no
 * document has as a whole is split where it stops making sense
 * (三(二) 五(二) names two clauses).
 *
 * Where a document is named (or a place, whose documents are searched
 * first), every form counts. Otherwise only what cannot be content does: a
 * counted number with its unit (第十一条, 11条, in the continuously
 * numbered documents, as before) and a printed path of two levels or more
 * (三(一)3, in every document). 三天, 2022年 and 两条 are never numbers.
 */
import type { SearchDocumentInfo } from './search-types.ts';

const numberWords = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const hanDigits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十一 → 11, 二十 → 20, 一百零三 → 103; Arabic digits pass through. */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else {
      digit = hanDigits[ch]!;
    }
  }
  return total + digit;
}

/** 4 → 四, 11 → 十一, 20 → 二十 (up to 99, as clause numbers go). */
export function hanNumber(n: number): string {
  if (n < 10) return numberWords[n]!;
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? numberWords[tens] : ''}十${n % 10 ? numberWords[n % 10] : ''}`;
}

/**
 * part: 第三部分, 第三章; item: 第4条, 第一项 (any level); bracket: (一), (1);
 * han: a bare 三; arabic: a bare 3.
 */
type Kind = 'part' | 'item' | 'bracket' | 'han' | 'arabic';

interface Component {
  kind: Kind;
  value: number;
  raw: string;
  /** written after 、 or . (三.1): a level of a path, not a number in passing */
  joined: boolean;
}

// 两 counts things (两条措施) and never names a clause.
const han = '[〇零一二三四五六七八九十百]+';
const num = `(?:[0-9]+|${han})`;
const unit = '(?:部分|章|条|项|款|点)';
/** A number without a unit ends where a word could not go on: not 三天, 2022年, 十一五; 第 may follow (三(一)第4项). */
const wordEnd = '(?![0-9]|(?!第)\\p{Script=Han})';
const notInWord = '(?<![\\p{Script=Han}0-9a-z])';
const separator = '[、.\\s的]*';

function sequencePattern(scoped: boolean): RegExp {
  const counted = scoped ? `第\\s*${num}\\s*(?:${unit}|${wordEnd})` : `第\\s*${num}\\s*${unit}`;
  const withUnit = scoped ? `${num}\\s*${unit}` : '[0-9]+\\s*条';
  const bracket = `\\(\\s*${num}\\s*\\)`;
  // Without a document, a bare Arabic number only continues a path (三.1.3), it never starts one.
  const bareFirst = scoped ? `${num}${wordEnd}` : `${han}${wordEnd}`;
  const bareNext = `${num}${wordEnd}`;
  const first = `(?:${counted}|${notInWord}(?:${withUnit}|${bracket}|${bareFirst}))`;
  const next = `(?:${counted}|${withUnit}|${bracket}|${bareNext})`;
  return new RegExp(`${first}(?:${separator}${next})*`, 'gu');
}

const sequences = { scoped: sequencePattern(true), unscoped: sequencePattern(false) };
const componentPattern = new RegExp(`([、.]\\s*)?(第)?\\s*(?:\\(\\s*(${num})\\s*\\)|(${num})\\s*(${unit})?)`, 'gu');

function components(run: string): Component[] {
  return [...run.matchAll(componentPattern)].flatMap((m): Component[] => {
    const value = chineseNumber(m[3] ?? m[4]!);
    if (value === undefined) return [];
    const counted = m[5] ?? (m[2] ? '条' : undefined);
    const kind: Kind = m[3] ? 'bracket' : counted === '部分' || counted === '章' ? 'part' : counted ? 'item' : /^\d/.test(m[4]!) ? 'arabic' : 'han';
    return [{ kind, value, raw: m[0].replace(/^[、.\s]+/u, '').trim(), joined: m[1] !== undefined }];
  });
}

/** The levels of a nested document: 三, then (一), then 3. Which kinds may stand at each. */
const levels: { format: (n: number) => string; takes: (kind: Kind, alone: boolean) => boolean }[] = [
  { format: hanNumber, takes: (k) => k === 'part' || k === 'item' || k === 'han' },
  { format: (n) => `(${hanNumber(n)})`, takes: (k, alone) => k === 'item' || k === 'bracket' || k === 'han' || (k === 'arabic' && !alone) },
  { format: String, takes: (k) => k === 'item' || k === 'arabic' },
];

/**
 * The printed numbers a run may mean in one document, likeliest first. Items
 * of a continuously numbered document are numbered through it (第11条 is 11
 * whatever part it is in); its parts are 一 to 五.
 */
function candidateNumbers(doc: SearchDocumentInfo, run: Component[]): string[] {
  const [a, b] = run;
  if (doc.numbering === 'continuous') {
    if (run.length === 1) {
      if (a!.kind === 'part') return [hanNumber(a!.value)];
      return a!.kind === 'han' ? [hanNumber(a!.value), String(a!.value)] : [String(a!.value)];
    }
    const partThenItem = run.length === 2 && (a!.kind === 'part' || a!.kind === 'han') && (b!.kind === 'item' || b!.kind === 'bracket');
    return partThenItem ? [String(b!.value)] : [];
  }
  const out: string[] = [];
  for (let start = 0; start + run.length <= levels.length; start++) {
    if (run.every((c, k) => levels[start + k]!.takes(c.kind, run.length === 1))) out.push(run.map((c, k) => levels[start + k]!.format(c.value)).join(''));
  }
  return out;
}

/** A clause printed with some number: its document's position among all documents, the document and the clause id. */
export interface ClauseRow {
  order: number;
  document: string;
  id: string;
}

/** Refs of the first candidate number each document has. */
function resolve(scope: ClauseScope, run: Component[]): string[] {
  if (!scope.scoped) {
    // Without a document: a counted number in the continuously numbered documents, or a printed path of two levels.
    const alone = run.length === 1;
    if (alone && run[0]!.kind !== 'item' && run[0]!.kind !== 'part') return [];
    // 三 二 is two numbers in passing; 三.二, 三(二) and 第三部分第二项 are a path.
    if (!alone && (run[0]!.kind === 'arabic' || run.every((c, k) => (c.kind === 'han' || c.kind === 'arabic') && (k === 0 || !c.joined)))) return [];
    // Looked up by number (every document at once): per document, the first candidate number it has.
    const first = new Map<string, { order: number; at: number; refs: string[] }>();
    for (const numbering of alone ? (['continuous'] as const) : (['continuous', 'nested'] as const)) {
      candidateNumbers({ numbering } as SearchDocumentInfo, run).forEach((number, at) => {
        for (const row of scope.numbered!(number, numbering)) {
          const seen = first.get(row.document);
          if (!seen) first.set(row.document, { order: row.order, at, refs: [`${row.document}#${row.id}`] });
          else if (seen.at === at) seen.refs.push(`${row.document}#${row.id}`);
        }
      });
    }
    return [...first.values()].sort((a, b) => a.order - b.order).flatMap((f) => f.refs);
  }
  return scope.documents.flatMap((d) => {
    for (const number of candidateNumbers(d, run)) {
      const refs = d.clauses.filter(([n]) => n === number).map(([, id]) => `${d.id}#${id}`);
      if (refs.length > 0) return refs;
    }
    return [];
  });
}

export interface ClauseScope {
  /** the documents searched, when a document or place was named */
  documents: SearchDocumentInfo[];
  /** a document or place was named, so bare numbers count (三, 11, 十一条) */
  scoped: boolean;
  /** unscoped: every document's clauses with this printed number, in document order */
  numbered?: (number: string, numbering: SearchDocumentInfo['numbering']) => readonly ClauseRow[];
}

/**
 * Takes the clause numbers out of `text` and returns the refs they name; the
 * first scope that recognises a number has it. Numbers no document has stay
 * in the text.
 */
export function takeClauseNumbers(text: string, scopes: ClauseScope[], refs: string[]): string {
  for (const scope of scopes) {
    text = text.replace(scope.scoped ? sequences.scoped : sequences.unscoped, (whole) => {
      const run = components(whole);
      const kept: string[] = [];
      // The longest run from each position that some document has; what none has is kept as typed.
      for (let i = 0; i < run.length; ) {
        let end = run.length;
        let found: string[] = [];
        for (; end > i; end--) {
          found = resolve(scope, run.slice(i, end));
          if (found.length > 0) break;
        }
        if (found.length === 0) {
          kept.push(run[i]!.raw);
          i += 1;
          continue;
        }
        for (const r of found) if (!refs.includes(r)) refs.push(r);
        i = end;
      }
      return kept.length === run.length ? whole : ` ${kept.join(' ')} `;
    });
  }
  return text;
}
