/**
 * search.ts's ranking rules on corpora of a few entries, each written out in its
 * test: when the optional query runs and which words may bring candidates in by
 * themselves, variants in the optional query, and a form question's answers
 * (every word, at least half the best form's cover). Fast enough for mutation testing.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../site/lib/search/build-index.ts';
import { createSearcher, queryTerms } from '../../../site/lib/search/search.ts';
import type { SearchStore } from '../../../site/lib/search/search-types.ts';
import { entry, plain } from './small-store.ts';

const searcher = (s: SearchStore) => createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(s))));
const refs = (r: { hits: { entry: { ref: string } }[] }) => r.hits.map((h) => h.entry.ref);

describe('the optional query', () => {
  it('runs only when the required one finds fewer than a page', () => {
    const s = searcher(plain([entry({ ref: 'both', text: '劝返 台账' }), entry({ ref: 'one', text: '台账' })]));
    expect(s.search('劝返 台账', { limit: 1 }).total).toBe(1);
    expect(refs(s.search('劝返 台账', { limit: 2 }))).toEqual(['both', 'one']);
  });

  it('lets a word in at most a fifth of the entries bring candidates in by itself, and not a commoner one', () => {
    const s = searcher(
      plain([
        entry({ ref: 'a', text: '劝返' }),
        entry({ ref: 'b', text: '劝返' }),
        entry({ ref: 'c', text: '劝返' }),
        entry({ ref: 'd', text: '劝返' }),
        entry({ ref: 'ledger', text: '台账' }),
      ]),
    );
    // 台账 is in exactly a fifth: it is telling, 劝返 (four fifths) is not.
    expect(refs(s.search('劝返 台账'))).toEqual(['ledger']);
  });
});

describe('variants', () => {
  it('asks the optional query for a variant’s words, ranked below the words as typed', () => {
    const { extra, query } = queryTerms('逃学 学校', { documents: [], jurisdictions: [] });
    expect(extra.length).toBeGreaterThan(0);
    const variant = extra.find((v) => !v.includes('学校'))!;
    expect(query.variantWeight[variant]).toBeLessThan(1);
    const s = searcher(plain([entry({ ref: 'typed', text: '逃学' }), entry({ ref: 'variant', text: variant }), entry({ ref: 'none', text: '别的' })]));
    const r = s.search('逃学 学校');
    expect(refs(r)).toEqual(['typed', 'variant']);
    expect(r.hits[1]!.weight).toBeGreaterThan(0);
    expect(r.hits[1]!.weight).toBeLessThan(r.hits[0]!.weight);
    expect(r.hits[1]!.phraseHits).toBe(1);
  });
});

describe('a form question', () => {
  it('puts the form with every word before a clause that covers the words better', () => {
    const s = searcher(
      plain([
        entry({ ref: 'c', heading: '辍学登记', text: '辍学登记' }),
        entry({ ref: 'form:f', kind: 'form', text: '辍学登记' }),
        entry({ ref: 'procedure:p', kind: 'procedure', heading: '辍学登记', text: '辍学登记' }),
      ]),
    );
    const asked = s.search('辍学登记要填什么表');
    expect(asked.query.asksForm).toBe(true);
    expect(refs(asked)[0]).toBe('form:f');
    const plainly = s.search('辍学登记');
    expect(plainly.query.asksForm).toBe(false);
    expect(refs(plainly)).toEqual(['c', 'procedure:p', 'form:f']);
    expect(refs(asked).slice(1)).toEqual(['c', 'procedure:p']);
  });

  it('counts as answers only the forms with at least half the best form’s cover', () => {
    const s = searcher(
      plain([
        entry({ ref: 'form:best', kind: 'form', heading: '辍学学生登记', keywords: ['辍学学生登记'], text: '辍学学生登记' }),
        entry({ ref: 'c', text: '辍学学生登记' }),
        entry({ ref: 'form:weak', kind: 'form', text: '辍学，学生，登记' }),
      ]),
    );
    const r = s.search('辍学学生登记要填什么表');
    const weight = (ref: string) => r.hits.find((h) => h.entry.ref === ref)!.weight;
    expect(r.hits.every((h) => h.complete)).toBe(true);
    expect(weight('form:weak')).toBeLessThan(weight('form:best') / 2);
    expect(weight('c')).toBeGreaterThan(weight('form:weak'));
    expect(refs(r)).toEqual(['form:best', 'c', 'form:weak']);
  });

  it('weighs every form, also one lunr did not return because it lacks a junk bigram of the question', () => {
    // 学生辍学 holds the bigram 生辍, which the form lacks; the clause fills the page (limit 1), so no optional query runs.
    const s = searcher(plain([entry({ ref: 'c', text: '学生辍学' }), entry({ ref: 'form:f', kind: 'form', heading: '学生 辍学' })]));
    const r = s.search('学生辍学要填什么表', { limit: 1 });
    expect(r.query.asksForm).toBe(true);
    expect(r.total).toBe(2);
    expect(refs(r)).toEqual(['form:f']);
  });

  it('weighs the forms only for a form question or a named 附件', () => {
    // The clause with both words fills the page (limit 1): a form with one of them comes in only through the optional query.
    const s = searcher(plain([entry({ ref: 'c', text: '劝返 台账' }), entry({ ref: 'form:f', kind: 'form', heading: '台账' })]));
    expect(s.search('劝返 台账', { limit: 1 }).total).toBe(1);
  });
});
