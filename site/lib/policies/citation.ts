import type { PolicyDocument } from '../../generated/types/policy-document.ts';
import type { FlatClause } from './clauses.ts';

type DocLike = Pick<PolicyDocument, 'title' | 'docNumber' | 'numbering' | 'shortTitle'>;
type ClauseLike = Pick<FlatClause, 'id' | 'number' | 'text' | 'heading'>;

const toFullWidth = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）');

/**
 * How a clause is referred to in writing: 第11条 in a continuously numbered
 * document, the printed number path 三（一）2 otherwise, 导语 for the
 * preamble, and the opening words for an unnumbered paragraph.
 */
export function clauseNumberLabel(doc: DocLike, clause: ClauseLike): string {
  if (clause.id === 'preamble') return '导语';
  if (doc.numbering === 'continuous' && /^\d+$/.test(clause.number)) return `第${clause.number}条`;
  if (clause.number) return toFullWidth(clause.number);
  const opening = (clause.heading ?? clause.text).replace(/\s+/g, '').slice(0, 12);
  return `“${opening}……”段`;
}

/**
 * The citation staff paste into reports, e.g.
 * 《国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知》（国办发〔2017〕72号）第11条.
 */
export function clauseCitation(doc: DocLike, clause: ClauseLike): string {
  // A title quoting another document nests its book-title marks: 《关于印发〈…方案〉的通知》.
  const title = doc.title.replace(/《/g, '〈').replace(/》/g, '〉');
  return `《${title}》${doc.docNumber ? `（${doc.docNumber}）` : ''}${clauseNumberLabel(doc, clause)}`;
}

/** A short label for lists: 国办发〔2017〕72号 第11条. */
export function clauseShortLabel(doc: DocLike, clause: ClauseLike): string {
  return `${doc.docNumber ?? doc.shortTitle ?? doc.title} ${clauseNumberLabel(doc, clause)}`;
}
