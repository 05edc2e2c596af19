/**
 * Cross-file rules about a document's 效力状态: a replacing document must
 * exist, and a jurisdiction's rules that cite a lapsed document (已到期, 已废止,
 * 已失效, 已被替代) are worth a warning — they may still be what the county
 * does, but the clerk should know the basis is gone.
 */
import { isLapsed, statusMeanings, statusText } from '../policies/document-status.ts';
import { hint } from '../text/did-you-mean.ts';
import type { ConfigSet } from './load-sources.ts';
import { quote } from '../text/quote-value.ts';

/** Every `source` in a jurisdiction file (targets, duties, procedures, escalation, calendar, categories, leading group). */
function* sourceRefs(value: unknown, pointer = ''): Generator<{ pointer: string; ref: string }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* sourceRefs(value[i], `${pointer}/${i}`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (k === 'source' && typeof v === 'string') yield { pointer: p, ref: v };
      else yield* sourceRefs(v, p);
    }
  }
}

/** A county citing its expired plan sixty times needs the count and where to start, not sixty line numbers. */
const shownLines = 6;

export function checkDocumentStatus(set: ConfigSet): void {
  for (const [id, doc] of set.documents) {
    const { replacedBy, status, statusDate } = doc.data;
    // Checked here rather than by the schema's if/then, whose message could only say “缺少必填字段”.
    const missing = (message: string) => set.diagnostics.push({ file: doc.file, ...doc.source.locate('/status'), pointer: '/status', message, severity: 'error', code: 'missing-status-field' });
    if ((status === 'repealed' || status === 'invalidated') && statusDate === undefined) {
      missing(`效力状态为“${statusText(doc.data)}”的文件须写 statusDate（${status === 'repealed' ? '废止' : '失效'}日期，YYYY-MM-DD）；有替代文件的，再写 replacedBy。`);
    }
    if (status === 'superseded' && replacedBy === undefined) {
      missing('效力状态为“已被替代”的文件须写 replacedBy（替代它的文件标识）；不知道替代文件时，请改为 repealed 或 invalidated 并写 statusDate。');
    }
    if (replacedBy === undefined) continue;
    const at = doc.source.locate('/replacedBy');
    const error = (code: string, message: string) => set.diagnostics.push({ file: doc.file, ...at, pointer: '/replacedBy', message, severity: 'error', code });
    if (replacedBy === id) error('self-reference', '替代文件（replacedBy）不能是本文件自己。');
    else if (!set.documents.has(replacedBy) && !set.brokenIds.has(replacedBy)) {
      error('unknown-document', `找不到替代文件 ${quote(replacedBy)}：替代文件须是 policies/ 中收录的政策文件。${hint(replacedBy, [...set.documents.keys()].filter((d) => d !== id))}`);
    }
    if (!isLapsed(doc.data.status)) {
      error('replaced-in-force', `文件写了替代文件（replacedBy），但效力状态是“${statusText(doc.data)}”；被替代的文件请把 status 改为 superseded、repealed 或 invalidated。`);
    }
  }

  // One warning per jurisdiction file and lapsed document, at its first citation, listing the lines of all of them.
  for (const j of set.jurisdictions.values()) {
    const byDocument = new Map<string, { pointer: string; line: number; col: number }[]>();
    for (const { pointer, ref } of sourceRefs(j.data)) {
      const docId = ref.split('#')[0]!;
      const doc = set.documents.get(docId)?.data;
      if (!doc || !isLapsed(doc.status)) continue;
      const list = byDocument.get(docId) ?? [];
      list.push({ pointer, ...j.source.locate(pointer) });
      byDocument.set(docId, list);
    }
    for (const [docId, cites] of byDocument) {
      const doc = set.documents.get(docId)!.data;
      const first = cites[0]!;
      const name = doc.docNumber ?? doc.shortTitle ?? doc.title;
      const lines = cites.slice(0, shownLines).map((c) => c.line).join('、');
      const where = cites.length === 1 ? '' : `共 ${cites.length} 处（第 ${lines} 行${cites.length > shownLines ? '等' : ''}），`;
      // 已到期 needs its meaning spelled out; the others read well with their date: 已废止（2023-05-01）.
      const state = doc.status === 'expired' ? statusMeanings.expired : statusText(doc);
      const instead = doc.replacedBy ? `替代文件是 ${docLabel(set, doc.replacedBy)}，` : '';
      set.diagnostics.push({
        file: j.file,
        line: first.line,
        col: first.col,
        pointer: first.pointer,
        message: `引用的文件 ${name} ${state}，${where}${instead}请确认这些规定仍然适用，或改为引用现行文件。`,
        severity: 'warning',
        code: 'lapsed-source',
      });
    }
  }
}

function docLabel(set: ConfigSet, id: string): string {
  const d = set.documents.get(id)?.data;
  return d ? (d.docNumber ?? d.shortTitle ?? d.title) : id;
}
