/**
 * A text field's side of deferred-commit.ts: the field shows what was typed
 * at once and hands it to rjsf after the pause or on blur.
 */
import { useEffect, useRef, useState } from 'react';
import { deferredCommit, flushPendingInputs, type DeferredCommit } from './deferred-commit.ts';

let enterFlushes = false;
/** Enter in a text field submits the form (检查填写): what was typed must be in the data rjsf validates. */
function flushOnEnter(): void {
  if (enterFlushes || typeof document === 'undefined') return;
  enterFlushes = true;
  document.addEventListener('keydown', (e) => e.key === 'Enter' && flushPendingInputs(), true);
}

export function useDeferredChange<T>(value: T, onChange: (value: T) => void): { value: T; onChange: (value: T) => void; flush: () => void } {
  const latest = useRef(onChange);
  latest.current = onChange;
  const [, typed] = useState(0);
  const deferred = useRef<DeferredCommit<T> | undefined>(undefined);
  deferred.current ??= deferredCommit<T>((v) => latest.current(v));
  const commit = deferred.current;
  useEffect(() => {
    flushOnEnter();
    // A field leaves the form only after a click or a key elsewhere, which blurred it (and so handed its text on).
    return () => commit.cancel();
  }, [commit]);
  const held = commit.held;
  return {
    value: held ? held.value : value,
    onChange: (v) => {
      commit.set(v);
      typed((n) => n + 1);
    },
    flush: commit.flush,
  };
}
