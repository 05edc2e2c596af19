/**
 * Saving on every change. A change is written at once; while a write is
 * still running, only the latest change waits and follows it, so a slow PC
 * is never flooded with writes. There is no timer: a timer is exactly what
 * loses the last keystrokes when the page goes away before it fires.
 *
 * flush() starts the waiting write synchronously, in the caller's task (the
 * pagehide handler), rather than after the running one: once the page is
 * unloading nothing queued behind a promise runs any more. Two writes may then
 * overlap; `save` must keep them in order (IndexedDB commits readwrite
 * transactions on one store in the order they were created).
 */
export interface Autosaver<T> {
  schedule(value: T): void;
  /** start the waiting write now; resolves when every write has finished */
  flush(): Promise<void>;
  /** true while a value waits to be written or is being written */
  readonly pending: boolean;
  /** forget the waiting value (the draft was deleted, or saved by another tab); true if there was one */
  cancel(): boolean;
}

export function createAutosaver<T>(save: (value: T) => Promise<unknown>, onError?: (e: unknown) => void): Autosaver<T> {
  let waiting: { value: T } | undefined;
  const running = new Set<Promise<void>>();

  const start = () => {
    const next = waiting;
    waiting = undefined;
    if (!next) return;
    const p: Promise<void> = (async () => save(next.value))()
      .then(
        () => undefined,
        (e) => onError?.(e),
      )
      .finally(() => {
        running.delete(p);
        if (!running.size) start();
      });
    running.add(p);
  };

  return {
    schedule(value) {
      waiting = { value };
      if (!running.size) start();
    },
    async flush() {
      start();
      while (running.size) await Promise.all(running);
    },
    get pending() {
      return waiting !== undefined || running.size > 0;
    },
    cancel() {
      const had = waiting !== undefined;
      waiting = undefined;
      return had;
    },
  };
}
