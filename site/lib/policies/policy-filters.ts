/**
 * Filters of the policy list (/policies/) without JavaScript: each filter is a
 * <select>, each row carries data attributes, and a generated stylesheet hides
 * the rows that do not match the selected option (CSS :has()). The page
 * therefore ships no script for its filters, works offline and instantly, and
 * degrades to the full list in a browser without :has().
 */
import type { PolicyDocument } from '../../generated/types/policy-document.ts';
import { levelLabels, statusLabels } from '../format.ts';

export type FacetId = 'level' | 'issuer' | 'year' | 'status';

export interface Facet {
  id: FacetId;
  label: string;
  /** [value, label]; values are safe in CSS attribute selectors */
  options: [string, string][];
}

const levelOrder = Object.keys(levelLabels);
const statusOrder = Object.keys(statusLabels);

const yearIn = (text: string | undefined) => /((?:19|20)\d{2})年/u.exec(text ?? '')?.[1];

/**
 * The year a document belongs to: its date, else its 发文字号 (〔2018〕), else a
 * year its title or date note names (金安区2022年…方案). The schema holds no
 * year without a full date, and a full date is never invented.
 */
export const yearOf = (doc: PolicyDocument): string =>
  doc.date?.slice(0, 4) ?? /〔(\d{4})〕/.exec(doc.docNumber ?? '')?.[1] ?? yearIn(doc.title) ?? yearIn(doc.dateNote) ?? 'unknown';

/** Documents in list order: national first, then by date, newest first. */
export function sortedDocuments(docs: PolicyDocument[]): PolicyDocument[] {
  return [...docs].sort(
    (a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level) || yearOf(b).localeCompare(yearOf(a)) || a.title.localeCompare(b.title, 'zh'),
  );
}

export function policyFacets(docs: PolicyDocument[]): Facet[] {
  const issuers = [...new Set(docs.map((d) => d.issuer))];
  const years = [...new Set(docs.map(yearOf))].sort().reverse();
  return [
    { id: 'level', label: '层级', options: levelOrder.filter((l) => docs.some((d) => d.level === l)).map((l) => [l, levelLabels[l]!]) },
    { id: 'issuer', label: '发文机关', options: issuers.map((name, i) => [`i${i}`, name]) },
    { id: 'year', label: '年份', options: years.map((y) => [y, y === 'unknown' ? '未注明' : `${y}年`]) },
    { id: 'status', label: '效力状态', options: statusOrder.filter((s) => docs.some((d) => d.status === s)).map((s) => [s, statusLabels[s]!]) },
  ];
}

/** The data-* values of one row, matching the facet option values. */
export function rowValues(doc: PolicyDocument, facets: Facet[]): Record<FacetId, string> {
  const issuer = facets.find((f) => f.id === 'issuer')!.options.find(([, name]) => name === doc.issuer)?.[0] ?? '';
  return { level: doc.level, issuer, year: yearOf(doc), status: doc.status };
}

/** One rule per option: when it is selected, rows with another value are hidden. */
export function filterStylesheet(facets: Facet[]): string {
  const rules = facets.flatMap((f) =>
    f.options.map(
      ([value]) =>
        `.policy-index:has(#filter-${f.id} option[value="${value}"]:checked) .policy-row:not([data-${f.id}="${value}"]) { display: none; }`,
    ),
  );
  return `/* Generated from the policy documents: see site/lib/policies/policy-filters.ts. */\n${rules.join('\n')}\n`;
}
