import type { APIRoute } from 'astro';
import { documents } from '../../lib/site-data.ts';
import { filterStylesheet, policyFacets } from '../../lib/policies/policy-filters.ts';

/** The CSS that makes the /policies/ filters work without JavaScript. */
export const GET: APIRoute = () =>
  new Response(filterStylesheet(policyFacets(documents())), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
