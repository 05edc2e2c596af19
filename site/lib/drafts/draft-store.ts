/**
 * Drafts in IndexedDB, keyed by [form, id]. The store also holds, when the user
 * turned encryption on, the vault record needed to check a passphrase.
 * With a key set, form data is written sealed (AES-GCM); without one, sealed
 * drafts stay listed (name and dates only) but cannot be opened, and new
 * drafts are written plain — so whoever does not know the passphrase can
 * still fill in forms on the same PC without touching the sealed drafts.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { newDraftId, summarize, type DraftMeta, type DraftRecord, type DraftSummary } from './draft.ts';
import { seal, unseal, type VaultMeta } from './draft-crypto.ts';
import { keepSnapshotIfUpgrading } from './upgrade-draft.ts';
import { DamagedDraftError, damageOf } from './draft-shape.ts';

interface DraftsDB extends DBSchema {
  drafts: { key: [string, string]; value: DraftRecord; indexes: { 'by-form': string } };
  meta: { key: string; value: VaultMeta };
}

export const DB_NAME = 'baoxue-drafts';

export class DraftLockedError extends Error {
  constructor() {
    super('此草稿已加密，请先输入口令解锁。');
    this.name = 'DraftLockedError';
  }
}

export interface NewDraft {
  form: string;
  jurisdiction: string;
  version: number;
  name: string;
  data?: unknown;
}

/** The metadata of a draft not yet stored. */
export function newDraftMeta(d: Omit<NewDraft, 'data'>, id = newDraftId()): DraftMeta {
  const now = new Date().toISOString();
  return { form: d.form, id, name: d.name, jurisdiction: d.jurisdiction, version: d.version, createdAt: now, updatedAt: now };
}

/**
 * The metadata to keep in memory while `record` is open under schema
 * `version`: data stored under another version goes into the history first,
 * so the first save after an upgrade keeps the old data as a snapshot.
 */
export function metaForSaving(record: DraftRecord, version: number): DraftMeta {
  const { data: _data, sealed: _sealed, ...meta } = record;
  const history = keepSnapshotIfUpgrading(record, version, new Date().toISOString());
  return { ...meta, version, ...(history?.length ? { history } : {}) };
}

export class DraftStore {
  #db: IDBPDatabase<DraftsDB>;
  #key: CryptoKey | undefined;

  constructor(db: IDBPDatabase<DraftsDB>) {
    this.#db = db;
  }

  /** The AES-GCM key for sealing and opening drafts, or none. */
  setKey(key: CryptoKey | undefined): void {
    this.#key = key;
  }

  get unlocked(): boolean {
    return this.#key !== undefined;
  }

  async list(form: string, jurisdiction?: string): Promise<DraftSummary[]> {
    const all = await this.#db.getAllFromIndex('drafts', 'by-form', form);
    return all
      .filter((r) => !jurisdiction || r.jurisdiction === jurisdiction)
      .map(summarize)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  get(form: string, id: string): Promise<DraftRecord | undefined> {
    return this.#db.get('drafts', [form, id]);
  }

  /**
   * The draft's (or snapshot's) form data, unsealed if needed; DamagedDraftError
   * when it is not a set of fields or cannot be decrypted.
   */
  async readData(record: Pick<DraftRecord, 'data' | 'sealed'>): Promise<unknown> {
    const fields = (v: unknown) => {
      if (v !== undefined && (typeof v !== 'object' || v === null || Array.isArray(v))) throw new DamagedDraftError('表单数据不是一组字段（可能被截断或改写）');
      return v;
    };
    if (!record.sealed) return fields(record.data);
    if (!this.#key) throw new DraftLockedError();
    let plain: unknown;
    try {
      plain = await unseal(this.#key, record.sealed);
    } catch {
      // The key was proven against the vault when it was set, and there is one vault per
      // browser: content it cannot open was damaged, not sealed with another passphrase.
      throw new DamagedDraftError('加密内容无法解密');
    }
    return fields(plain);
  }

  create(d: NewDraft): Promise<DraftRecord> {
    return this.put(newDraftMeta(d), d.data ?? {});
  }

  /**
   * Write a draft's form data as one put, with no read before it: the page
   * keeps the record's metadata in memory (metaForSaving). Without a key the
   * transaction is created synchronously, inside the caller's task — what a
   * pagehide handler needs, since nothing after an await runs once the page
   * is gone. With a key the data must be sealed first (Web Crypto is async),
   * which makes the write start a moment later. A write overtaken by a newer
   * one of the same draft (or by its deletion) is skipped, so an older value
   * never lands last. A draft deleted in another tab is recreated, not lost.
   */
  put(meta: DraftMeta, data: unknown): Promise<DraftRecord> {
    const record: DraftRecord = { ...meta, updatedAt: new Date().toISOString() };
    if (!record.history?.length) delete record.history;
    const ticket = this.#ticket(meta.form, meta.id);
    const key = this.#key;
    if (!key) return this.#write({ ...record, data });
    return seal(key, data).then((sealed) => (ticket() ? this.#write({ ...record, sealed }) : { ...record, sealed }));
  }

  /** The latest write (or delete) per draft; a sealed write checks it is still the latest once sealed. */
  #latest = new Map<string, number>();
  #ticket(form: string, id: string): () => boolean {
    const slot = `${form}\n${id}`;
    const n = (this.#latest.get(slot) ?? 0) + 1;
    this.#latest.set(slot, n);
    return () => this.#latest.get(slot) === n;
  }

  async #write(record: DraftRecord): Promise<DraftRecord> {
    const tx = this.#db.transaction('drafts', 'readwrite');
    void tx.store.put(record);
    // Ask for the commit now instead of when the event loop next idles: the page may be unloading.
    tx.commit();
    await tx.done;
    return record;
  }

  async rename(form: string, id: string, name: string): Promise<void> {
    const tx = this.#db.transaction('drafts', 'readwrite');
    const existing = await tx.store.get([form, id]);
    if (existing) await tx.store.put({ ...existing, name: name.trim() || existing.name });
    await tx.done;
  }

  remove(form: string, id: string): Promise<void> {
    this.#ticket(form, id);
    return this.#db.delete('drafts', [form, id]);
  }

  /** How many drafts this browser holds, of every form and jurisdiction, sealed ones included. */
  count(): Promise<number> {
    return this.#db.count('drafts');
  }

  /**
   * 删除本机全部草稿, for leaving a shared PC: every draft of every form and
   * jurisdiction, sealed ones included, and the vault (the passphrase check
   * would otherwise stay behind, and the page would go on asking for it).
   */
  async removeAll(): Promise<void> {
    // Sealed writes still being encrypted are overtaken, as by remove().
    for (const [slot, n] of this.#latest) this.#latest.set(slot, n + 1);
    const tx = this.#db.transaction(['drafts', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('drafts').clear(), tx.objectStore('meta').delete('vault'), tx.done]);
    this.#key = undefined;
  }

  /** Every draft of every form, e.g. to seal or unseal them all. */
  all(): Promise<DraftRecord[]> {
    return this.#db.getAll('drafts');
  }

  getVault(): Promise<VaultMeta | undefined> {
    return this.#db.get('meta', 'vault');
  }

  /**
   * Turn encryption on: store the vault and seal every plain draft (including
   * snapshots) with `key`, in one transaction.
   */
  async enableEncryption(meta: VaultMeta, key: CryptoKey): Promise<void> {
    // A damaged record stays as it is, to be exported raw or discarded by the user.
    const records = (await this.all()).filter((r) => !damageOf(r));
    const sealed = await Promise.all(records.map((r) => this.#recode(r, async (d) => ({ sealed: await seal(key, d) }), undefined)));
    const tx = this.#db.transaction(['drafts', 'meta'], 'readwrite');
    await Promise.all([...sealed.map((r) => tx.objectStore('drafts').put(r)), tx.objectStore('meta').put(meta)]);
    await tx.done;
    this.#key = key;
  }

  /** Turn encryption off: unseal every draft with the current key and drop the vault. */
  async disableEncryption(): Promise<void> {
    const key = this.#key;
    if (!key) throw new DraftLockedError();
    const records = (await this.all()).filter((r) => !damageOf(r));
    const plain = await Promise.all(records.map((r) => this.#recode(r, async (d) => ({ data: d }), key)));
    const tx = this.#db.transaction(['drafts', 'meta'], 'readwrite');
    await Promise.all([...plain.map((r) => tx.objectStore('drafts').put(r)), tx.objectStore('meta').delete('vault')]);
    await tx.done;
    this.#key = undefined;
  }

  /** How many drafts, of every form and jurisdiction, are sealed: what forgetting the passphrase deletes. */
  async sealedCount(): Promise<number> {
    return (await this.all()).filter((r) => r.sealed).length;
  }

  /**
   * For a forgotten passphrase: the sealed drafts cannot be read by anyone, so
   * they are deleted together with the vault. Plain drafts stay. The page asks
   * first, naming how many (sealedCount): they may be other people's drafts.
   */
  async forgetEncryptedDrafts(): Promise<number> {
    const records = await this.all();
    const sealed = records.filter((r) => r.sealed);
    for (const r of sealed) this.#ticket(r.form, r.id);
    const tx = this.#db.transaction(['drafts', 'meta'], 'readwrite');
    await Promise.all([...sealed.map((r) => tx.objectStore('drafts').delete([r.form, r.id])), tx.objectStore('meta').delete('vault')]);
    await tx.done;
    this.#key = undefined;
    return sealed.length;
  }

  async #recode(r: DraftRecord, encode: (data: unknown) => Promise<Pick<DraftRecord, 'data' | 'sealed'>>, key: CryptoKey | undefined): Promise<DraftRecord> {
    const read = async (x: { data?: unknown; sealed?: DraftRecord['sealed'] }) => {
      if (!x.sealed) return x.data;
      if (!key) return undefined;
      return unseal(key, x.sealed);
    };
    const strip = <T extends { data?: unknown; sealed?: unknown }>(x: T): T => {
      const { data: _d, sealed: _s, ...rest } = x;
      return rest as T;
    };
    // Already in the wanted form (plain while sealing with no key needed, or sealed while sealing): keep.
    const needs = (x: { sealed?: unknown }) => (key ? x.sealed !== undefined : x.sealed === undefined);
    const out: DraftRecord = needs(r) ? { ...strip(r), ...(await encode(await read(r))) } : r;
    if (r.history) {
      out.history = await Promise.all(r.history.map(async (h) => (needs(h) ? { ...strip(h), ...(await encode(await read(h))) } : h)));
    }
    return out;
  }

  close(): void {
    this.#db.close();
  }
}

export async function openDraftStore(name = DB_NAME): Promise<DraftStore> {
  const db = await openDB<DraftsDB>(name, 1, {
    upgrade(db) {
      const drafts = db.createObjectStore('drafts', { keyPath: ['form', 'id'] });
      drafts.createIndex('by-form', 'form');
      db.createObjectStore('meta', { keyPath: 'key' });
    },
    blocked() {
      // Another tab holds an older version open; it closes on versionchange below.
    },
  });
  // A future database version opened in another tab must not be blocked by us.
  db.addEventListener('versionchange', () => db.close());
  return new DraftStore(db);
}
