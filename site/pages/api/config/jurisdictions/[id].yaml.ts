import type { APIRoute } from 'astro';
import { configSet } from '../../../../lib/site-data.ts';

export function getStaticPaths() {
  return [...configSet().jurisdictions.keys()].map((id) => ({ params: { id } }));
}

/** The jurisdiction's YAML file as written in config/, for the config editor to open and check against. */
export const GET: APIRoute = ({ params }) =>
  new Response(configSet().jurisdictions.get(params.id!)!.text, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
