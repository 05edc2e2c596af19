import type { PolicyDocument } from '../../generated/types/policy-document.ts';
import { bookTitle } from './book-title.ts';
import { flattenClauses, type FlatClause } from './clauses.ts';
import { openingWords } from './opening-words.ts';

type DocLike = Pick<PolicyDocument, 'id' | 'title' | 'docNumber' | 'numbering' | 'shortTitle' | 'preamble' | 'clauses'>;
type ClauseLike = Pick<FlatClause, 'id' | 'number' | 'text' | 'heading'>;

const toFullWidth = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）');
/** Inside our own “…”, the text's quotation marks become ‘…’. */
const quoted = (s: string) => `“${s.replace(/“/g, '‘').replace(/”/g, '’')}”`;
const hanNumeral = /^[一二三四五六七八九十]+$/u;

/** A paragraph's opening words, cut after whole words: “力争，全乡中小学学生年辍学率控制在1%以内……”. */
function opening(clause: ClauseLike): string {
  const { text, cut } = openingWords(clause.text || clause.heading || '');
  return quoted(`${text}${cut ? '……' : ''}`);
}

/**
 * The clause's number as written in a citation: 第11条 where items are
 * numbered through the document, 第五部分 for a part (五、), the printed path
 * 三（一）2 otherwise, 第1条 for a top-level 1., 导语 for the preamble, and the
 * opening words for an unnumbered paragraph. Not yet unique: a list that
 * shows each clause's heading beside it (the table of contents) can use it.
 */
export function baseLabel(clause: ClauseLike): string {
  if (clause.id === 'preamble') return '导语';
  if (!clause.number) return `${opening(clause)}段`;
  if (/^\d+$/.test(clause.number)) return `第${clause.number}条`;
  if (hanNumeral.test(clause.number)) return `第${clause.number}部分`;
  return toFullWidth(clause.number);
}

/** Labels per document, made unique once (documents are immutable build data). */
const labelsByDocument = new WeakMap<DocLike, Map<string, string>>();

function documentLabels(doc: DocLike): Map<string, string> {
  let labels = labelsByDocument.get(doc);
  if (labels) return labels;
  const all = flattenClauses(doc as PolicyDocument);
  const base = new Map(all.map((c) => [c.id, baseLabel(c)]));
  const count = new Map<string, number>();
  for (const label of base.values()) count.set(label, (count.get(label) ?? 0) + 1);
  // A number printed twice in one document (the sample plans restart at （一） or 1): add the heading, else the opening words.
  labels = new Map(all.map((c) => [c.id, count.get(base.get(c.id)!)! > 1 ? `${base.get(c.id)}${c.heading ? quoted(c.heading) : opening(c)}` : base.get(c.id)!]));
  const seen = new Map<string, number>();
  for (const [id, label] of labels) {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    if (n > 1) labels.set(id, `${label}（第${n}处）`);
  }
  labelsByDocument.set(doc, labels);
  return labels;
}

/** How a clause is referred to in writing, unique within its document. */
export function clauseNumberLabel(doc: DocLike, clause: ClauseLike): string {
  return documentLabels(doc).get(clause.id) ?? baseLabel(clause);
}

/**
 * The citation staff paste into reports, e.g.
 * 《国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知》（国办发〔2017〕72号）第11条.
 */
export function clauseCitation(doc: DocLike, clause: ClauseLike): string {
  return `${bookTitle(doc.title)}${doc.docNumber ? `（${doc.docNumber}）` : ''}${clauseNumberLabel(doc, clause)}`;
}

/** A short label for lists: 国办发〔2017〕72号 第11条. */
export function clauseShortLabel(doc: DocLike, clause: ClauseLike): string {
  return `${doc.docNumber ?? doc.shortTitle ?? doc.title} ${clauseNumberLabel(doc, clause)}`;
}

/**
 * The heading to print after a clause's label, if it adds anything: not the
 * preamble's 导语 (the label says it) nor a heading the label already quotes.
 */
export function headingAfterLabel(doc: DocLike, clause: ClauseLike): string | undefined {
  if (clause.id === 'preamble' || !clause.heading) return undefined;
  return clauseNumberLabel(doc, clause).includes(quoted(clause.heading)) ? undefined : clause.heading;
}
