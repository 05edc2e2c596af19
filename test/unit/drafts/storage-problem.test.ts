import { describe, expect, it } from 'vitest';
import { isQuotaError, storageProblemOf, storageProblemText } from '../../../site/lib/drafts/storage-problem.ts';

describe('storageProblemOf', () => {
  it('tells a full store from other failures, whether opening or saving', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(storageProblemOf(quota, 'save')).toEqual({ kind: 'quota', detail: 'The quota has been exceeded.' });
    expect(storageProblemOf(quota, 'open').kind).toBe('quota');
    expect(storageProblemOf(new DOMException('denied', 'SecurityError'), 'open')).toEqual({ kind: 'unavailable', detail: 'denied' });
    expect(storageProblemOf(new DOMException('aborted', 'AbortError'), 'save')).toEqual({ kind: 'write-failed', detail: 'aborted' });
    // `indexedDB` undefined: what idb's openDB throws then.
    expect(storageProblemOf(new ReferenceError('indexedDB is not defined'), 'open').kind).toBe('unavailable');
    expect(storageProblemOf('字符串错误', 'save')).toEqual({ kind: 'write-failed', detail: '字符串错误' });
  });

  it('recognises quota errors by name, Firefox’s legacy name and as the cause of another error', () => {
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('aborted', { cause: new DOMException('full', 'QuotaExceededError') }))).toBe(true);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });
});

describe('storageProblemText', () => {
  it('says what happened, that the data is in this page only, and to export before closing', () => {
    for (const kind of ['unavailable', 'quota', 'write-failed'] as const) {
      const { title, body } = storageProblemText({ kind, detail: '' });
      expect(title).toMatch(/[\u4e00-\u9fff]/);
      expect(body).toContain('只保存在这个页面中');
      expect(body).toContain('“导出 JSON”或“导出 Excel”');
      expect(body).toContain('关闭页面前');
    }
    expect(storageProblemText({ kind: 'unavailable', detail: '' }).body).toContain('无痕');
    expect(storageProblemText({ kind: 'quota', detail: '' }).title).toContain('已满');
    expect(storageProblemText({ kind: 'quota', detail: '' }).body).toContain('重试保存');
  });
});
