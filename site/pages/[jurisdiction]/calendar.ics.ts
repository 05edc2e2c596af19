import type { APIRoute } from 'astro';
import { toICal } from '../../lib/calendar/to-ical.ts';
import { jurisdictionPaths } from '../../lib/jurisdiction-page.ts';
import { resolved, sourceLabel } from '../../lib/site-data.ts';

export const getStaticPaths = jurisdictionPaths;

/** Subscribable deadlines: monthly reports, key monitoring months, one-off dates. */
export const GET: APIRoute = ({ params }) =>
  new Response(toICal(resolved(params.jurisdiction!), { year: new Date().getFullYear(), cite: sourceLabel }), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
