/**
 * Search relevance on test/search/relevance.json, the tuning part and the
 * held-out part (`heldOut: true`, never used to tune the query vocabulary)
 * apart: Recall@5 on the shipped corpus, whole index, as the search page
 * ranks it. Figures, not timings: the same on any machine.
 */
import { buildSearchIndex } from '../../site/lib/search/build-index.ts';
import { createSearcher } from '../../site/lib/search/search.ts';
import { shippedStore } from './search-corpora.ts';
import { recallAt5, relevanceSet } from './relevance-score.ts';
import type { Metrics } from './metrics.ts';

export async function run(): Promise<Metrics> {
  const searcher = createSearcher(JSON.parse(JSON.stringify(buildSearchIndex(shippedStore()))));
  const set = relevanceSet();
  const parts = [
    { key: 'tuning', label: '调整集', score: recallAt5(searcher, set.filter((q) => !q.heldOut)) },
    { key: 'heldOut', label: '留出集', score: recallAt5(searcher, set.filter((q) => q.heldOut)) },
  ];
  console.log('检索相关性：Recall@5（期望条款进入前 5 条的比例），本站语料、整体索引。');
  for (const { label, score } of parts) {
    console.log(`${label}：${(score.recall * 100).toFixed(1)}%（${score.found}/${score.total} 个期望条款，${score.queries} 条查询，${score.misses.length} 个未进前 5）`);
  }
  return Object.fromEntries(parts.map((p) => [`${p.key}Recall`, p.score.recall]));
}
