/** Search and 效力状态: a repealed clause is marked and ranks below an in-force one that says the same; status=current leaves it out. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasErrors, loadConfig } from '../../../site/lib/config/load-config.ts';
import { resolveJurisdiction } from '../../../site/lib/config/resolve.ts';
import { buildSearchIndex } from '../../../site/lib/search/build-index.ts';
import { searchStore } from '../../../site/lib/search/search-entries.ts';
import { createSearcher } from '../../../site/lib/search/search.ts';
import { siteStore } from './site-search.ts';

const set = loadConfig(join(import.meta.dirname, '../../fixtures/configs/status-search'));
const store = searchStore({ documents: [...set.documents.values()].map((d) => d.data), jurisdictions: [resolveJurisdiction(set, 'national')] });
// Through JSON, as the browser receives it: the status must survive in the stored entries.
const searcher = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(store))));

describe('search and document status', () => {
  it('the fixture is valid; its duty citing the repealed plan is warned about', () => {
    expect(hasErrors(set)).toBe(false);
    expect(set.diagnostics.map((d) => d.code)).toEqual(['lapsed-source']);
  });

  it('marks a repealed document’s clause, and guidance resting on it, with the status; the document info carries the date', () => {
    const old = store.entries.find((e) => e.ref === 'a-old-plan#1')!;
    expect(old.status).toBe('repealed');
    expect(store.entries.find((e) => e.ref === 'b-new-plan#1')!.status).toBeUndefined();
    expect(store.entries.find((e) => e.kind === 'duty')!).toMatchObject({ document: 'a-old-plan', status: 'repealed' });
    expect(store.documents.find((d) => d.id === 'a-old-plan')).toMatchObject({ status: 'repealed', statusDate: '2023-05-01' });
  });

  it('ranks the repealed clause below the in-force one that says the same', () => {
    const hits = searcher.search('旷课三天 家访').hits.filter((h) => h.entry.kind === 'clause');
    expect(hits.map((h) => h.entry.ref)).toEqual(['b-new-plan#1', 'a-old-plan#1']);
    expect(hits[0]!.weight).toBe(hits[1]!.weight);
  });

  it('status=current leaves out what rests on a lapsed document', () => {
    const refs = searcher.search('旷课三天 家访', { filters: { status: 'current' } }).hits.map((h) => h.entry.ref);
    expect(refs).toEqual(['b-new-plan#1']);
  });

  it('the shipped index marks the expired plans of 唐河 and 金安区 and nothing in force', () => {
    const marked = new Set(siteStore().entries.filter((e) => e.kind === 'clause' && e.status).map((e) => `${e.document} ${e.status}`));
    expect([...marked].sort()).toEqual([
      'jinanqu-2022-plan expired',
      'school-attendance-rules reference',
      'school-dropout-measures reference',
      'tanghe-jiaoji-2022-33 expired',
      'township-plan-template reference',
    ]);
  });
});
