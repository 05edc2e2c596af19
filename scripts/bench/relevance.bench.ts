/**
 * Search relevance on test/search/relevance.json, the tuning part and the
 * held-out part (`heldOut: true`, never used to tune the query vocabulary)
 * apart: Recall@5 on the shipped corpus, whole index, as the search page
 * ranks it. Figures, not timings: the same on any machine.
 */
import { buildSearchIndex } from '../../site/lib/search/build-index.ts';
import { createSearcher } from '../../site/lib/search/search.ts';
import { scoredDf } from '../../site/lib/search/index-fields.ts';
import { shippedStore } from './search-corpora.ts';
import { recallAt5, relevanceSet } from './relevance-score.ts';
import type { Metrics } from './metrics.ts';

export async function run(): Promise<Metrics> {
  const store = shippedStore();
  const file = JSON.parse(JSON.stringify(buildSearchIndex(store))) as ReturnType<typeof buildSearchIndex>;
  const searcher = createSearcher(file);
  const set = relevanceSet();
  const parts = [
    { key: 'tuning', label: '调整集', score: recallAt5(searcher, set.filter((q) => !q.heldOut)) },
    { key: 'heldOut', label: '留出集', score: recallAt5(searcher, set.filter((q) => q.heldOut)) },
  ];
  console.log('检索相关性：Recall@5（期望条款进入前 5 条的比例），本站语料、整体索引。');
  for (const { label, score } of parts) {
    console.log(`${label}：${(score.recall * 100).toFixed(1)}%（${score.found}/${score.total} 个期望条款，${score.queries} 条查询，${score.misses.length} 个未进前 5）`);
  }
  // At 3,000 counties a term in more than scoredDf entries (0.87% of them) no longer breaks ties
  // (index-fields.ts): the same share of this corpus shows what that costs in ranking.
  const share = scoredDf / nationalEntries;
  const limit = Math.max(1, Math.round(store.entries.length * share));
  const capped = createSearcher(file, { scoredDf: limit });
  const cappedParts = parts.map((p) => ({ ...p, score: recallAt5(capped, set.filter((q) => Boolean(q.heldOut) === (p.key === 'heldOut'))) }));
  console.log(`常见词不参与并列裁决（多于 ${limit} 个条目的词，即 3,000 个县时 ${scoredDf} ÷ ${nationalEntries.toLocaleString('en')} 的比例）：` + cappedParts.map(({ label, score }) => `${label} ${(score.recall * 100).toFixed(1)}%（${score.found}/${score.total}）`).join('，'));
  return {
    ...Object.fromEntries(parts.map((p) => [`${p.key}Recall`, p.score.recall])),
    ...Object.fromEntries(cappedParts.map((p) => [`${p.key}RecallAtScale`, p.score.recall])),
  };
}

/** Entries of the shipped site plus 3,000 synthetic counties (docs/BENCHMARKS.md 记录 8). */
const nationalEntries = 230_065;
