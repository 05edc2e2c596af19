/**
 * Recall@5 of the relevance set (test/search/relevance.json), computed apart
 * for the tuning part and the held-out part (`heldOut: true`), which was
 * written before the synonym table and question rules were tuned and is never
 * used to tune them: its score is what a new question can expect.
 */
import { readFileSync } from 'node:fs';
import type { Searcher } from '../../site/lib/search/search.ts';

export interface RelevanceQuery {
  query: string;
  expected: string[];
  top?: number;
  heldOut?: boolean;
}

export interface RelevanceScore {
  found: number;
  total: number;
  queries: number;
  recall: number;
  misses: string[];
}

export function relevanceSet(): RelevanceQuery[] {
  const file = new URL('../../test/search/relevance.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: RelevanceQuery[] }).queries;
}

export function recallAt5(searcher: Searcher, queries: readonly RelevanceQuery[]): RelevanceScore {
  let found = 0;
  let total = 0;
  const misses: string[] = [];
  for (const q of queries) {
    const top = searcher.search(q.query, { limit: 5 }).hits.map((h) => h.entry.ref);
    for (const ref of q.expected) {
      total += 1;
      if (top.includes(ref)) found += 1;
      else misses.push(`${q.query} → ${ref}（前5：${top.join(' | ')}）`);
    }
  }
  return { found, total, queries: queries.length, recall: total === 0 ? 0 : found / total, misses };
}
