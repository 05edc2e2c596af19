import type { APIRoute } from 'astro';
import { clauseCatalogue } from '../../lib/site-data.ts';

/** The clause catalogue other tools read: every clause of every built document. */
export const GET: APIRoute = () =>
  new Response(JSON.stringify(clauseCatalogue(), null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
