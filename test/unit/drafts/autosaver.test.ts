import { describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../../site/lib/drafts/autosaver.ts';
import { requestPersistentStorage } from '../../../site/lib/drafts/persist-storage.ts';

describe('createAutosaver', () => {
  it('writes a change at once, with no timer, and only the latest of those made meanwhile', async () => {
    const started: number[] = [];
    const done: Array<() => void> = [];
    const s = createAutosaver((v: number) => {
      started.push(v);
      return new Promise<void>((ok) => done.push(ok));
    });
    s.schedule(1);
    // Started in the same task: no debounce that an unloading page would never reach.
    expect(started).toEqual([1]);
    s.schedule(2);
    s.schedule(3);
    expect(started).toEqual([1]);
    expect(s.pending).toBe(true);
    done.shift()!();
    await vi.waitFor(() => expect(started).toEqual([1, 3]));
    done.shift()!();
    await s.flush();
    expect(started).toEqual([1, 3]);
    expect(s.pending).toBe(false);
  });

  it('flush() starts the waiting write synchronously, even while another one runs (pagehide)', async () => {
    const started: number[] = [];
    const s = createAutosaver(async (v: number) => {
      started.push(v);
      await new Promise((ok) => setTimeout(ok, 20));
    });
    s.schedule(1);
    s.schedule(2);
    const flushed = s.flush();
    expect(started).toEqual([1, 2]);
    await flushed;
    expect(s.pending).toBe(false);
  });

  it('reports failures and goes on saving; cancel() drops the waiting value', async () => {
    const saved: number[] = [];
    const errors: unknown[] = [];
    const s = createAutosaver(
      async (v: number) => {
        if (v === 0) throw new Error('disk full');
        saved.push(v);
      },
      (e) => errors.push(e),
    );
    s.schedule(0);
    s.schedule(1);
    s.schedule(2);
    expect(s.cancel()).toBe(true);
    expect(s.cancel()).toBe(false);
    await s.flush();
    s.schedule(3);
    await s.flush();
    expect(saved).toEqual([3]);
    expect(errors).toHaveLength(1);
  });
});

describe('requestPersistentStorage', () => {
  it('reports what the browser grants', async () => {
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => true } as unknown as StorageManager)).toBe('granted');
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false } as unknown as StorageManager)).toBe('denied');
  });
});
