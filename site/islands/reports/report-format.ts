/**
 * How the dashboard shows the aggregation's values: rates with “—” for a
 * zero denominator, the module's Chinese labels of statuses and flag kinds,
 * links to clauses. Pure, shared by the tables, charts and the page text.
 */
import type { Rate } from '../../lib/reports/aggregate-types.ts';
import { rateText as percentText } from '../../lib/reports/band-totals.ts';

/** 0.25%; “—” when nothing is enrolled (the rate has no denominator): the module's own wording. */
export { rateText as percentText } from '../../lib/reports/band-totals.ts';
export { flagLabels, statusLabels } from '../../lib/reports/report-sheets.ts';

/** 0.25%（3/1200）: the rate with what it is made of. */
export const rateText = (r: Rate): string => (r.percent === null ? '—' : `${percentText(r)}（${r.numerator}/${r.denominator}）`);

export const comparatorText = { '>=': '≥', '<=': '≤', '=': '=' } as const;

export interface SourceInfo {
  label: string;
  url: string;
}

/**
 * A clause reference (`<document>#<clause>`) as the page links it: label and
 * URL as the build made them for the jurisdiction's clauses, else the site's
 * clause anchor with the reference itself as the label.
 */
export function sourceInfo(ref: string, known: Record<string, SourceInfo>): SourceInfo {
  const hit = known[ref];
  if (hit) return hit;
  const [doc = '', clause = ''] = ref.split('#');
  return { label: ref, url: `/policies/${encodeURIComponent(doc)}/${clause ? `#${encodeURIComponent(clause)}` : ''}` };
}

/** 2026-03 → 2026年3月 */
export const periodText = (p: string | null): string => (p && /^\d{4}-\d{2}$/.test(p) ? `${p.slice(0, 4)}年${Number(p.slice(5))}月` : '—');
