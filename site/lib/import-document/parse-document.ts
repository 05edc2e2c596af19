/**
 * A Chinese official document's text → metadata, clause tree and the lines
 * that could not be placed. Pure and browser-safe: the CLI command
 * (scripts/commands/import-document.ts) and the editor both call it.
 */
import { buildClauseTree } from './clause-tree.ts';
import { readAttachments, readHead, readSignature, type Signature } from './document-head.ts';
import { normaliseParagraph } from './normalise-text.ts';
import { readNumberMark } from './numbering.ts';
import { joinParagraphs, wrapWidth } from './paragraphs.ts';
import { cleanLines } from './source-lines.ts';
import type { ParsedDocument, UnplacedLine } from './types.ts';

export function parseDocument(text: string): ParsedDocument {
  const { lines, removed, traditionalFixed } = cleanLines(text);
  const attachments = readAttachments(lines);
  const main = lines.slice(0, attachments.end);
  const width = wrapWidth(main);
  let firstClause = main.findIndex((l) => readNumberMark(normaliseParagraph(l.text)) !== undefined);
  if (firstClause === -1) firstClause = main.length;
  const head = readHead(main.slice(0, firstClause));
  const unplaced: UnplacedLine[] = [...head.unplaced];

  // 落款 and date close the text; anything printed after them is not a clause's
  let body = main.slice(firstClause);
  const tail = readSignature(body);
  let signature: Signature | undefined = tail.signature;
  if (tail.used.size) {
    const lastUsed = body.findIndex((l) => tail.used.has(l.line));
    const after = body.slice(lastUsed).filter((l) => !tail.used.has(l.line));
    for (const l of after) unplaced.push({ ...l, reason: '落款之后的内容' });
    body = body.slice(0, lastUsed);
  }
  if (attachments.listLines.length) {
    const listed = readSignature(attachments.listLines);
    signature ??= listed.signature;
    for (const l of attachments.listLines) if (!listed.used.has(l.line)) unplaced.push({ ...l, reason: '附件说明之后的内容' });
  }
  unplaced.push(...attachments.unplaced);

  const preamble = joinParagraphs(head.preamble, width).map((p) => p.text);
  const tree = buildClauseTree(joinParagraphs(body, width));
  preamble.push(...tree.preamble);
  signature ??= head.signature;
  const notice = head.signature;

  const issuer = head.titleIssuer ?? signature?.issuer ?? notice?.issuer ?? head.masthead;
  const metadata: ParsedDocument['metadata'] = { attachments: attachments.titles };
  if (head.title) metadata.title = head.title;
  if (head.innerTitle) metadata.innerTitle = head.innerTitle;
  if (head.docNumber) metadata.docNumber = head.docNumber;
  if (issuer) metadata.issuer = issuer;
  if (head.addressee) metadata.addressee = head.addressee;
  const dated = notice?.date ? notice : signature;
  if (dated?.date) metadata.date = dated.date;
  if (dated?.dateNote) metadata.dateNote = dated.dateNote;
  unplaced.sort((a, b) => a.line - b.line);
  return {
    metadata,
    ...(preamble.length ? { preamble: preamble.join('\n\n') } : {}),
    numbering: tree.numbering,
    clauses: tree.clauses,
    unplaced,
    removed,
    traditionalFixed,
  };
}
