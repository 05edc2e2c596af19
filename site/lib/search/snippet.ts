/**
 * Highlights and snippets, computed by substring match against the text as
 * written (DESIGN.md: hits are confirmed and highlighted by substring match,
 * not from index positions).
 */
import { safeCut } from '../policies/opening-words.ts';
import { normaliseWithMap } from './tokenizer.ts';

/** [start, end) offsets into the original (un-normalised) string. */
export type Range = [number, number];

export interface Snippet {
  text: string;
  ranges: Range[];
  /** text was cut at the start / end */
  before: boolean;
  after: boolean;
}

/** What to mark, and how much finding it says about the hit (rarer terms weigh more). */
export interface Needle {
  text: string;
  weight: number;
}

/** A highlight and the summed weight of the distinct needles inside it. */
export interface WeightedRange {
  range: Range;
  weight: number;
}

export const snippetLength = 110;

/** Signs inside a figure (1%, 0.6): marks on both sides of one merge. */
const binding = /[%％.．]/u;

/** Paragraph breaks become spaces in a one-line snippet. */
export const flattenText = (text: string) => text.replace(/\s*\n\s*/g, ' ');

/** Where the needles occur in `text`, merged where they overlap or touch, with their weights. */
export function weightedRanges(text: string, needles: Needle[]): WeightedRange[] {
  if (!text || needles.length === 0) return [];
  const { norm, map, ends } = normaliseWithMap(text);
  const found: { range: Range; needle: string; weight: number }[] = [];
  for (const { text: needle, weight } of needles) {
    if (!needle) continue;
    for (let at = norm.indexOf(needle); at >= 0; at = norm.indexOf(needle, at + 1)) {
      found.push({ range: [map[at]!, ends[at + needle.length - 1]!], needle, weight });
    }
  }
  found.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const out: (WeightedRange & { needles: Set<string> })[] = [];
  // 1 and 以内 in 1%以内 are one mark: the sign between them binds, it does not separate.
  const joined = (end: number, start: number) => start <= end || (start === end + 1 && binding.test(text[end]!));
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && joined(last.range[1], f.range[0])) {
      last.range[1] = Math.max(last.range[1], f.range[1]);
      if (!last.needles.has(f.needle)) {
        last.needles.add(f.needle);
        last.weight += f.weight;
      }
    } else {
      out.push({ range: [f.range[0], f.range[1]], weight: f.weight, needles: new Set([f.needle]) });
    }
  }
  return out.map(({ range, weight }) => ({ range, weight }));
}

/** Where the needles occur in `text`, as merged ranges of the original string. */
export function highlightRanges(text: string, needles: string[]): Range[] {
  return weightedRanges(
    text,
    needles.map((n) => ({ text: n, weight: 1 })),
  ).map((w) => w.range);
}

/** Where a sentence or clause ends: a snippet may start after one and end at one. */
const sentenceEnd = /[。；;！？!?]/u;
const clauseEnd = /[，,、：:）)]/u;

/** The nearest cut at or after `from` and before `limit` that follows punctuation, best kind first. */
function boundaryAfter(flat: string, from: number, limit: number): number | undefined {
  for (const kind of [sentenceEnd, clauseEnd]) {
    for (let i = from; i < limit; i++) if (kind.test(flat[i]!)) return i + 1;
  }
  return undefined;
}

/** The furthest cut at or before `to` and after `floor` that follows punctuation, best kind first. */
function boundaryBefore(flat: string, to: number, floor: number): number | undefined {
  for (const kind of [sentenceEnd, clauseEnd]) {
    for (let i = to - 1; i >= floor; i--) if (kind.test(flat[i]!)) return i + 1;
  }
  return undefined;
}

/**
 * A window of (one-line) text that always shows the best match (the heaviest
 * range) and as much of the other matched terms as fits, starting and ending
 * at punctuation where that is close, and never cutting inside a number.
 * Without weights every range counts alike.
 */
export function makeSnippet(flat: string, ranges: Range[], length = snippetLength, weights?: number[]): Snippet {
  if (flat.length <= length) return { text: flat, ranges, before: false, after: false };
  const weightOf = (i: number) => weights?.[i] ?? 1;
  let best = -1;
  ranges.forEach((_, i) => {
    if (best < 0 || weightOf(i) > weightOf(best)) best = i;
  });
  let from = 0;
  if (best >= 0) {
    const [bestStart, bestEnd] = ranges[best]!;
    // Each window that starts a little before a range and still holds the best one; the heaviest wins.
    const lead = 12;
    let bestScore = -1;
    for (const [start] of ranges) {
      const s = Math.max(0, Math.min(start - lead, flat.length - length));
      if (s > bestStart || s + length < bestEnd) continue;
      const seen = new Set<string>();
      let score = 0;
      ranges.forEach(([a, b], i) => {
        const key = flat.slice(a, b);
        if (a >= s && b <= s + length && !seen.has(key)) {
          seen.add(key);
          score += weightOf(i);
        }
      });
      if (score > bestScore) {
        bestScore = score;
        from = s;
      }
    }
    if (bestScore < 0) from = Math.max(0, Math.min(bestStart - lead, flat.length - length));
    // Start after the end of the sentence (or clause) before the window, if that keeps the best match in view.
    if (from > 0) {
      const cut = boundaryAfter(flat, Math.max(0, from - 30), bestStart);
      if (cut !== undefined && cut <= bestStart && cut + length >= bestEnd) from = cut;
      else from = safeCut(flat, from, 1, bestStart);
    }
  }
  let to = Math.min(flat.length, from + length);
  if (to < flat.length) {
    const keep = best >= 0 ? ranges[best]![1] : from + 1;
    const cut = boundaryBefore(flat, to, Math.max(keep, to - 30));
    to = cut ?? safeCut(flat, to, -1, keep);
  }
  const inside = ranges.filter(([s, e]) => e > from && s < to).map(([s, e]): Range => [Math.max(s, from) - from, Math.min(e, to) - from]);
  return { text: flat.slice(from, to), ranges: inside, before: from > 0, after: to < flat.length };
}
