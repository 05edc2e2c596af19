import { describe, expect, it, vi } from 'vitest';
import { createAutosaver } from '../../../site/lib/drafts/autosaver.ts';
import { requestPersistentStorage } from '../../../site/lib/drafts/persist-storage.ts';

describe('createAutosaver', () => {
  it('writes only the latest value after the delay, and flushes at once', async () => {
    vi.useFakeTimers();
    const saved: number[] = [];
    const s = createAutosaver(async (v: number) => void saved.push(v), 300);
    s.schedule(1);
    s.schedule(2);
    expect(s.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(299);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual([2]);
    s.schedule(3);
    await s.flush();
    expect(saved).toEqual([2, 3]);
    expect(s.pending).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual([2, 3]);
    vi.useRealTimers();
  });

  it('keeps writes in order and reports failures', async () => {
    const saved: number[] = [];
    const errors: unknown[] = [];
    let slow = true;
    const s = createAutosaver(
      async (v: number) => {
        if (v === 0) throw new Error('disk full');
        if (slow) await new Promise((r) => setTimeout(r, 20));
        saved.push(v);
      },
      0,
      (e) => errors.push(e),
    );
    s.schedule(0);
    await s.flush();
    s.schedule(1);
    const first = s.flush();
    slow = false;
    s.schedule(2);
    await s.flush();
    await first;
    expect(saved).toEqual([1, 2]);
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
