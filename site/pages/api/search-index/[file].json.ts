import type { APIRoute, GetStaticPaths } from 'astro';
import { buildShards } from '../../../lib/search/build-shards.ts';
import { siteSearchStore } from '../../../lib/search/site-search-sources.ts';

/**
 * The search index in parts (site/lib/search/README.md): /api/search-index/manifest.json,
 * the term directory and shards, entry fragments and the small keyed files normalisation needs. The search page fetches the manifest on first use
 * of the search box and then only the parts each query needs.
 */
export const getStaticPaths = (() => {
  const { files } = buildShards(siteSearchStore());
  return [...files].map(([path, body]) => ({ params: { file: path.replace(/\.json$/u, '') }, props: { body: JSON.stringify(body) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { body: string }).body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
