/**
 * Index parts fetched with at most `limit` requests in flight. A query over a national corpus can need
 * hundreds of entry fragments at once; Chromium then fails some with "Failed to fetch" (too many pending
 * requests), and a slow village connection only gets them in turn anyway. A request that fails on the
 * network (not an HTTP error, which is the server's answer) is tried once more, since one lost fragment
 * would otherwise fail the whole query.
 */
export function limitedFetch<T>(get: (url: string) => Promise<T>, limit = 12): (url: string) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const slot = async (): Promise<void> => {
    if (running < limit) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next(); // the slot passes straight to the next request
    else running--;
  };
  return async (url) => {
    await slot();
    try {
      try {
        return await get(url);
      } catch (error) {
        if (!(error instanceof TypeError)) throw error; // fetch rejects with a TypeError only on the network
        return await get(url);
      }
    } finally {
      release();
    }
  };
}
