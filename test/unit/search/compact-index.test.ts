import { describe, expect, it } from 'vitest';
import lunr from 'lunr';
import { buildLunrIndex } from '../../../site/lib/search/build-index.ts';
import { loadIndex, packIndex } from '../../../site/lib/search/compact-index.ts';
import { siteStore } from './site-search.ts';

interface Serialised {
  fields: string[];
  invertedIndex: [string, Record<string, unknown> & { _index: number }][];
  fieldVectors: [string, number[]][];
}

/** The index as {term → postings} and {field/ref → {term → score}}, independent of term numbering. */
function comparable(index: lunr.Index) {
  const json = index.toJSON() as unknown as Serialised;
  const termOf = new Map(json.invertedIndex.map(([term, posting]) => [posting._index, term]));
  const postings = Object.fromEntries(
    json.invertedIndex.map(([term, posting]) => [term, Object.fromEntries(json.fields.map((f) => [f, Object.keys((posting[f] as object) ?? {}).sort()]))]),
  );
  const vectors = Object.fromEntries(
    json.fieldVectors
      .filter(([, elements]) => elements.length > 0)
      .map(([ref, elements]) => {
        const scores: Record<string, number> = {};
        for (let i = 0; i < elements.length; i += 2) scores[termOf.get(elements[i]!)!] = elements[i + 1]!;
        return [ref, scores];
      }),
  );
  return { fields: json.fields, postings, vectors };
}

describe('packIndex / loadIndex', () => {
  it('rebuilds exactly the index lunr.Builder makes (postings and BM25 field vectors)', () => {
    const store = siteStore();
    const packed = JSON.parse(JSON.stringify(packIndex(store)));
    expect(comparable(loadIndex(packed))).toEqual(comparable(buildLunrIndex(store)));
  });

  it('answers idx.query() like the Builder-made index', () => {
    const store = siteStore();
    const a = loadIndex(packIndex(store));
    const b = buildLunrIndex(store);
    const ask = (idx: lunr.Index) =>
      idx
        .query((q) => {
          q.term('辍学', { presence: lunr.Query.presence.REQUIRED, usePipeline: false });
          q.term('三天', { presence: lunr.Query.presence.REQUIRED, usePipeline: false });
        })
        .map((r) => [r.ref, r.score.toFixed(6)]);
    expect(ask(a)).toEqual(ask(b));
    expect(ask(a).length).toBeGreaterThan(0);
  });

  it('keeps its terms sorted, as lunr needs them', () => {
    const { terms } = packIndex(siteStore());
    expect([...terms].sort()).toEqual(terms);
  });
});
