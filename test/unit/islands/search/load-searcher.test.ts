/** The search page picks the whole index for a small corpus and the parts for a large one. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex } from '../../../../site/lib/search/build-index.ts';
import { buildShards } from '../../../../site/lib/search/build-shards.ts';
import { fragmentPath, shardPath } from '../../../../site/lib/search/shard-types.ts';
import { siteStore } from '../../search/site-search.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

function serve(count?: number) {
  const built = buildShards(siteStore());
  const manifest = count === undefined ? built.manifest : { ...built.manifest, count };
  const files = new Map<string, unknown>([
    ['/api/search-index/manifest.json', manifest],
    ['/api/search-index.json', JSON.parse(JSON.stringify(buildSearchIndex(siteStore())))],
  ]);
  built.shards.forEach((s, n) => files.set(`/api/search-index/${shardPath(n)}`, s));
  built.fragments.forEach((f, n) => files.set(`/api/search-index/${fragmentPath(n)}`, f));
  const requested: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url);
    const body = files.get(url);
    return body === undefined ? new Response('', { status: 404 }) : new Response(JSON.stringify(body));
  });
  return requested;
}

describe('loadSearcher', () => {
  it('searches the shipped corpus from the whole index, fetched once after the manifest', async () => {
    const requested = serve();
    const { loadSearcher } = await import('../../../../site/islands/search/load-searcher.ts');
    const s = await loadSearcher();
    expect((await s.search('四不办理', { limit: 3 })).hits[0]!.entry.ref).toBe('qingzhengbanfa-2018-49#4-3');
    expect(requested).toEqual(['/api/search-index/manifest.json', '/api/search-index.json']);
  });

  it('searches a large corpus in parts and never fetches the whole index', async () => {
    const requested = serve(50_000);
    const { loadSearcher } = await import('../../../../site/islands/search/load-searcher.ts');
    const s = await loadSearcher();
    expect((await s.search('四不办理', { limit: 3 })).hits[0]!.entry.ref).toBe('qingzhengbanfa-2018-49#4-3');
    expect(requested).not.toContain('/api/search-index.json');
    expect(requested.filter((u) => u === '/api/search-index/manifest.json')).toHaveLength(1);
    expect(requested.some((u) => /terms-\d+\.json$/.test(u))).toBe(true);
    expect(requested.some((u) => /entries-\d+\.json$/.test(u))).toBe(true);
  });

  it('fails with the HTTP status when the manifest cannot be fetched, and tries again next time', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 503 }));
    const { loadSearcher } = await import('../../../../site/islands/search/load-searcher.ts');
    await expect(loadSearcher()).rejects.toThrow('HTTP 503');
    serve();
    await expect(loadSearcher()).resolves.toBeDefined();
  });
});
