import type { APIRoute } from 'astro';
import { configSet } from '../../../../lib/site-data.ts';

export function getStaticPaths() {
  return [...configSet().documents.keys()].map((id) => ({ params: { id } }));
}

/** The policy document's YAML file as written in config/, for the config editor's cross-file checks. */
export const GET: APIRoute = ({ params }) =>
  new Response(configSet().documents.get(params.id!)!.text, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
