/**
 * Debounced saving: the latest value is written at most `delay` ms after the
 * last change, and `flush()` writes a pending value at once (on pagehide or
 * when the tab is hidden), so closing the tab loses nothing.
 */
export interface Autosaver<T> {
  schedule(value: T): void;
  flush(): Promise<void>;
  /** true while a value waits to be written */
  readonly pending: boolean;
  cancel(): void;
}

export function createAutosaver<T>(save: (value: T) => Promise<void>, delay = 250, onError?: (e: unknown) => void): Autosaver<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waiting: { value: T } | undefined;
  let running: Promise<void> = Promise.resolve();

  const write = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const next = waiting;
    waiting = undefined;
    if (!next) return running;
    // Writes run one after another so an older value never overwrites a newer one.
    running = running.then(() => save(next.value)).catch((e) => onError?.(e));
    return running;
  };

  return {
    schedule(value) {
      waiting = { value };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void write(), delay);
    },
    flush: write,
    get pending() {
      return waiting !== undefined;
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      waiting = undefined;
    },
  };
}
