/**
 * The form page's draft state: which draft is open, its data, autosave to
 * IndexedDB on every change (one put, no read; flushed synchronously on
 * pagehide / hidden tab), and the drafts list. A new draft is written on its
 * first change, so opening the page never leaves empty drafts behind.
 *
 * Encryption: sealed drafts are listed by name and date; only opening one
 * needs the passphrase. The key lives in this page's memory only, so moving
 * to another form page asks again (one prompt, when an encrypted draft is
 * opened). Keeping it for the browser session would mean storing it: in
 * sessionStorage only as extractable raw bytes, which Chromium's session
 * restore writes to disk; as a CryptoKey in IndexedDB it would open the
 * drafts for whoever sits at the shared PC next. Leaving the page is the lock.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createAutosaver } from '../../lib/drafts/autosaver.ts';
import { summarize, type DraftMeta, type DraftRecord, type DraftSummary } from '../../lib/drafts/draft.ts';
import { metaForSaving, newDraftMeta, openDraftStore, type DraftStore } from '../../lib/drafts/draft-store.ts';
import { requestPersistentStorage, type PersistState } from '../../lib/drafts/persist-storage.ts';
import { upgradeData, type Migrations } from '../../lib/drafts/upgrade-draft.ts';

export interface CurrentDraft {
  id: string;
  name: string;
  /** the stored record without its data, so that saving needs no read */
  meta: DraftMeta;
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

const cannotOpen = (name: string, e: unknown) =>
  `草稿“${name}”无法打开（${e instanceof Error ? e.message : String(e)}）。它仍保存在草稿列表中，没有删除，可以稍后在列表中再试；现在的填写会存为一份新草稿。`;

export function useDrafts(o: DraftsOptions) {
  const [store, setStore] = useState<DraftStore>();
  const [storeError, setStoreError] = useState<string>();
  /** a passphrase vault exists in this browser */
  const [encrypted, setEncrypted] = useState(false);
  /** this page holds the key */
  const [unlocked, setUnlocked] = useState(false);
  /** the draft open last time, left closed because it is sealed and this page has no key */
  const [lockedLast, setLockedLast] = useState<DraftSummary>();
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [current, setCurrent] = useState<CurrentDraft>();
  const [data, setData] = useState<unknown>({});
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [persist, setPersist] = useState<PersistState>();
  const currentRef = useRef<CurrentDraft | undefined>(undefined);
  currentRef.current = current;
  const dataRef = useRef<unknown>({});

  const remember = (id: string) => localStorage.setItem(lastKey(o), id);
  const show = (draft: CurrentDraft, value: unknown) => {
    currentRef.current = draft;
    dataRef.current = value;
    setCurrent(draft);
    setData(value);
    setSave({ kind: 'idle' });
  };
  const listed = (record: DraftRecord) => setDrafts((list) => [summarize(record), ...list.filter((d) => d.id !== record.id)]);

  const refresh = useCallback(async (s: DraftStore | undefined = store) => {
    if (s) setDrafts(await s.list(o.form, o.jurisdiction));
  }, [store, o.form, o.jurisdiction]);

  const autosaver = useMemo(
    () =>
      createAutosaver<{ store: DraftStore; meta: DraftMeta; data: unknown }>(
        async ({ store: s, meta, data: value }) => {
          const record = await s.put(meta, value);
          const c = currentRef.current;
          if (c?.id === meta.id && !c.stored) {
            setCurrent((currentRef.current = { ...c, stored: true }));
            remember(meta.id);
          }
          setSave({ kind: 'saved', at: new Date() });
          listed(record);
        },
        (e) => setSave({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
      ),
    // One saver per page: its writes must stay in one queue.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  /** Open a stored draft: unseal, upgrade from an older schema version if needed. */
  const openDraft = useCallback(
    async (s: DraftStore, record: DraftRecord) => {
      await autosaver.flush();
      const raw = await s.readData(record);
      const migrations = record.version !== o.version ? await o.loadMigrations?.() : undefined;
      const up = upgradeData(raw ?? {}, record.version, o.version, migrations);
      const draft: CurrentDraft = { id: record.id, name: record.name, stored: true, meta: metaForSaving(record, o.version) };
      if (up.changed) draft.upgradedFrom = { version: record.version, complete: up.complete };
      show(draft, up.data ?? {});
      remember(record.id);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [autosaver, o],
  );

  const startNew = useCallback(
    async (initial: unknown = {}, name?: string, list: DraftSummary[] = drafts) => {
      await autosaver.flush();
      const meta = newDraftMeta({ form: o.form, jurisdiction: o.jurisdiction, version: o.version, name: name ?? defaultName(list) });
      const draft: CurrentDraft = { id: meta.id, name: meta.name, stored: false, meta };
      show(draft, initial);
      return draft;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [autosaver, drafts, o],
  );

  /** First load, and again after locking or forgetting the passphrase. */
  const load = useCallback(
    async (s: DraftStore) => {
      const list = await s.list(o.form, o.jurisdiction);
      setDrafts(list);
      const wanted = localStorage.getItem(lastKey(o));
      const pick = list.find((d) => d.id === wanted) ?? list.find((d) => !d.encrypted || s.unlocked);
      const closed = pick?.encrypted && !s.unlocked;
      setLockedLast(closed ? pick : undefined);
      if (pick && !closed) {
        try {
          const record = await s.get(o.form, pick.id);
          if (record) return await openDraft(s, record);
        } catch (e) {
          // The draft stays stored and listed; storage itself works, so keep saving into a new one.
          setOpenProblem(cannotOpen(pick.name, e));
        }
      }
      await startNew({}, undefined, list);
    },
    [o, openDraft, startNew],
  );

  /**
   * The first draft is open (or storage failed). Until then nothing may create or
   * replace a draft: an import finished before this would be displaced by the
   * draft the first load opens, and not even stored yet.
   */
  const [loaded, setLoaded] = useState(false);
  /** a stored draft that could not be read (it stays in the list, nothing is deleted) */
  const [openProblem, setOpenProblem] = useState<string>();

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const s = await openDraftStore();
        if (cancelled) return;
        setStore(s);
        setEncrypted(!!(await s.getVault()));
        await load(s);
      } catch (e) {
        setStoreError(e instanceof Error ? e.message : String(e));
        const meta = newDraftMeta({ form: o.form, jurisdiction: o.jurisdiction, version: o.version, name: '未保存的草稿' });
        setCurrent({ id: meta.id, name: meta.name, stored: false, meta });
      }
      if (cancelled) return;
      setLoaded(true);
      setPersist(await requestPersistentStorage());
    })();
    return () => {
      cancelled = true;
    };
    // The store is opened once per page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Nothing typed may be lost when the tab is closed, reloaded or put in the background:
  // flush() starts the last write inside this handler, before the page can go away.
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
      dataRef.current = next;
      setData(next);
      const draft = currentRef.current;
      if (!store || !draft) return;
      setSave({ kind: 'pending' });
      autosaver.schedule({ store, meta: draft.meta, data: next });
    },
    [store, autosaver],
  );

  /** Drop what waits to be saved for a draft about to be deleted, and let running writes finish first. */
  const settle = async () => {
    autosaver.cancel();
    await autosaver.flush();
  };

  const open = async (id: string) => {
    if (!store) return;
    setOpenProblem(undefined);
    try {
      const r = await store.get(o.form, id);
      if (r) await openDraft(store, r);
    } catch (e) {
      setOpenProblem(cannotOpen(drafts.find((d) => d.id === id)?.name ?? id, e));
    }
  };

  return {
    loaded,
    openProblem,
    store,
    storeError,
    encrypted,
    unlocked,
    lockedLast,
    drafts,
    current,
    data,
    save,
    persist,
    change,
    flush: () => autosaver.flush(),
    refresh,
    open,
    /** A new empty draft, or one holding imported data (stored at once so it shows in the list). */
    async create(initial: unknown = {}, name?: string) {
      const draft = await startNew(initial, name);
      if (store && initial && Object.keys(initial as object).length) {
        listed(await store.put(draft.meta, initial));
        setCurrent((currentRef.current = { ...draft, stored: true }));
        setSave({ kind: 'saved', at: new Date() });
        remember(draft.id);
      }
      return draft;
    },
    async rename(id: string, name: string) {
      if (!store) return;
      const c = currentRef.current;
      if (c?.id === id && c.stored) {
        // Saved like any change (one put): a rename read back from the database could be overtaken by a save in flight.
        const meta = { ...c.meta, name: name.trim() || c.name };
        setCurrent((currentRef.current = { ...c, name: meta.name, meta }));
        autosaver.schedule({ store, meta, data: dataRef.current });
        await autosaver.flush();
        return;
      }
      await store.rename(o.form, id, name);
      await refresh();
    },
    async remove(id: string) {
      if (!store) return;
      const isCurrent = currentRef.current?.id === id;
      if (isCurrent) await settle();
      await store.remove(o.form, id);
      const list = await store.list(o.form, o.jurisdiction);
      setDrafts(list);
      if (isCurrent) await startNew({}, undefined, list);
    },
    /** 清空草稿: delete the open draft and start an empty one. */
    async clearCurrent() {
      const c = currentRef.current;
      if (!c) return;
      await settle();
      if (store) await store.remove(o.form, c.id);
      const list = store ? await store.list(o.form, o.jurisdiction) : [];
      setDrafts(list);
      await startNew({}, undefined, list);
    },
    /** The passphrase was right: keep the key for this page, and open the draft asked for. */
    async unlock(key: CryptoKey, openId?: string) {
      if (!store) return;
      store.setKey(key);
      setUnlocked(true);
      setLockedLast(undefined);
      if (openId) await open(openId);
      await refresh();
    },
    /** 立即锁定: forget the key; a sealed draft that is open is closed. */
    async lock() {
      if (!store) return;
      await autosaver.flush();
      store.setKey(undefined);
      setUnlocked(false);
      await load(store);
    },
    async encryptionChanged() {
      if (!store) return;
      setEncrypted(!!(await store.getVault()));
      setUnlocked(store.unlocked);
      await refresh();
    },
    /** After the passphrase was forgotten and the sealed drafts deleted. */
    async forgotten() {
      if (!store) return;
      setEncrypted(false);
      setUnlocked(false);
      await load(store);
    },
  };
}

export type Drafts = ReturnType<typeof useDrafts>;
