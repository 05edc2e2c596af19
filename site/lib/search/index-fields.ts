/** The fields of the search index and the terms each entry puts in them (shared by build and browser). */
import { tokenize } from './tokenizer.ts';
import type { SearchEntry } from './search-types.ts';

/** Field boosts: a clause's heading and curated keywords say more than its body; 发文字号 pins the document. */
export const fieldBoosts = { heading: 3, keywords: 2, text: 1, docNumber: 2 } as const;
export type IndexField = keyof typeof fieldBoosts;

/** The token lists one entry contributes to each field. */
export function entryFields(entry: SearchEntry, docNumber: string | undefined): Record<IndexField, string[]> {
  return {
    heading: tokenize(entry.heading),
    keywords: entry.keywords.flatMap(tokenize),
    text: tokenize(entry.text),
    docNumber: entry.kind === 'clause' && docNumber ? tokenize(docNumber) : [],
  };
}

/**
 * A term held by more entries than this carries no BM25 score, only where it
 * is: it still decides which entries are candidates and how much of the query
 * each covers, but not which of two entries that cover the query alike comes
 * first. Its score would only be a tie-break among hundreds of clauses that
 * say the same (every county's 辍学 rule), and shipping it for every entry is
 * what made a common word's postings the bulk of a province's first query.
 * A corpus with no such term (the shipped site, a county's own) ranks by plain
 * lunr BM25; a province of 200 counties already has a few.
 */
export const scoredDf = 2_000;
