import { describe, expect, it } from 'vitest';
import { limitedFetch } from '../../../site/lib/search/limited-fetch.ts';

/** A fake fetch whose requests stay open until the test answers them. */
function pending() {
  const open = new Map<string, { resolve: (v: string) => void; reject: (e: unknown) => void }>();
  let peak = 0;
  const calls: string[] = [];
  const get = (url: string) =>
    new Promise<string>((resolve, reject) => {
      calls.push(url);
      open.set(url, { resolve, reject });
      peak = Math.max(peak, open.size);
    }).finally(() => open.delete(url));
  return { get, open, calls, peak: () => peak };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('limitedFetch', () => {
  it('keeps at most `limit` requests in flight and starts the next as one ends, in order', async () => {
    const f = pending();
    const get = limitedFetch(f.get, 3);
    const results = ['a', 'b', 'c', 'd', 'e'].map((u) => get(u));
    await settle();
    expect(f.calls).toEqual(['a', 'b', 'c']);
    f.open.get('b')!.resolve('B');
    await settle();
    expect(f.calls).toEqual(['a', 'b', 'c', 'd']);
    for (const u of ['a', 'c', 'd']) f.open.get(u)!.resolve(u.toUpperCase());
    await settle();
    f.open.get('e')!.resolve('E');
    expect(await Promise.all(results)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(f.peak()).toBe(3);
  });

  it('frees the slot of a failed request', async () => {
    const f = pending();
    const get = limitedFetch(f.get, 1);
    const first = get('a');
    const second = get('b');
    await settle();
    f.open.get('a')!.reject(new Error('HTTP 404'));
    await expect(first).rejects.toThrow('HTTP 404');
    await settle();
    f.open.get('b')!.resolve('B');
    await expect(second).resolves.toBe('B');
  });

  it('tries a request once more after a network failure, but not after an HTTP error', async () => {
    let n = 0;
    const flaky = limitedFetch(async (url: string) => {
      n++;
      if (n === 1) throw new TypeError('Failed to fetch');
      return url;
    });
    await expect(flaky('x')).resolves.toBe('x');
    expect(n).toBe(2);

    let m = 0;
    const down = limitedFetch(async () => {
      m++;
      throw new TypeError('Failed to fetch');
    });
    await expect(down('x')).rejects.toThrow('Failed to fetch');
    expect(m).toBe(2);

    let h = 0;
    const missing = limitedFetch(async () => {
      h++;
      throw new Error('HTTP 404');
    });
    await expect(missing('x')).rejects.toThrow('HTTP 404');
    expect(h).toBe(1);
  });

  it('allows 12 requests at once by default', async () => {
    const f = pending();
    const get = limitedFetch(f.get);
    const all = Array.from({ length: 20 }, (_, i) => get(String(i)));
    await settle();
    expect(f.calls).toHaveLength(12);
    while (f.open.size) {
      for (const [, r] of [...f.open]) r.resolve('');
      await settle();
    }
    await Promise.all(all);
    expect(f.calls).toHaveLength(20);
    expect(f.peak()).toBe(12);
  });
});
