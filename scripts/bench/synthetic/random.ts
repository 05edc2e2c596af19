/** A small deterministic PRNG (mulberry32): the same seed gives the same province on every machine. */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(next: Random, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

/** `count` distinct items (fewer if the list is shorter), in a random order. */
export function pickSome<T>(next: Random, items: readonly T[], count: number): T[] {
  const copy = [...items];
  const out: T[] = [];
  while (out.length < count && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
  return out;
}

export function between(next: Random, min: number, max: number): number {
  return min + Math.floor(next() * (max - min + 1));
}
