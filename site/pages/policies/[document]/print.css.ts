import type { APIRoute } from 'astro';
import { documents } from '../../../lib/site-data.ts';
import { runningHeadCss } from '../../../lib/policies/running-head.ts';
import type { PolicyDocument } from '../../../generated/types/policy-document.ts';

export function getStaticPaths() {
  return documents().map((doc) => ({ params: { document: doc.id }, props: { doc } }));
}

/** The document's running head on paper (running-head.ts). */
export const GET: APIRoute = ({ props }) =>
  new Response(runningHeadCss((props as { doc: PolicyDocument }).doc), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
