/**
 * A text field's side of deferred-commit.ts: the field shows what was typed
 * at once and hands it to rjsf after the pause or on blur.
 */
import { useEffect, useRef, useState } from 'react';
import { deferredCommit, type DeferredCommit } from './deferred-commit.ts';
import { installFlushTriggers } from './flush-triggers.ts';

export function useDeferredChange<T>(value: T, onChange: (value: T) => void): { value: T; onChange: (value: T) => void; flush: () => void } {
  const latest = useRef(onChange);
  latest.current = onChange;
  const [, typed] = useState(0);
  const deferred = useRef<DeferredCommit<T> | undefined>(undefined);
  deferred.current ??= deferredCommit<T>((v) => latest.current(v));
  const commit = deferred.current;
  useEffect(() => {
    installFlushTriggers();
    // A field leaves the form only after a click, key or change elsewhere, which handed its text on first (flush-triggers.ts).
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
