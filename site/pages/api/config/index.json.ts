import type { APIRoute } from 'astro';
import { configSet } from '../../../lib/site-data.ts';
import { configIndex } from '../../../lib/editor/config-index.ts';

/** What the config editor can open: every jurisdiction and document of this site, by id (their files are next to this). */
export const GET: APIRoute = () => new Response(JSON.stringify(configIndex(configSet())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
