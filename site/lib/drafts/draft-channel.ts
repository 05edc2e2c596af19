/**
 * Tells the site's other tabs and windows in this browser what happened to a
 * draft, so that none of them overwrites a draft another one saved, or keeps
 * saving into one another deleted, and every drafts list stays current.
 * One channel for every form and jurisdiction: a wipe concerns them all.
 * Nothing leaves the browser; without BroadcastChannel this does nothing.
 */

export const DRAFTS_CHANNEL = 'baoxue-drafts';

export type DraftEvent =
  /**
   * A write (data and name), announced as it starts and again, with the stored
   * version `updatedAt`, once done. `base` is the version the writer's content
   * built on: a tab holding another version sees that its own was overwritten.
   */
  | { type: 'saved'; form: string; id: string; base: string | undefined; updatedAt?: string }
  /** only the name changed (store.rename); read it from the store */
  | { type: 'renamed'; form: string; id: string }
  | { type: 'deleted'; form: string; id: string }
  /** 删除本机全部草稿 */
  | { type: 'deleted-all' }
  /** many drafts re-encoded at once (encryption turned on or off, passphrase forgotten) */
  | { type: 'changed' };

export interface DraftChannel {
  post(event: DraftEvent): void;
  close(): void;
}

/** A channel object never receives its own messages: each page opens one and hears only the others. */
export function openDraftChannel(onEvent: (event: DraftEvent) => void): DraftChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
  const channel = new BroadcastChannel(DRAFTS_CHANNEL);
  channel.onmessage = (e: MessageEvent) => {
    const event = e.data as DraftEvent | null;
    if (event && typeof event.type === 'string') onEvent(event);
  };
  return {
    post(event) {
      // A closed channel (the page is going away) throws; the other tabs then simply hear nothing.
      try {
        channel.postMessage(event);
      } catch {
        /* nothing to tell anyone */
      }
    },
    close: () => channel.close(),
  };
}
