/**
 * Build time: what the policy pages need about links between clauses, computed
 * once per build from the built documents and jurisdictions.
 */
import { allResolved, documents } from '../site-data.ts';
import { clauseLinks, type ClauseLinks } from './clause-links.ts';
import { formSchemas } from '../search/site-search-sources.ts';

let cached: ClauseLinks | undefined;

export function siteClauseLinks(): ClauseLinks {
  if (cached) return cached;
  const titles = Object.fromEntries(formSchemas().map((f) => [f.id, (f.schema as { title?: string }).title ?? f.id]));
  cached = clauseLinks(documents(), allResolved(), titles);
  return cached;
}

/** Paragraphs of a clause text (blank-line separated). */
export const paragraphs = (text: string | undefined): string[] => (text ? text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean) : []);

