/**
 * 附件 references: 附件2, 附件二, 第二个附件 (and 附件 2 after NFKC) name a
 * document's attachment by its place in the document's list. One printed as
 * a form resolves to that form's entry; one without a form adds its title as
 * words to search for. The documents looked in are those named (发文字号), else
 * those of the place named, else every document.
 */
import { chineseNumber } from './clause-numbers.ts';
import type { SearchDocumentInfo } from './search-types.ts';

const attachmentPattern = /附件\s*([0-9]+|[一二两三四五六七八九十]+)|第\s*([0-9]+|[一二两三四五六七八九十]+)\s*个?附件/gu;

export interface AttachmentRefs {
  text: string;
  /** entry refs of the forms named (`form:<form-id>`) */
  refs: string[];
  /** titles of attachments that are not forms */
  titles: string[];
}

/**
 * `scopes`: the named documents, then the place's; when both are empty,
 * `everywhere(n)` gives the n-th 附件 of every document (distinct, in order:
 * only which forms and titles there are matters, see distinctAttachments).
 */
export function takeAttachments(text: string, scopes: readonly SearchDocumentInfo[][], everywhere: (n: number) => readonly { title: string; form?: string }[]): AttachmentRefs {
  const refs: string[] = [];
  const titles: string[] = [];
  // The narrowest scope that names anything: a named document without attachments has none to find.
  const scope = scopes.find((docs) => docs.length > 0);
  const withAttachments = scope?.filter((d) => d.attachments?.length) ?? [];
  const out = text.replace(attachmentPattern, (whole, a: string | undefined, b: string | undefined) => {
    const n = chineseNumber((a ?? b)!);
    if (n === undefined || n < 1) return whole;
    const found = scope ? withAttachments.flatMap((d) => (d.attachments!.length >= n ? [d.attachments![n - 1]!] : [])) : everywhere(n);
    if (found.length === 0) return whole;
    for (const at of found) {
      if (at.form) {
        if (!refs.includes(`form:${at.form}`)) refs.push(`form:${at.form}`);
      } else if (!titles.includes(at.title)) titles.push(at.title);
    }
    return ' ';
  });
  return { text: out, refs, titles };
}
