/**
 * How well an entry answers a query, position by position.
 *
 * A typed phrase such as 学生失联 gives the bigrams 学生 生失 失联; 生失 spans
 * two words and says nothing by itself. Counting matched bigrams alike lets
 * such junk (and common words such as 学生) outweigh the distinctive term, so
 * instead every character of the query is credited with the weight (IDF) of
 * the rarest found term that covers it: 失 counts as part of 失联 when the
 * entry has 失联, and only as part of 生失 when it has nothing better.
 *
 * The same positions say whether an entry has "all the words": every
 * character is covered, except joins between words (uncoveredRunsAreJoins).
 */

export interface CoverageQuery {
  /** the query's phrases, normalised */
  phrases: string[];
  /** the distinct terms looked up, in the query's order (phrase terms first, then variants) */
  terms: string[];
  /** per term: its weight (0 when no entry has it) */
  weights: number[];
  /** per term: the text it stands for when it is a variant (3日 for 三天), else the term itself */
  stands: string[];
}

export interface Coverage {
  /** Σ over query characters of the best found weight covering it, plus variant and whole-phrase credit */
  score: number;
  /** every word of the query is in the entry */
  complete: boolean;
}

interface Slot {
  phrase: number;
  pos: number;
}

/** Precomputed for one query: which terms cover which character positions. */
export interface CoveragePlan {
  covers: Slot[][];
  positions: number[];
  coverable: boolean[][];
  weights: number[];
  /** variants that stand for no text (对象 for 哪些…): credit only */
  freeTerms: number[];
  scratch: { best: Float64Array[]; covered: boolean[][] };
}

export function planCoverage({ phrases, terms, weights, stands }: CoverageQuery): CoveragePlan {
  const covers: Slot[][] = terms.map(() => []);
  const coverable = phrases.map((p) => Array.from({ length: p.length }, () => false));
  const freeTerms: number[] = [];
  terms.forEach((_, t) => {
    const text = stands[t]!;
    if (!text) {
      freeTerms.push(t);
      return;
    }
    phrases.forEach((p, k) => {
      for (let at = p.indexOf(text); at >= 0; at = p.indexOf(text, at + 1)) {
        for (let i = at; i < at + text.length; i++) {
          covers[t]!.push({ phrase: k, pos: i });
          if (weights[t]! > 0) coverable[k]![i] = true;
        }
      }
    });
  });
  const positions = phrases.map((p) => p.length);
  const scratch = { best: positions.map((n) => new Float64Array(n)), covered: positions.map((n) => Array.from({ length: n }, () => false)) };
  return { covers, positions, coverable, weights, freeTerms, scratch };
}

/**
 * The characters of a phrase the entry does not cover are only joins: each
 * run of them is one character (去 in 学生去网吧), or words no entry has at
 * all (可以 in 哪些孩子可以送教上门), and the phrase is covered somewhere.
 */
function uncoveredRunsAreJoins(covered: boolean[], coverable: boolean[]): boolean {
  if (covered.length > 0 && !covered.some(Boolean)) return false;
  for (let i = 0; i < covered.length; ) {
    if (covered[i]) {
      i += 1;
      continue;
    }
    let end = i;
    let anyCoverable = false;
    for (; end < covered.length && !covered[end]; end++) if (coverable[end]) anyCoverable = true;
    if (end - i > 1 && anyCoverable) return false;
    i = end;
  }
  return true;
}

/**
 * `found[t]`: the entry has term t. `hasPhrase(k)`: it has phrase k as typed,
 * which earns half the phrase's weight again (words next to each other as typed).
 * `boost(t)`: how much more term t counts in this entry (where it was found).
 */
export function coverage(plan: CoveragePlan, found: boolean[], hasPhrase: (k: number) => boolean, boost: (t: number) => number = () => 1): Coverage {
  // Scratch space reused for every candidate of the query: a query ranks thousands in a large corpus.
  const { best, covered } = plan.scratch;
  for (let k = 0; k < best.length; k++) {
    best[k]!.fill(0);
    covered[k]!.fill(false);
  }
  plan.covers.forEach((slots, t) => {
    if (!found[t]) return;
    const w = plan.weights[t]! * boost(t);
    for (const { phrase, pos } of slots) {
      covered[phrase]![pos] = true;
      if (w > best[phrase]![pos]!) best[phrase]![pos] = w;
    }
  });
  let score = 0;
  let complete = true;
  best.forEach((weights, k) => {
    let phraseScore = 0;
    for (const w of weights) phraseScore += w;
    if (!uncoveredRunsAreJoins(covered[k]!, plan.coverable[k]!)) complete = false;
    score += phraseScore;
    if (weights.length > 1 && phraseScore > 0 && hasPhrase(k)) score += phraseScore / 2;
  });
  for (const t of plan.freeTerms) if (found[t]) score += plan.weights[t]! * boost(t);
  return { score, complete };
}
