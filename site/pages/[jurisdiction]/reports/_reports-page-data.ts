/**
 * Build-time props of the dashboard island: the resolved jurisdiction (its
 * targets, ladder, calendar and school registry drive the aggregation) and
 * the label and URL of every clause a flag or ledger row may cite.
 * Pages only; never imported by the browser.
 */
import type { ResolvedJurisdiction } from '../../../lib/config/resolve.ts';
import { isFormId } from '../../../lib/forms/form-catalogue.ts';
import { sourceLabel, sourceUrl } from '../../../lib/site-data.ts';
import type { ReportsAppProps } from '../../../islands/reports/ReportsApp.tsx';

/** Every `source` anywhere in the resolved jurisdiction (targets, escalation, calendar, procedures …). */
function sourcesIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => sourcesIn(v, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source' && typeof v === 'string' && v.includes('#')) out.add(v);
      else sourcesIn(v, out);
    }
  return out;
}

export function reportsPageData(j: ResolvedJurisdiction): ReportsAppProps {
  const sources = Object.fromEntries([...sourcesIn(j)].sort().map((ref) => [ref, { label: sourceLabel(ref), url: sourceUrl(ref) }]));
  return {
    jurisdiction: j,
    sources,
    // Kept by the service worker like the form pages: this page, and the forms schools fill.
    offlinePages: [`/${j.id}/reports/`, `/${j.id}/forms/`, ...j.forms.filter(isFormId).map((f) => `/${j.id}/forms/${f}/`)],
  };
}
