import { describe, expect, it } from 'vitest';
import { newDraftId, summarize, type DraftRecord } from '../../../site/lib/drafts/draft.ts';
import { requestPersistentStorage } from '../../../site/lib/drafts/persist-storage.ts';

const base: DraftRecord = { form: 'f', id: '1', name: '甲', jurisdiction: 'tanghe', version: 2, createdAt: 'c', updatedAt: 'u' };

describe('summarize', () => {
  it('lists a draft without its data: plain, no older versions', () => {
    expect(summarize({ ...base, data: { student: { name: '张三' } } })).toEqual({ ...base, encrypted: false, olderVersions: [] });
  });
  it('says which drafts are sealed and which versions are kept', () => {
    const s = summarize({ ...base, sealed: { iv: 'a', data: 'b' }, history: [{ version: 1, savedAt: 's', data: {} }] });
    expect(s).toEqual({ ...base, encrypted: true, olderVersions: [1] });
    expect(JSON.stringify(s)).not.toContain('"sealed"');
  });
  it('makes a new id each time', () => {
    expect(newDraftId()).not.toBe(newDraftId());
  });
});

describe('requestPersistentStorage', () => {
  const storage = (persisted: boolean | 'throws' | undefined, persist: boolean | undefined) =>
    ({
      ...(persisted === undefined ? {} : { persisted: async () => { if (persisted === 'throws') throw new Error('x'); return persisted; } }),
      ...(persist === undefined ? {} : { persist: async () => persist }),
    }) as unknown as StorageManager;
  it('reports what the browser answers', async () => {
    expect(await requestPersistentStorage(storage(true, false))).toBe('granted');
    expect(await requestPersistentStorage(storage(false, true))).toBe('granted');
    expect(await requestPersistentStorage(storage(false, false))).toBe('denied');
    expect(await requestPersistentStorage(storage(undefined, true))).toBe('granted');
    expect(await requestPersistentStorage(storage('throws', true))).toBe('unsupported');
    expect(await requestPersistentStorage(storage(false, undefined))).toBe('unsupported');
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
  });
});
