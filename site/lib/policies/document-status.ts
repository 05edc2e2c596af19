/**
 * A policy document's 效力状态 in words, and whether it still applies. Shared
 * by the pages, the search index and `validate` so that all three draw the
 * same line between a current document and one that has lapsed.
 */
export type DocumentStatus = 'in-force' | 'expired' | 'repealed' | 'invalidated' | 'superseded' | 'reference';

export const statusLabels: Record<string, string> = {
  'in-force': '现行有效',
  expired: '已到期',
  repealed: '已废止',
  invalidated: '已失效',
  superseded: '已被替代',
  reference: '参考范本',
};

/** What each status means, for a tooltip or a validate message. */
export const statusMeanings: Record<string, string> = {
  'in-force': '现行有效',
  expired: '已到期（目标年份或实施期限已过）',
  repealed: '已废止',
  invalidated: '已失效',
  superseded: '已被替代',
  reference: '参考范本（无正式效力）',
};

/**
 * No longer in force. A 参考范本 never had force, but it is not stale either:
 * it is cited on purpose as a model, so it is not marked or ranked down.
 */
export const lapsedStatuses: readonly DocumentStatus[] = ['expired', 'repealed', 'invalidated', 'superseded'];

export function isLapsed(status: string | undefined): boolean {
  return lapsedStatuses.includes(status as DocumentStatus);
}

export interface StatusFields {
  status: string;
  statusDate?: string;
  replacedBy?: string;
}

/** 已废止（2023-05-01）, 已被替代 or 现行有效: the label with its date when there is one. */
export function statusText(doc: StatusFields): string {
  const label = statusLabels[doc.status] ?? doc.status;
  return doc.statusDate ? `${label}（${doc.statusDate}）` : label;
}

/** The mark beside an item whose source has lapsed, e.g. 所依据文件已废止（2023-05-01）; undefined while in force. */
export function lapsedSourceNote(doc: StatusFields | undefined): string | undefined {
  if (!doc || !isLapsed(doc.status)) return undefined;
  return `所依据文件${statusText(doc)}`;
}
