/** The search page searches the index in parts, whatever the corpus's size. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../../../site/lib/search/build-index.ts';
import { buildShards } from '../../../../site/lib/search/build-shards.ts';
import { siteStore } from '../../search/site-search.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

function serve() {
  const built = buildShards(siteStore());
  const files = new Map<string, unknown>([
    ['/api/search-index.json', JSON.parse(JSON.stringify(buildSearchIndex(siteStore())))],
    ...[...built.files].map(([path, body]) => [`/api/search-index/${path}`, body] as const),
  ]);
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    const body = files.get(url);
    return body === undefined ? new Response('', { status: 404 }) : new Response(JSON.stringify(body));
  });
  return requested;
}

describe('loadSearcher', () => {
  it('searches in parts and never fetches the whole index, each part once', async () => {
    const requested = serve();
    const { loadSearcher } = await import('../../../../site/islands/search/load-searcher.ts');
    const s = await loadSearcher();
    expect((await s.search('四不办理', { limit: 3 })).hits[0]!.entry.ref).toBe('qingzhengbanfa-2018-49#4-3');
    await s.search('四不办理', { limit: 3 });
    expect(requested).not.toContain('/api/search-index.json');
    expect(requested.filter((u) => u === '/api/search-index/manifest.json')).toHaveLength(1);
    expect(requested.some((u) => /terms-\d+\.json$/.test(u))).toBe(true);
    expect(requested.some((u) => /entries-\d+\.json$/.test(u))).toBe(true);
    expect(new Set(requested).size).toBe(requested.length);
  });

  it('fails with the HTTP status when the manifest cannot be fetched, and tries again next time', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 503 }));
    const { loadSearcher } = await import('../../../../site/islands/search/load-searcher.ts');
    await expect(loadSearcher()).rejects.toThrow('HTTP 503');
    serve();
    await expect(loadSearcher()).resolves.toBeDefined();
  });
});
