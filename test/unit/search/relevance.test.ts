/**
 * The relevance set (test/search/relevance.json): realistic queries with the
 * clauses that must come back in the top 5 (or top 3 where the issue says so).
 * The tuning part must reach 95%; the held-out part, never tuned on, is
 * reported on its own and held to the floor it reaches.
 */
import { describe, expect, it } from 'vitest';
import { recallAt5, relevanceSet } from '../../../scripts/bench/relevance-score.ts';
import { siteSearcher, siteStore } from './site-search.ts';

const set = { queries: relevanceSet() };
const tuning = set.queries.filter((q) => !q.heldOut);
const heldOut = set.queries.filter((q) => q.heldOut);
/** What the held-out part reaches (docs/BENCHMARKS.md); a change that loses ground on new questions fails here. */
const heldOutFloor = 0.63;

describe('relevance set', () => {
  it('has at least 40 queries, each naming clauses that exist', () => {
    expect(set.queries.length).toBeGreaterThanOrEqual(40);
    const refs = new Set(siteStore().entries.map((e) => e.ref));
    const unknown = set.queries.flatMap((q) => q.expected.filter((r) => !refs.has(r)));
    expect(unknown).toEqual([]);
  });

  it('has at least 40 held-out queries', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(40);
  });

  it('Recall@5 of the tuning part is at least 95%', () => {
    const score = recallAt5(siteSearcher(), tuning);
    console.log(`调整集 Recall@5 = ${(score.recall * 100).toFixed(1)}%（${score.found}/${score.total}，${score.queries} 条查询）`);
    if (score.misses.length) console.log(`调整集未进入前5：\n${score.misses.join('\n')}`);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it(`Recall@5 of the held-out part is at least ${Math.round(heldOutFloor * 100)}%`, () => {
    const score = recallAt5(siteSearcher(), heldOut);
    console.log(`留出集 Recall@5 = ${(score.recall * 100).toFixed(1)}%（${score.found}/${score.total}，${score.queries} 条查询）`);
    // Which held-out questions miss is not printed by default: whoever tunes the rules should not see them.
    if (score.misses.length && process.env.RELEVANCE_SHOW_HELD_OUT) console.log(`留出集未进入前5：\n${score.misses.join('\n')}`);
    expect(score.recall).toBeGreaterThanOrEqual(heldOutFloor);
  });

  it('puts each clause within the top N where a query asks for fewer than 5', () => {
    const misses = set.queries
      .filter((q) => q.top !== undefined)
      .flatMap((q) => {
        const top = siteSearcher()
          .search(q.query, { limit: q.top })
          .hits.map((h) => h.entry.ref);
        return q.expected.filter((ref) => !top.includes(ref)).map((ref) => `${q.query} → ${ref}（前${q.top}：${top.join(' | ')}）`);
      });
    expect(misses).toEqual([]);
  });

  const doneWhen: [string, string][] = [
    ['辍学 三天', 'qingzhengbanfa-2018-49#3-1-3'],
    ['送教上门 每周', 'jinanqu-2022-plan#5-2'],
    ['国办发〔2017〕72号 第十一条', 'guobanfa-2017-72#c11'],
    ['四不办理', 'qingzhengbanfa-2018-49#4-3'],
    ['延缓入学', 'tanghe-jiaoji-2022-33#3-2'],
  ];
  it.each(doneWhen)('%s returns %s in the top 3', (query, ref) => {
    const top3 = siteSearcher()
      .search(query, { limit: 3 })
      .hits.map((h) => h.entry.ref);
    expect(top3).toContain(ref);
  });
});
