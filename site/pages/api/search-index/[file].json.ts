import type { APIRoute, GetStaticPaths } from 'astro';
import { buildShards } from '../../../lib/search/build-shards.ts';
import { siteSearchStore } from '../../../lib/search/site-search-sources.ts';
import { fragmentPath, manifestPath, shardPath } from '../../../lib/search/shard-types.ts';

/**
 * The search index in parts (site/lib/search/README.md): /api/search-index/manifest.json,
 * terms-<n>.json and entries-<n>.json. The search page fetches the manifest on first use
 * of the search box and then only the parts each query needs.
 */
export const getStaticPaths = (() => {
  const { manifest, shards, fragments } = buildShards(siteSearchStore());
  const file = (path: string, body: unknown) => ({ params: { file: path.replace(/\.json$/u, '') }, props: { body: JSON.stringify(body) } });
  return [file(manifestPath, manifest), ...shards.map((s, n) => file(shardPath(n), s)), ...fragments.map((f, n) => file(fragmentPath(n), f))];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
