/**
 * The vocabulary of how people ask (site/lib/search/query-vocabulary.json):
 * valid against its schema, and checked against the corpus, so nothing is
 * invented into the texts: every document term occurs in them, every
 * everyday word that is rewritten does not (rewriting it loses no match),
 * every word kept beside its terms does.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../../scripts/lib/create-ajv.ts';
import { haystackText } from '../../../site/lib/search/search.ts';
import { normaliseText } from '../../../site/lib/search/tokenizer.ts';
import { vocabulary } from '../../../site/lib/search/query-vocabulary.ts';
import { siteSearcher, siteStore } from './site-search.ts';

const schema = JSON.parse(readFileSync(new URL('../../../schemas/query-vocabulary.schema.json', import.meta.url), 'utf8')) as object;
let corpus: string | undefined;
const inCorpus = (word: string) => (corpus ??= siteStore().entries.map((e) => normaliseText(haystackText(e))).join('\n')).includes(normaliseText(word));

describe('query vocabulary', () => {
  it('is valid against schemas/query-vocabulary.schema.json', () => {
    const validate = createAjv().compile(schema);
    expect(validate(vocabulary), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a class without everyday words and an intent without answer words', () => {
    const validate = createAjv().compile(schema);
    expect(validate({ ...vocabulary, synonyms: [{ terms: ['旷课'] }] })).toBe(false);
    expect(validate({ ...vocabulary, intents: [{ id: 'duty', label: '谁负责', pattern: '谁负责', terms: [] }] })).toBe(false);
  });

  it('names only document terms that occur in the corpus', () => {
    const terms = [...vocabulary.synonyms.flatMap((c) => c.terms), ...vocabulary.intents.flatMap((i) => i.terms)];
    expect(terms.filter((t) => !inCorpus(t))).toEqual([]);
  });

  it('rewrites only everyday words the documents never use, and keeps those they do', () => {
    expect(vocabulary.synonyms.flatMap((c) => c.everyday ?? []).filter(inCorpus)).toEqual([]);
    expect(vocabulary.synonyms.flatMap((c) => c.alsoSaid ?? []).filter((w) => !inCorpus(w))).toEqual([]);
    expect(vocabulary.spoken.filter((s) => inCorpus(s.say)).map((s) => s.say)).toEqual([]);
  });

  it('lists each everyday word once, in one class', () => {
    const words = vocabulary.synonyms.flatMap((c) => [...(c.everyday ?? []), ...(c.alsoSaid ?? [])]);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it('has intent patterns that compile and intent ids that are unique', () => {
    for (const i of vocabulary.intents) expect(() => new RegExp(i.pattern, 'u'), i.id).not.toThrow();
    const ids = vocabulary.intents.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('synonyms at query time', () => {
  const hits = (q: string, limit = 20) => siteSearcher().search(q, { limit }).hits.map((h) => normaliseText(haystackText(h.entry)));

  it('ranks the wording as typed before its synonyms (逃学 before 旷课 alone)', () => {
    const found = hits('逃学');
    expect(found[0]).toContain('逃学');
    // The class widens the search: a clause that says only 旷课 comes back too, after.
    const synonymOnly = found.findIndex((h) => h.includes('旷课') && !h.includes('逃学'));
    expect(synonymOnly).toBeGreaterThan(0);
    expect(found.slice(0, synonymOnly).every((h) => h.includes('逃学'))).toBe(true);
  });

  it('finds the documents’ term for an everyday word they never use (逃课 → 旷课, 农民工子女 → 随迁子女)', () => {
    expect(hits('逃课', 5).every((h) => h.includes('旷课'))).toBe(true);
    expect(hits('农民工子女', 5).every((h) => h.includes('随迁子女') || h.includes('进城务工'))).toBe(true);
  });
});
