/**
 * site-data.ts works each jurisdiction and document out once per build (pages
 * ask for them again and again): the memoised answers must equal a fresh
 * resolution, and the clause lookup behind every SourceLink must find the
 * same clause a scan of the document would.
 */
import { describe, expect, it } from 'vitest';
import { resolveJurisdiction } from '../../../site/lib/config/resolve.ts';
import { flattenClauses } from '../../../site/lib/policies/clauses.ts';
import { allResolved, builtJurisdictionIds, configSet, documents, flatClauses, resolved, sourceLabel } from '../../../site/lib/site-data.ts';

describe('site data, worked out once per build', () => {
  it('resolves each jurisdiction once and answers the same as a fresh resolution', () => {
    const ids = builtJurisdictionIds();
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) {
      expect(resolved(id)).toBe(resolved(id));
      expect(resolved(id)).toEqual(resolveJurisdiction(configSet(), id));
    }
    expect(allResolved()).toBe(allResolved());
    expect(allResolved().map((j) => j.id)).toEqual(ids);
    expect(allResolved().every((j) => j === resolved(j.id))).toBe(true);
  });

  it('flattens each document once, with the same clauses as flattenClauses', () => {
    for (const doc of documents()) {
      expect(flatClauses(doc)).toBe(flatClauses(doc));
      expect(flatClauses(doc)).toEqual(flattenClauses(doc));
    }
  });

  it('labels every clause reference as the scan over the document did', () => {
    const scanLabel = (ref: string) => {
      const [docId = '', clauseId = ''] = ref.split('#');
      const doc = configSet().documents.get(docId)?.data;
      if (!doc) return ref;
      const clause = flattenClauses(doc).find((c) => c.id === clauseId);
      const name = doc.docNumber ?? doc.shortTitle ?? doc.title;
      if (!clause) return name;
      if (clause.id === 'preamble') return `${name} 导语`;
      return doc.numbering === 'continuous' && /^\d+$/.test(clause.number) ? `${name} 第${clause.number}条` : `${name} ${clause.number}`;
    };
    const refs = documents().flatMap((d) => [...flattenClauses(d).map((c) => `${d.id}#${c.id}`), `${d.id}#no-such-clause`]);
    refs.push('no-such-document#c1');
    expect(refs.length).toBeGreaterThan(100);
    for (const ref of refs) expect(sourceLabel(ref), ref).toBe(scanLabel(ref));
  });
});
