/**
 * The form page's draft state: which draft is open, its data, autosave to
 * IndexedDB (debounced, flushed on pagehide / hidden tab), and the drafts list.
 * A new draft is written on its first change, so opening the page never
 * leaves empty drafts behind.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createAutosaver } from '../../lib/drafts/autosaver.ts';
import type { DraftRecord, DraftSummary } from '../../lib/drafts/draft.ts';
import { newDraftId } from '../../lib/drafts/draft.ts';
import { DraftLockedError, openDraftStore, type DraftStore } from '../../lib/drafts/draft-store.ts';
import { requestPersistentStorage, type PersistState } from '../../lib/drafts/persist-storage.ts';
import { upgradeData, type Migrations } from '../../lib/drafts/upgrade-draft.ts';

export interface CurrentDraft {
  id: string;
  name: string;
  /** written to IndexedDB at least once */
  stored: boolean;
  /** set when the draft was saved under another schema version */
  upgradedFrom?: { version: number; complete: boolean };
}

export type SaveState = { kind: 'idle' } | { kind: 'pending' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

export interface DraftsOptions {
  form: string;
  jurisdiction: string;
  version: number;
  /** the form's data migrations, loaded only when a draft of another version is opened */
  loadMigrations?: () => Promise<Migrations | undefined>;
}

const lastKey = (o: DraftsOptions) => `baoxue:last-draft:${o.jurisdiction}:${o.form}`;

function defaultName(existing: DraftSummary[]): string {
  const d = new Date();
  const stamp = `${d.getMonth() + 1}月${d.getDate()}日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  let name = `草稿 ${existing.length + 1}（${stamp}）`;
  for (let i = existing.length + 2; existing.some((e) => e.name === name); i++) name = `草稿 ${i}（${stamp}）`;
  return name;
}

export function useDrafts(o: DraftsOptions) {
  const [store, setStore] = useState<DraftStore>();
  const [storeError, setStoreError] = useState<string>();
  const [locked, setLocked] = useState(false);
  const [encrypted, setEncrypted] = useState(false);
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [current, setCurrent] = useState<CurrentDraft>();
  const [data, setData] = useState<unknown>({});
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [persist, setPersist] = useState<PersistState>();
  const currentRef = useRef<CurrentDraft | undefined>(undefined);
  currentRef.current = current;

  const refresh = useCallback(async (s: DraftStore | undefined = store) => {
    if (s) setDrafts(await s.list(o.form, o.jurisdiction));
  }, [store, o.form, o.jurisdiction]);

  const autosaver = useMemo(
    () =>
      createAutosaver<{ store: DraftStore; draft: CurrentDraft; data: unknown }>(
        async ({ store: s, draft, data: value }) => {
          await s.saveData(o.form, draft.id, value, o.version, { name: draft.name, jurisdiction: o.jurisdiction });
          if (currentRef.current?.id === draft.id && !currentRef.current.stored) setCurrent({ ...currentRef.current, stored: true });
          setSave({ kind: 'saved', at: new Date() });
          setDrafts(await s.list(o.form, o.jurisdiction));
        },
        250,
        (e) => setSave({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
      ),
    [o.form, o.jurisdiction, o.version],
  );

  /** Open a stored draft: unseal, upgrade from an older schema version if needed. */
  const openDraft = useCallback(
    async (s: DraftStore, record: DraftRecord) => {
      await autosaver.flush();
      const raw = await s.readData(record);
      const migrations = record.version !== o.version ? await o.loadMigrations?.() : undefined;
      const up = upgradeData(raw ?? {}, record.version, o.version, migrations);
      const draft: CurrentDraft = { id: record.id, name: record.name, stored: true };
      if (up.changed) draft.upgradedFrom = { version: record.version, complete: up.complete };
      setCurrent(draft);
      setData(up.data ?? {});
      setSave({ kind: 'idle' });
      localStorage.setItem(lastKey(o), record.id);
    },
    [autosaver, o],
  );

  const startNew = useCallback(
    async (initial: unknown = {}, name?: string, list: DraftSummary[] = drafts) => {
      await autosaver.flush();
      const draft: CurrentDraft = { id: newDraftId(), name: name ?? defaultName(list), stored: false };
      setCurrent(draft);
      setData(initial);
      setSave({ kind: 'idle' });
      localStorage.setItem(lastKey(o), draft.id);
      return draft;
    },
    [autosaver, drafts, o],
  );

  /** First load, and again after unlocking. */
  const load = useCallback(
    async (s: DraftStore) => {
      const list = await s.list(o.form, o.jurisdiction);
      setDrafts(list);
      const wanted = localStorage.getItem(lastKey(o));
      const pick = list.find((d) => d.id === wanted) ?? list[0];
      const record = pick && (await s.get(o.form, pick.id));
      if (record) {
        try {
          await openDraft(s, record);
          return;
        } catch (e) {
          if (!(e instanceof DraftLockedError)) throw e;
        }
      }
      await startNew({}, undefined, list);
    },
    [o, openDraft, startNew],
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const s = await openDraftStore();
        if (cancelled) return;
        setStore(s);
        const vault = await s.getVault();
        setEncrypted(!!vault);
        if (vault) setLocked(true);
        else await load(s);
      } catch (e) {
        setStoreError(e instanceof Error ? e.message : String(e));
        setCurrent({ id: newDraftId(), name: '未保存的草稿', stored: false });
      }
      setPersist(await requestPersistentStorage());
    })();
    return () => {
      cancelled = true;
    };
    // The store is opened once per page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Nothing typed may be lost when the tab is closed, reloaded or put in the background.
  useEffect(() => {
    const flush = () => void autosaver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [autosaver]);

  const change = useCallback(
    (next: unknown) => {
      setData(next);
      const draft = currentRef.current;
      if (!store || !draft || locked) return;
      setSave({ kind: 'pending' });
      autosaver.schedule({ store, draft, data: next });
    },
    [store, autosaver, locked],
  );

  return {
    store,
    storeError,
    locked,
    encrypted,
    drafts,
    current,
    data,
    save,
    persist,
    change,
    flush: () => autosaver.flush(),
    refresh,
    async open(id: string) {
      if (!store) return;
      const r = await store.get(o.form, id);
      if (r) await openDraft(store, r);
    },
    /** A new empty draft, or one holding imported data (stored at once so it shows in the list). */
    async create(initial: unknown = {}, name?: string) {
      const draft = await startNew(initial, name);
      if (store && initial && Object.keys(initial as object).length) {
        await store.saveData(o.form, draft.id, initial, o.version, { name: draft.name, jurisdiction: o.jurisdiction });
        setCurrent({ ...draft, stored: true });
        setSave({ kind: 'saved', at: new Date() });
        await refresh();
      }
      return draft;
    },
    async rename(id: string, name: string) {
      if (!store) return;
      await store.rename(o.form, id, name);
      if (current?.id === id) setCurrent({ ...current, name: name.trim() || current.name });
      await refresh();
    },
    async remove(id: string) {
      if (!store) return;
      if (current?.id === id) autosaver.cancel();
      await store.remove(o.form, id);
      const list = await store.list(o.form, o.jurisdiction);
      setDrafts(list);
      if (current?.id === id) await startNew({}, undefined, list);
    },
    /** 清空草稿: delete the open draft and start an empty one. */
    async clearCurrent() {
      if (!current) return;
      autosaver.cancel();
      if (store) await store.remove(o.form, current.id);
      const list = store ? await store.list(o.form, o.jurisdiction) : [];
      setDrafts(list);
      await startNew({}, undefined, list);
    },
    async unlocked(key: CryptoKey) {
      if (!store) return;
      store.setKey(key);
      setLocked(false);
      setEncrypted(true);
      await load(store);
    },
    async encryptionChanged() {
      if (!store) return;
      setEncrypted(!!(await store.getVault()));
      await refresh();
    },
    /** After the passphrase was forgotten and the sealed drafts deleted. */
    async forgotten() {
      if (!store) return;
      setLocked(false);
      setEncrypted(false);
      await load(store);
    },
  };
}

export type Drafts = ReturnType<typeof useDrafts>;
