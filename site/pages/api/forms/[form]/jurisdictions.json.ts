import type { APIRoute } from 'astro';
import { formIds, type FormId } from '../../../../lib/forms/form-catalogue.ts';
import { builtJurisdictionIds, resolved } from '../../../../lib/site-data.ts';

export function getStaticPaths() {
  return formIds.map((form) => ({ params: { form } }));
}

/** This site's jurisdictions that have the form, id → name (see lib/forms/form-jurisdictions.ts). */
export const GET: APIRoute = ({ params }) => {
  const form = params.form as FormId;
  const names = Object.fromEntries(builtJurisdictionIds().flatMap((id) => (resolved(id).forms.includes(form) ? [[id, resolved(id).name]] : [])));
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
