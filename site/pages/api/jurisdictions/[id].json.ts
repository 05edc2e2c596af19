import type { APIRoute } from 'astro';
import { builtJurisdictionIds, resolved } from '../../../lib/site-data.ts';

export function getStaticPaths() {
  return builtJurisdictionIds().map((id) => ({ params: { id } }));
}

/** The fully inherited jurisdiction, the same JSON as `npx baoxue resolve <id>`. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(resolved(params.id!), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
