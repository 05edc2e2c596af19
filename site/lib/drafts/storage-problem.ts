/**
 * What went wrong with the browser's storage, in the words the form page
 * uses. Three situations keep a page from saving drafts, and each needs its
 * own advice: storage that cannot be opened at all (a private window, site
 * data blocked by the browser or by policy on a school PC), storage that is
 * full (QuotaExceededError, which Chromium also raises when the disk is
 * nearly full), and any other failed write. In all three the form data stays
 * in the page's memory and can still be exported; only keeping it in the
 * browser is lost.
 *
 * Exports: StorageProblem, storageProblemOf(error, during), isQuotaError(error),
 * storageProblemText(problem).
 */

export type StorageProblemKind = 'unavailable' | 'quota' | 'write-failed';

export interface StorageProblem {
  kind: StorageProblemKind;
  /** the browser's own words, for whoever helps the user (shown in brackets) */
  detail: string;
}

const nameOf = (e: unknown): string => (e && typeof e === 'object' && 'name' in e && typeof e.name === 'string' ? e.name : '');
const messageOf = (e: unknown): string => (e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? String((e as { message: unknown }).message) : String(e));

/** A full store: the DOMException name, Firefox's legacy name, or an abort whose cause is one (idb passes tx.error on). */
export function isQuotaError(e: unknown): boolean {
  const name = nameOf(e);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  const cause = e && typeof e === 'object' && 'cause' in e ? (e as { cause: unknown }).cause : undefined;
  return cause !== undefined && cause !== e && isQuotaError(cause);
}

/** The problem an error of opening the store (`open`) or of writing a draft (`save`) stands for. */
export function storageProblemOf(e: unknown, during: 'open' | 'save'): StorageProblem {
  const detail = messageOf(e) || nameOf(e) || '未知错误';
  if (isQuotaError(e)) return { kind: 'quota', detail };
  return { kind: during === 'open' ? 'unavailable' : 'write-failed', detail };
}

/**
 * The notice for a problem: what happened, that the data is only in this
 * page now, and what to do before closing it. One sentence each, so that a
 * screen reader reads the whole thing when the alert appears.
 */
export function storageProblemText(p: StorageProblem): { title: string; body: string } {
  const keep = '填写的内容现在只保存在这个页面中，关闭或刷新页面就会丢失；请在关闭页面前点“导出 JSON”或“导出 Excel”另存一份。';
  switch (p.kind) {
    case 'unavailable':
      return {
        title: '浏览器存储无法使用，草稿不会自动保存',
        body: `这个浏览器不允许本站保存数据（可能是无痕/隐私窗口，或浏览器设置禁止了网站存储）。${keep}换用普通窗口打开本页即可恢复自动保存。`,
      };
    case 'quota':
      return {
        title: '浏览器存储空间已满，自动保存已暂停',
        body: `最近的修改没有保存为草稿。${keep}删除不需要的草稿或清理浏览器数据后，可以点“重试保存”。`,
      };
    case 'write-failed':
      return {
        title: '草稿保存失败，自动保存已暂停',
        body: `浏览器拒绝写入草稿。${keep}可以点“重试保存”再试一次。`,
      };
  }
}
