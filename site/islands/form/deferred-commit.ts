/**
 * What a text field hands rjsf, held back until the typist pauses. Each
 * change rjsf receives re-derives the whole form (defaults, the resolved
 * schema, live validation once 检查填写 was pressed, the draft's autosave);
 * on a long form on a slow PC that is a tenth of a second per key. The field
 * shows every key at once; rjsf gets the text after a short pause, on blur,
 * on Enter (which may submit) and before anything reads the form's data
 * without a blur first: the page being hidden or closed (drafts) and printing.
 *
 * Exports: deferredCommit, flushPendingInputs, commitDelay.
 */

/** Milliseconds without a key before the text goes to rjsf: shorter than a pause to read, longer than between two keys. */
export const commitDelay = 300;

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: Timers = { set: (run, ms) => setTimeout(run, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

/** Every value typed and not yet handed on, on this page. */
const pending = new Set<() => void>();

/** Hands every held-back value on now (before the page is hidden, printed or submitted). */
export function flushPendingInputs(): void {
  for (const flush of [...pending]) flush();
}

export interface DeferredCommit<T> {
  /** a new value typed: shown by the field, handed on after the pause */
  set(value: T): void;
  /** hand the held-back value on now, if there is one */
  flush(): void;
  /** forget the timer (the field is gone); the value is not handed on */
  cancel(): void;
  /** whether a value is held back, and which */
  readonly held: { value: T } | undefined;
}

export function deferredCommit<T>(commit: (value: T) => void, delay = commitDelay, timers: Timers = browserTimers): DeferredCommit<T> {
  let held: { value: T } | undefined;
  let timer: unknown;
  const stop = () => {
    if (timer !== undefined) timers.clear(timer);
    timer = undefined;
    pending.delete(flush);
  };
  function flush() {
    const h = held;
    stop();
    held = undefined;
    if (h) commit(h.value);
  }
  return {
    set(value) {
      held = { value };
      if (timer !== undefined) timers.clear(timer);
      timer = timers.set(flush, delay);
      pending.add(flush);
    },
    flush,
    cancel() {
      stop();
      held = undefined;
    },
    get held() {
      return held;
    },
  };
}
