import type { APIRoute } from 'astro';
import { buildSearchIndex } from '../../lib/search/build-index.ts';
import { siteSearchStore } from '../../lib/search/site-search-sources.ts';

/** The search index and store, fetched by the search page on first use (see site/lib/search/). */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(buildSearchIndex(siteSearchStore())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
