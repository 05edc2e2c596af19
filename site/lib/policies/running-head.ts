/**
 * The line printed at the top of every page after the first of a policy
 * document: its 发文字号 and title, so a loose sheet can be put back and
 * cited. The first page opens with the title itself.
 *
 * It is a stylesheet of its own per document (policies/[document]/print.css):
 * @page margin boxes take text only from CSS, and the strict CSP forbids the
 * inline style a page could otherwise carry.
 */
import { bookTitle } from './book-title.ts';

type DocLike = { title: string; docNumber?: string };

/** A CSS string literal: quotes and backslashes escaped, line breaks as \A. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/\r?\n/g, '\\A ')}"`;

export function runningHeadText(doc: DocLike): string {
  return `${doc.docNumber ? `${doc.docNumber}　` : ''}${bookTitle(doc.title)}`;
}

export function runningHeadCss(doc: DocLike): string {
  return [
    `@page { @top-left { content: ${cssString(runningHeadText(doc))}; font-size: 9pt; color: #333; vertical-align: bottom; padding-bottom: 3mm; } }`,
    '@page :first { @top-left { content: none; } }',
    '',
  ].join('\n');
}
