import { distance } from 'fastest-levenshtein';

/**
 * The closest candidate to a mistyped word, if it is close enough to be a
 * plausible typo (at most a third of its length, minimum 2 edits).
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const needle = input.toLowerCase();
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(Math.max(input.length, best.length) / 3));
  return bestDistance <= limit && bestDistance > 0 ? best : undefined;
}

/** “您是否想写 “x”？” or an empty string. */
export function hint(input: string, candidates: Iterable<string>): string {
  const best = didYouMean(input, candidates);
  return best ? `您是否想写 “${best}”？` : '';
}
