import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftLockedError, DraftStore, metaForSaving, newDraftMeta, openDraftStore } from '../../../site/lib/drafts/draft-store.ts';
import { createVault, unlockVault } from '../../../site/lib/drafts/draft-crypto.ts';
import { upgradeData } from '../../../site/lib/drafts/upgrade-draft.ts';
import { DamagedDraftError } from '../../../site/lib/drafts/draft-shape.ts';
import { storageProblemOf } from '../../../site/lib/drafts/storage-problem.ts';

let store: DraftStore;
let n = 0;

beforeEach(async () => {
  store = await openDraftStore(`test-${++n}`);
});
afterEach(() => store.close());

describe('DraftStore', () => {
  it('creates, lists, renames and deletes drafts per form', async () => {
    const a = await store.create({ form: 'dropout-registration', jurisdiction: 'tanghe', version: 1, name: '甲', data: { student: { name: '张三' } } });
    await store.create({ form: 'dropout-registration', jurisdiction: 'lushi', version: 1, name: '乙' });
    await store.create({ form: 'monthly-report', jurisdiction: 'tanghe', version: 1, name: '丙' });
    expect((await store.list('dropout-registration')).map((d) => d.name).sort()).toEqual(['乙', '甲']);
    expect((await store.list('dropout-registration', 'tanghe')).map((d) => d.name)).toEqual(['甲']);
    await store.rename('dropout-registration', a.id, '  新名称 ');
    expect((await store.get('dropout-registration', a.id))?.name).toBe('新名称');
    await store.rename('dropout-registration', a.id, '   ');
    expect((await store.get('dropout-registration', a.id))?.name).toBe('新名称');
    await store.remove('dropout-registration', a.id);
    expect(await store.list('dropout-registration', 'tanghe')).toEqual([]);
  });

  it('saves data and recreates a draft deleted meanwhile', async () => {
    const d = await store.create({ form: 'f', jurisdiction: 'tanghe', version: 1, name: '甲' });
    const meta = metaForSaving(d, 1);
    await store.put(meta, { a: 1 });
    expect(await store.readData((await store.get('f', d.id))!)).toEqual({ a: 1 });
    await store.remove('f', d.id);
    await store.put(meta, { a: 2 });
    const again = await store.get('f', d.id);
    expect(again?.name).toBe('甲');
    expect(again?.data).toEqual({ a: 2 });
  });

  it('stamps every save with its time, plain or sealed, so the drafts list shows the latest first', async () => {
    // Only Date is faked: fake-indexeddb schedules its work on real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-03-01T08:00:00Z'));
      const a = await store.create({ form: 'f', jurisdiction: 'tanghe', version: 1, name: '甲' });
      const b = await store.create({ form: 'f', jurisdiction: 'tanghe', version: 1, name: '乙' });
      expect(a).toMatchObject({ createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-01T08:00:00.000Z' });
      vi.setSystemTime(new Date('2026-03-02T09:30:00Z'));
      const saved = await store.put(metaForSaving(a, 1), { v: 1 });
      expect(saved).toMatchObject({ createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-02T09:30:00.000Z' });
      expect(await store.get('f', a.id)).toMatchObject({ createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-02T09:30:00.000Z' });
      expect((await store.list('f')).map((d) => d.name)).toEqual(['甲', '乙']);
      // The page keeps the metadata in memory: a later save from it is stamped anew, not with the stale time.
      const { meta: vault, key } = await createVault('口令口令口令', 1000);
      await store.enableEncryption(vault, key);
      vi.setSystemTime(new Date('2026-03-03T10:00:00Z'));
      await store.put(metaForSaving(b, 1), { v: 2 });
      expect((await store.get('f', b.id))!.updatedAt).toBe('2026-03-03T10:00:00.000Z');
      expect((await store.list('f')).map((d) => [d.name, d.updatedAt])).toEqual([
        ['乙', '2026-03-03T10:00:00.000Z'],
        ['甲', '2026-03-02T09:30:00.000Z'],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts a save synchronously, so it completes even when the page closes the database right after', async () => {
    // Closing the connection is what unloading does: a transaction not created by then never runs.
    const meta = newDraftMeta({ form: 'f', jurisdiction: 'tanghe', version: 1, name: '甲' });
    const saving = store.put(meta, { unit: '最后一个字' });
    store.close();
    await saving;
    store = await openDraftStore(`test-${n}`);
    expect((await store.get('f', meta.id))?.data).toEqual({ unit: '最后一个字' });
  });

  it('never lets an older sealed write land after a newer one, or after a delete', async () => {
    const { meta: vault, key } = await createVault('口令口令口令', 1000);
    await store.enableEncryption(vault, key);
    const meta = newDraftMeta({ form: 'f', jurisdiction: 'tanghe', version: 1, name: '甲' });
    await Promise.all([store.put(meta, { v: 1 }), store.put(meta, { v: 2 })]);
    expect(await store.readData((await store.get('f', meta.id))!)).toEqual({ v: 2 });
    const late = store.put(meta, { v: 3 });
    await store.remove('f', meta.id);
    await late;
    expect(await store.get('f', meta.id)).toBeUndefined();
  });

  it('keeps the data of an older schema version when a draft is saved under a newer one', async () => {
    const d = await store.create({ form: 'f', jurisdiction: 'tanghe', version: 1, name: '旧', data: { oldField: '保留' } });
    // The site was upgraded: the old draft is still listed and openable.
    const listed = await store.list('f');
    expect(listed[0]).toMatchObject({ id: d.id, version: 1 });
    const opened = upgradeData(await store.readData((await store.get('f', d.id))!), 1, 2, { 1: (x) => ({ ...(x as object), newField: '' }) });
    expect(opened).toMatchObject({ complete: true, changed: true, data: { oldField: '保留', newField: '' } });
    // The page keeps this in memory while the draft is open; the old data goes into history on the first save.
    const meta = metaForSaving((await store.get('f', d.id))!, 2);
    await store.put(meta, { newField: '新' });
    await store.put(meta, { newField: '新2' });
    const r = (await store.get('f', d.id))!;
    expect(r.version).toBe(2);
    expect(r.data).toEqual({ newField: '新2' });
    expect(r.history).toEqual([{ version: 1, savedAt: d.updatedAt, data: { oldField: '保留' } }]);
    expect((await store.list('f'))[0]!.olderVersions).toEqual([1]);
  });

  it('opens old data unchanged when no migration exists', () => {
    const r = upgradeData({ x: 1 }, 1, 3, { 2: () => { throw new Error('boom'); } });
    expect(r).toEqual({ data: { x: 1 }, fromVersion: 1, complete: false, changed: true });
  });

  it('seals drafts with a passphrase and opens them again', async () => {
    const plain = await store.create({ form: 'f', jurisdiction: 'tanghe', version: 1, name: '甲', data: { student: { name: '李华', idNumber: '41132819900101001X' } } });
    await store.put(metaForSaving(plain, 1), { v: 1 });
    await store.put(metaForSaving((await store.get('f', plain.id))!, 2), { v: 2 }); // leaves a version-1 snapshot
    const { meta: vault, key } = await createVault('正确的口令口令', 1000);
    await store.enableEncryption(vault, key);
    const sealed = (await store.get('f', plain.id))!;
    expect(sealed.data).toBeUndefined();
    expect(sealed.sealed?.data).toBeTypeOf('string');
    expect(JSON.stringify(sealed)).not.toContain('v":2');
    expect(sealed.history?.[0]?.sealed).toBeDefined();

    store.setKey(undefined);
    await expect(store.readData(sealed)).rejects.toBeInstanceOf(DraftLockedError);
    await expect(unlockVault((await store.getVault())!, '错误的口令')).rejects.toThrow('口令不正确');
    store.setKey(await unlockVault((await store.getVault())!, '正确的口令口令'));
    expect(await store.readData(sealed)).toEqual({ v: 2 });
    expect(await store.readData(sealed.history![0]!)).toEqual({ v: 1 });

    // New saves are sealed too.
    await store.put(metaForSaving((await store.get('f', plain.id))!, 2), { v: 3 });
    expect((await store.get('f', plain.id))!.sealed).toBeDefined();

    await store.disableEncryption();
    const open = (await store.get('f', plain.id))!;
    expect(open.data).toEqual({ v: 3 });
    expect(open.history?.[0]?.data).toEqual({ v: 1 });
    expect(await store.getVault()).toBeUndefined();
  });

  it('deletes every draft of every form and jurisdiction, sealed ones and the vault too (删除本机全部草稿)', async () => {
    const { meta: vault, key } = await createVault('口令口令口令', 1000);
    await store.create({ form: 'dropout-registration', jurisdiction: 'tanghe', version: 1, name: '明文', data: { student: { name: '王小明' } } });
    await store.enableEncryption(vault, key);
    await store.create({ form: 'monthly-report', jurisdiction: 'lushi', version: 1, name: '密文' });
    store.setKey(undefined);
    await store.create({ form: 'verification', jurisdiction: 'bandang', version: 1, name: '之后的明文' });
    expect(await store.count()).toBe(3);
    // A save of a sealed draft still being encrypted must not bring it back afterwards.
    store.setKey(key);
    const late = store.put(newDraftMeta({ form: 'f', jurisdiction: 'tanghe', version: 1, name: '晚到的' }), { v: 1 });
    await store.removeAll();
    await late;
    expect(await store.count()).toBe(0);
    expect(await store.all()).toEqual([]);
    expect(await store.getVault()).toBeUndefined();
    expect(store.unlocked).toBe(false);
  });

  it('deletes only the sealed drafts when the passphrase is forgotten', async () => {
    const { meta: vault, key } = await createVault('口令口令口令', 1000);
    await store.create({ form: 'f', jurisdiction: 'tanghe', version: 1, name: '明文' });
    await store.enableEncryption(vault, key);
    await store.create({ form: 'f', jurisdiction: 'tanghe', version: 1, name: '密文' });
    store.setKey(undefined);
    await store.create({ form: 'f', jurisdiction: 'tanghe', version: 1, name: '之后的明文' });
    expect(await store.sealedCount()).toBe(2);
    expect(await store.forgetEncryptedDrafts()).toBe(2);
    expect((await store.list('f')).map((d) => d.name)).toEqual(['之后的明文']);
  });
});

describe('DraftStore with damaged records and failing storage', () => {
  /** A record as a broken writer (or the developer tools) left it, bypassing DraftStore. */
  const writeRaw = async (name: string, record: unknown) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const q = indexedDB.open(name);
      q.onsuccess = () => ok(q.result);
      q.onerror = () => fail(q.error);
    });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(record);
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  };

  it('lists a damaged record as damaged next to the good ones, and deletes it only when asked', async () => {
    const name = `test-damaged-${++n}`;
    const s = await openDraftStore(name);
    const good = await s.create({ form: 'f', jurisdiction: 'tanghe', version: 1, name: '好的', data: { a: 1 } });
    await writeRaw(name, { form: 'f', id: 'bad', name: '坏的', jurisdiction: 'tanghe', version: 1, createdAt: 'x', updatedAt: '2026-01-01T00:00:00.000Z', data: '{"a":' });
    await writeRaw(name, { form: 'f', id: 'worse', updatedAt: 17 });
    const list = await s.list('f');
    expect(list.map((d) => [d.name, d.damaged])).toEqual([
      ['好的', undefined],
      ['坏的', '表单数据不是一组字段（可能被截断或改写）'],
      ['（无名称）', '缺少草稿名称'],
    ]);
    await expect(s.readData((await s.get('f', 'bad'))!)).rejects.toBeInstanceOf(DamagedDraftError);
    expect(await s.readData((await s.get('f', good.id))!)).toEqual({ a: 1 });
    // Encryption on and off leaves the damaged record alone instead of failing.
    const { meta: vault, key } = await createVault('公用电脑口令', 1000);
    await s.enableEncryption(vault, key);
    await s.disableEncryption();
    expect((await s.get('f', 'bad'))!.data).toBe('{"a":');
    expect(await s.count()).toBe(3);
    await s.remove('f', 'bad');
    expect((await s.list('f')).map((d) => d.name)).toEqual(['好的', '（无名称）']);
    s.close();
  });

  it('reports sealed content that the proven key cannot open as damaged, not as a wrong passphrase', async () => {
    const { meta: vault, key } = await createVault('公用电脑口令', 1000);
    const d = await store.create({ form: 'f', jurisdiction: 'tanghe', version: 1, name: '甲', data: { a: 1 } });
    await store.enableEncryption(vault, key);
    const sealed = (await store.get('f', d.id))!;
    const flipped = { ...sealed.sealed!, data: `${sealed.sealed!.data.slice(0, -4)}AAAA` };
    await expect(store.readData({ sealed: flipped })).rejects.toThrow('草稿已损坏：加密内容无法解密');
    await expect(store.readData({ sealed: { iv: '!!', data: '??' } })).rejects.toBeInstanceOf(DamagedDraftError);
    expect(await store.readData(sealed)).toEqual({ a: 1 });
  });

  it('rejects a write that runs out of space with the QuotaExceededError the page recognises', async () => {
    const d = await store.create({ form: 'f', jurisdiction: 'tanghe', version: 1, name: '甲', data: { a: 1 } });
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      const failed = await store.put(metaForSaving(d, 1), { a: 2 }).then(() => undefined, (e: unknown) => e);
      expect(storageProblemOf(failed, 'save').kind).toBe('quota');
    } finally {
      put.mockRestore();
    }
    // Nothing was half-written: the stored draft is the last one that succeeded.
    expect((await store.get('f', d.id))!.data).toEqual({ a: 1 });
  });
});
