import type { APIRoute } from 'astro';
import { configSet } from '../../../../lib/site-data.ts';
import { templateFiles } from '../../../../lib/editor/config-index.ts';

const templates = () => new Map(templateFiles(configSet()).map((f) => [String((f.data as { id?: unknown }).id), f.text]));

export function getStaticPaths() {
  return [...templates().keys()].map((id) => ({ params: { id } }));
}

/** A template of config/templates/ as written, for the config editor to start a new jurisdiction from. */
export const GET: APIRoute = ({ params }) => new Response(templates().get(params.id!)!, { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
