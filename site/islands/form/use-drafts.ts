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
 *
 * Other tabs: the same draft may be open in several tabs or windows. Every
 * write, rename and delete is announced on the drafts channel; a page whose
 * open draft was written or deleted by another one stops saving into it (it
 * would overwrite the other's work) and says so. The next change it is given,
 * or at once when its own latest change is not stored, goes into a new draft,
 * so both versions are kept. "Last open draft" is remembered per tab as well
 * (sessionStorage), so each tab reopens its own draft on reload.
 *
 * Storage failures (storage-problem.ts): when IndexedDB cannot be opened, or a
 * write fails (full, or refused), the data stays in this page's memory and the
 * page says so once. Autosave then pauses — one failed write per keystroke
 * would only repeat the same alert — until the user asks to retry; leaving the
 * page with changes that were never stored asks the browser's "leave?"
 * question. A stored record that is damaged stays listed as such (never
 * deleted on its own) while the other drafts open as usual.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { createAutosaver } from '../../lib/drafts/autosaver.ts';
import { flushPendingInputs } from './deferred-commit.ts';
import { openDraftChannel, type DraftChannel, type DraftEvent } from '../../lib/drafts/draft-channel.ts';
import { summarize, type DraftMeta, type DraftRecord, type DraftSummary } from '../../lib/drafts/draft.ts';
import { metaForSaving, newDraftMeta, openDraftStore, type DraftStore } from '../../lib/drafts/draft-store.ts';
import { requestPersistentStorage, type PersistState } from '../../lib/drafts/persist-storage.ts';
import { upgradeData, type Migrations } from '../../lib/drafts/upgrade-draft.ts';
import { DamagedDraftError, damageOf } from '../../lib/drafts/draft-shape.ts';
import { storageProblemOf, type StorageProblem } from '../../lib/drafts/storage-problem.ts';

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

/** What another tab did to this page's drafts, as the page tells the user. */
export type OtherTabNotice =
  /** the open draft was saved or deleted elsewhere; the next change goes into a new draft (copyName) */
  | { kind: 'saved' | 'deleted' }
  /** this page's content was kept as the new draft `name` */
  | { kind: 'copied'; name: string; deleted: boolean }
  /** 删除本机全部草稿 in another tab */
  | { kind: 'wiped' };

export interface DraftsOptions {
  form: string;
  jurisdiction: string;
  version: number;
  /** the form's data migrations, loaded only when a draft of another version is opened */
  loadMigrations?: () => Promise<Migrations | undefined>;
}

const lastKey = (o: DraftsOptions) => `baoxue:last-draft:${o.jurisdiction}:${o.form}`;
const noChannel: DraftChannel = { post() {}, close() {} };
/** The new draft that keeps a page's content when another tab changed (or deleted) the one it had open. */
export const copyName = (name: string, deleted: boolean) => `${name}${deleted ? '（另一窗口删除后保留）' : '（另一窗口的副本）'}`;

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
  /** storage could not be opened, or a write failed: autosave is paused and the data lives in this page only */
  const [storageProblem, setStorageProblem] = useState<StorageProblem>();
  const paused = useRef(false);
  /** this page holds changes that are not stored (only tracked while storage fails) */
  const unsaved = useRef(false);
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
  /** changes with every draft shown: the form is drawn afresh, but not when its content moves to a copy under the user's fingers */
  const [view, setView] = useState(0);
  const [otherTab, setOtherTab] = useState<OtherTabNotice>();
  /** the open draft was saved or deleted by another tab: this page no longer writes to it */
  const detached = useRef<'saved' | 'deleted'>(undefined);
  /** the version (updatedAt) of the open draft this page last read or wrote */
  const known = useRef<{ id: string; at: string }>(undefined);
  const channel = useRef(noChannel);

  const remember = (id: string) => {
    localStorage.setItem(lastKey(o), id);
    sessionStorage.setItem(lastKey(o), id);
  };
  const show = (draft: CurrentDraft, value: unknown) => {
    currentRef.current = draft;
    dataRef.current = value;
    detached.current = undefined;
    setCurrent(draft);
    setData(value);
    setSave({ kind: 'idle' });
    setView((v) => v + 1);
    setOtherTab(undefined);
  };
  const listed = (record: DraftRecord) => setDrafts((list) => [summarize(record), ...list.filter((d) => d.id !== record.id)]);

  const refresh = useCallback(async (s: DraftStore | undefined = store) => {
    if (s) setDrafts(await s.list(o.form, o.jurisdiction));
  }, [store, o.form, o.jurisdiction]);

  /**
   * One put, started in the caller's task (see DraftStore.put), announced to the
   * other tabs before it starts — they must stop writing this draft even if this
   * page is closing — and again once stored, with the version, for their lists.
   */
  const write = (s: DraftStore, meta: DraftMeta, value: unknown) => {
    const base = known.current?.id === meta.id ? known.current.at : undefined;
    channel.current.post({ type: 'saved', form: meta.form, id: meta.id, base });
    return s.put(meta, value).then((record) => {
      if (currentRef.current?.id === meta.id) known.current = { id: meta.id, at: record.updatedAt };
      channel.current.post({ type: 'saved', form: meta.form, id: meta.id, base, updatedAt: record.updatedAt });
      listed(record);
      return record;
    });
  };

  /** A write failed: stop here, the next keystroke would fail the same way. The data stays in memory. */
  const saveFailed = (e: unknown) => {
    paused.current = true;
    unsaved.current = true;
    autosaver.cancel();
    const problem = storageProblemOf(e, 'save');
    setStorageProblem(problem);
    setSave({ kind: 'error', message: problem.detail });
  };

  const autosaver = useMemo(
    () =>
      createAutosaver<{ store: DraftStore; meta: DraftMeta; data: unknown }>(
        async ({ store: s, meta, data: value }) => {
          await write(s, meta, value);
          const c = currentRef.current;
          if (c?.id === meta.id && !c.stored) {
            setCurrent((currentRef.current = { ...c, stored: true }));
            remember(meta.id);
          }
          if (!paused.current) {
            unsaved.current = false;
            setStorageProblem(undefined);
          }
          setSave({ kind: 'saved', at: new Date() });
        },
        (e) => saveFailed(e),
      ),
    // One saver per page: its writes must stay in one queue.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  /** Open a stored draft: unseal, upgrade from an older schema version if needed. */
  const openDraft = useCallback(
    async (s: DraftStore, record: DraftRecord) => {
      await autosaver.flush();
      const damage = damageOf(record);
      if (damage) throw new DamagedDraftError(damage);
      const raw = await s.readData(record);
      const migrations = record.version !== o.version ? await o.loadMigrations?.() : undefined;
      const up = upgradeData(raw ?? {}, record.version, o.version, migrations);
      const draft: CurrentDraft = { id: record.id, name: record.name, stored: true, meta: metaForSaving(record, o.version) };
      if (up.changed) draft.upgradedFrom = { version: record.version, complete: up.complete };
      show(draft, up.data ?? {});
      known.current = { id: record.id, at: record.updatedAt };
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
      const wanted = sessionStorage.getItem(lastKey(o)) ?? localStorage.getItem(lastKey(o));
      const usable = list.filter((d) => !d.damaged);
      const pick = usable.find((d) => d.id === wanted) ?? usable.find((d) => !d.encrypted || s.unlocked);
      const closed = pick?.encrypted && !s.unlocked;
      setLockedLast(closed ? pick : undefined);
      if (pick && !closed) {
        try {
          const record = await s.get(o.form, pick.id);
          if (record) return await openDraft(s, record);
        } catch (e) {
          // The draft stays stored and listed; storage itself works, so keep saving into a new one.
          setOpenProblem(cannotOpen(pick.name, e));
          markDamaged(pick.id, e);
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
        setStorageProblem(storageProblemOf(e, 'open'));
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

  // Changes that could not be stored are gone once the page is: let the browser ask first.
  useEffect(() => {
    const ask = (e: BeforeUnloadEvent) => {
      if (!unsaved.current) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, []);

  // Nothing typed may be lost when the tab is closed, reloaded or put in the background:
  // flush() starts the last write inside this handler, before the page can go away.
  useEffect(() => {
    const flush = () => {
      // Text typed in the last moment reaches the draft through rjsf's render: rendered now, synchronously,
      // so that its write is the one flush() starts inside this handler.
      flushSync(flushPendingInputs);
      void autosaver.flush();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    // A reload or a link fires beforeunload before it even asks for the next page: a write started
    // there has that round trip to commit. A write started only in pagehide, as the document is being
    // torn down, was seen lost now and then on a loaded machine although it had been committed.
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [autosaver]);

  const change = useCallback(
    (next: unknown) => {
      dataRef.current = next;
      setData(next);
      const draft = currentRef.current;
      if (!store || paused.current) {
        // Kept in memory only; the notice already says so.
        unsaved.current = true;
        return;
      }
      if (!draft) return;
      if (detached.current) return keepAsCopy();
      setSave({ kind: 'pending' });
      autosaver.schedule({ store, meta: draft.meta, data: next });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [store, autosaver],
  );

  /** This page's content, no longer saved into the draft another tab changed or deleted, becomes a new draft (without redrawing the form). */
  const keepAsCopy = () => {
    const c = currentRef.current;
    if (!store || !c || !detached.current) return;
    const deleted = detached.current === 'deleted';
    const meta = newDraftMeta({ form: o.form, jurisdiction: o.jurisdiction, version: o.version, name: copyName(c.name, deleted) });
    detached.current = undefined;
    setCurrent((currentRef.current = { id: meta.id, name: meta.name, stored: false, meta }));
    setOtherTab({ kind: 'copied', name: meta.name, deleted });
    setSave({ kind: 'pending' });
    autosaver.schedule({ store, meta, data: dataRef.current });
  };

  /** What another tab announced. */
  const onOtherTab = async (e: DraftEvent) => {
    const s = store;
    if (!s) return;
    if (e.type === 'deleted-all') {
      await settle();
      await reset(s);
      setOtherTab({ kind: 'wiped' });
      return;
    }
    const c = currentRef.current;
    if (e.type === 'changed') {
      // The passphrase may be gone (encryption off, forgotten): a key kept here would seal drafts nobody can open.
      if (!(await s.getVault())) s.setKey(undefined);
      const r = c?.stored ? await s.get(o.form, c.id) : undefined;
      if (c?.stored && !r) detach('deleted');
      // Sealed by the passphrase this page does not hold: writing on would store it readable again.
      else if (r?.sealed && !s.unlocked) detach('saved');
      return syncEncryption(s);
    }
    if (e.form !== o.form) return;
    if (c?.stored && c.id === e.id) {
      if (e.type === 'renamed') await adoptName(s, c);
      else if (e.type === 'deleted') detach('deleted');
      // Not the version this page already has (e.g. just loaded it): another tab wrote over it.
      else if (!detached.current && (e.updatedAt === undefined || e.updatedAt !== known.current?.at)) {
        // This page's latest change is not stored (still waiting, or that write did not build on it): keep it now.
        const lost = autosaver.cancel() || e.base !== (known.current?.id === e.id ? known.current.at : undefined);
        detach('saved');
        if (lost) keepAsCopy();
      }
    }
    // A write is announced twice; lists need its stored version (updatedAt).
    if (e.type !== 'saved' || e.updatedAt) await refresh(s);
  };
  /** The open draft was renamed in the store (not by a write of this page): its next save must keep the name. */
  const adoptName = async (s: DraftStore, c: CurrentDraft) => {
    const r = await s.get(o.form, c.id);
    if (r && currentRef.current === c) setCurrent((currentRef.current = { ...c, name: r.name, meta: { ...c.meta, name: r.name } }));
  };
  /** Stop writing the open draft: another tab saved it (or deleted it, which also ends a loadable 'saved'). */
  const detach = (kind: 'saved' | 'deleted') => {
    const c = currentRef.current;
    autosaver.cancel();
    if (!c || detached.current === 'deleted' || detached.current === kind) return;
    detached.current = kind;
    setOtherTab({ kind });
  };
  const latest = useRef(onOtherTab);
  latest.current = onOtherTab;
  useEffect(() => {
    if (!store) return;
    const ch = openDraftChannel((e) => void latest.current(e));
    channel.current = ch;
    return () => {
      channel.current = noChannel;
      ch.close();
    };
  }, [store]);

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
      markDamaged(id, e);
    }
  };

  /** A draft found damaged only on opening (it cannot be decrypted): listed as such, so it can be exported raw or discarded. */
  const markDamaged = (id: string, e: unknown) => {
    if (!(e instanceof DamagedDraftError)) return;
    const reason = e.message.replace(/^草稿已损坏：/, '');
    setDrafts((list) => list.map((d) => (d.id === id ? { ...d, damaged: reason } : d)));
  };

  const syncEncryption = async (s: DraftStore) => {
    setEncrypted(!!(await s.getVault()));
    setUnlocked(s.unlocked);
    await refresh(s);
  };

  /** The drafts were deleted (all, here or in another tab, or the sealed ones): no key, and the page starts over. */
  const reset = async (s: DraftStore) => {
    s.setKey(undefined);
    setEncrypted(!!(await s.getVault()));
    setUnlocked(false);
    setLockedLast(undefined);
    setOpenProblem(undefined);
    await load(s);
  };

  const remove = async (id: string) => {
    const isCurrent = currentRef.current?.id === id;
    if (isCurrent) await settle();
    const list = store ? (await store.remove(o.form, id), await store.list(o.form, o.jurisdiction)) : [];
    channel.current.post({ type: 'deleted', form: o.form, id });
    setDrafts(list);
    if (isCurrent) await startNew({}, undefined, list);
  };

  return {
    loaded,
    openProblem,
    store,
    storageProblem,
    /** 重试保存: resume autosave with what the page holds now (after the user freed space) */
    retrySave() {
      const c = currentRef.current;
      if (!store || !c) return;
      paused.current = false;
      setSave({ kind: 'pending' });
      autosaver.schedule({ store, meta: c.meta, data: dataRef.current });
    },
    /** 导出原始数据 of a damaged draft: the record exactly as stored */
    raw: (id: string) => store?.get(o.form, id) as Promise<unknown>,
    encrypted,
    unlocked,
    lockedLast,
    drafts,
    current,
    data,
    save,
    persist,
    /** the form's key: a new value draws the form afresh */
    view,
    otherTab,
    change,
    flush: () => autosaver.flush(),
    refresh,
    open,
    /** A new empty draft, or one holding imported data (stored at once so it shows in the list). */
    async create(initial: unknown = {}, name?: string) {
      const draft = await startNew(initial, name);
      if (!initial || !Object.keys(initial as object).length) return draft;
      if (!store || paused.current) {
        unsaved.current = true;
        return draft;
      }
      try {
        await write(store, draft.meta, initial);
      } catch (e) {
        // The imported data is on screen: keep it there, and say why it is not stored.
        saveFailed(e);
        return draft;
      }
      setCurrent((currentRef.current = { ...draft, stored: true }));
      setSave({ kind: 'saved', at: new Date() });
      remember(draft.id);
      return draft;
    },
    async rename(id: string, name: string) {
      if (!store) return;
      const c = currentRef.current;
      if (c?.id === id && c.stored && !detached.current) {
        // Saved like any change (one put): a rename read back from the database could be overtaken by a save in flight.
        const meta = { ...c.meta, name: name.trim() || c.name };
        setCurrent((currentRef.current = { ...c, name: meta.name, meta }));
        autosaver.schedule({ store, meta, data: dataRef.current });
        await autosaver.flush();
        return;
      }
      await store.rename(o.form, id, name);
      channel.current.post({ type: 'renamed', form: o.form, id });
      // The open draft, no longer written by this page (another tab changed it), keeps its new name here too.
      if (c?.id === id) await adoptName(store, c);
      await refresh();
    },
    remove,
    /** 清空草稿: delete the open draft and start an empty one. */
    async clearCurrent() {
      const c = currentRef.current;
      if (c) await remove(c.id);
    },
    /** 删除本机全部草稿: every draft of every form and jurisdiction, sealed ones and the passphrase check too. */
    async removeAll() {
      if (!store) return;
      await settle();
      await store.removeAll();
      channel.current.post({ type: 'deleted-all' });
      await reset(store);
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
      channel.current.post({ type: 'changed' });
      await syncEncryption(store);
    },
    /** After the passphrase was forgotten and the sealed drafts deleted. */
    async forgotten() {
      if (!store) return;
      channel.current.post({ type: 'changed' });
      await reset(store);
    },
  };
}

export type Drafts = ReturnType<typeof useDrafts>;
