/**
 * A text field's value reaches rjsf after a pause, on flush, or when the page
 * flushes every field; never twice, and never after the field was dropped.
 */
import { describe, expect, it } from 'vitest';
import { deferredCommit, flushPendingInputs, type Timers } from '../../../../site/islands/form/deferred-commit.ts';

/** Timers run by hand: `advance(ms)` fires what is due. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      const id = next++;
      due.set(id, { at: now + ms, run });
      return id;
    },
    clear: (h) => void due.delete(h as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...due].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at > now) continue;
      due.delete(id);
      t.run();
    }
  };
  return { timers, advance, waiting: () => due.size };
}

describe('deferredCommit', () => {
  it('hands on only the last value, once, after the pause since the last key', () => {
    const { timers, advance } = fakeTimers();
    const got: string[] = [];
    const d = deferredCommit<string>((v) => got.push(v), 300, timers);
    d.set('张');
    advance(200);
    d.set('张三');
    advance(299);
    expect(got).toEqual([]);
    expect(d.held).toEqual({ value: '张三' });
    advance(1);
    expect(got).toEqual(['张三']);
    expect(d.held).toBeUndefined();
    advance(1000);
    expect(got).toEqual(['张三']);
  });

  it('flush hands the value on at once and leaves no timer behind', () => {
    const { timers, advance, waiting } = fakeTimers();
    const got: (string | undefined)[] = [];
    const d = deferredCommit<string | undefined>((v) => got.push(v), 300, timers);
    d.set(undefined);
    d.flush();
    expect(got).toEqual([undefined]);
    expect(waiting()).toBe(0);
    d.flush();
    advance(300);
    expect(got).toEqual([undefined]);
  });

  it('flushPendingInputs hands on every field with a held value, and only those', () => {
    const { timers } = fakeTimers();
    const got: string[] = [];
    const a = deferredCommit<string>((v) => got.push(`a:${v}`), 300, timers);
    const b = deferredCommit<string>((v) => got.push(`b:${v}`), 300, timers);
    deferredCommit<string>((v) => got.push(`c:${v}`), 300, timers);
    a.set('1');
    b.set('2');
    b.flush();
    b.set('3');
    flushPendingInputs();
    expect(got).toEqual(['b:2', 'a:1', 'b:3']);
    flushPendingInputs();
    expect(got).toHaveLength(3);
  });

  it('cancel drops the timer and the value, and the page flush no longer reaches it', () => {
    const { timers, advance, waiting } = fakeTimers();
    const got: string[] = [];
    const d = deferredCommit<string>((v) => got.push(v), 300, timers);
    d.set('x');
    d.cancel();
    expect(waiting()).toBe(0);
    expect(d.held).toBeUndefined();
    flushPendingInputs();
    advance(500);
    expect(got).toEqual([]);
  });
});
