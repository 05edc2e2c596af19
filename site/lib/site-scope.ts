/**
 * What a `baoxue build --only <id>...` site holds so that none of its links is
 * dead: the named jurisdictions and every ancestor (each a page of its own:
 * breadcrumbs and 继承自 links point there), and every document any of them
 * lists or cites, with the documents those implement or are replaced by.
 * Pure: site-data.ts and the build command both call it.
 */
import type { ConfigSet } from './config/load-config.ts';
import { ancestry, resolveJurisdiction } from './config/resolve.ts';
import { flattenClauses } from './policies/clauses.ts';

type Scope = Pick<ConfigSet, 'jurisdictions' | 'documents'>;

/** All jurisdiction ids when `only` is empty; otherwise those named and their ancestors, in config order. */
export function scopedJurisdictionIds(set: Scope, only: string[] | undefined): string[] {
  const all = [...set.jurisdictions.keys()];
  if (!only?.length) return all;
  const wanted = new Set(only.flatMap((id) => (set.jurisdictions.has(id) ? ancestry(set, id).ids : [])));
  return all.filter((id) => wanted.has(id));
}

/** Every `source` clause reference in a value. */
function collectSources(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) collectSources(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source' && typeof v === 'string') into.add(v.split('#')[0]!);
      else collectSources(v, into);
    }
  }
}

/** The documents of the built jurisdictions and everything they lead to; undefined when every document is built. */
export function scopedDocumentIds(set: Scope, only: string[] | undefined): Set<string> | undefined {
  if (!only?.length) return undefined;
  const ids = new Set<string>();
  for (const id of scopedJurisdictionIds(set, only)) {
    const j = resolveJurisdiction(set, id);
    for (const d of j.documents) ids.add(d);
    collectSources(j, ids);
  }
  // A policy page links to what its document implements (as a whole or clause by clause) and to what replaces it.
  const queue = [...ids];
  while (queue.length) {
    const doc = set.documents.get(queue.pop()!)?.data;
    if (!doc) continue;
    const next = [...(doc.implements ?? []), ...(doc.replacedBy ? [doc.replacedBy] : []), ...flattenClauses(doc).flatMap((c) => c.implements.map((r) => r.split('#')[0]!))];
    for (const n of next) {
      if (!ids.has(n) && set.documents.has(n)) {
        ids.add(n);
        queue.push(n);
      }
    }
  }
  for (const id of [...ids]) if (!set.documents.has(id)) ids.delete(id);
  return ids;
}
