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

/** Every candidate, closest to `input` first (ties keep their given order). */
export function closestFirst(input: string, candidates: Iterable<string>): string[] {
  const needle = input.toLowerCase();
  return [...candidates]
    .map((c, i) => ({ c, i, d: distance(needle, c.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.c);
}

export interface Named {
  id: string;
  name: string;
}

// Administrative suffixes, in Chinese and in the pinyin ids are made of, so that
// 卢氏 finds 卢氏县 and lushixian finds lushi.
const nameSuffix = /(省|市|县|区|州|盟|旗|镇|乡|街道|自治区|自治州|自治县)$/u;
const pinyinSuffix = /(sheng|shi|xian|qu|zhou|zhen|xiang)$/;

/**
 * The entry a person probably meant by `input`: its id misspelt, its Chinese
 * name (with or without 县/市/区…), or its id with a pinyin suffix added.
 */
export function didYouMeanNamed(input: string, entries: Iterable<Named>): Named | undefined {
  const list = [...entries];
  const bare = (s: string) => s.replace(nameSuffix, '');
  if (/\p{Script=Han}/u.test(input)) {
    const wanted = bare(input.trim());
    return list.find((e) => e.name === input.trim()) ?? list.find((e) => bare(e.name) === wanted) ?? list.find((e) => wanted.length >= 2 && (e.name.includes(wanted) || wanted.includes(bare(e.name))));
  }
  // Stricter than didYouMean: ids are short, and “yushu” is a different place from “lushi”, not a typo of it.
  const close = (word: string) => {
    const best = didYouMean(word, list.map((e) => e.id));
    return best !== undefined && distance(word.toLowerCase(), best) <= Math.max(1, Math.floor(word.length / 4)) ? list.find((e) => e.id === best) : undefined;
  };
  const byId = close(input);
  if (byId) return byId;
  const stripped = input.toLowerCase().replace(pinyinSuffix, '');
  if (stripped !== input.toLowerCase()) {
    const again = list.find((e) => e.id === stripped) ?? close(stripped);
    if (again) return again;
  }
  return undefined;
}

/** “您是否想写 “lushi”（卢氏县）？” or an empty string. */
export function namedHint(input: string, entries: Iterable<Named>): string {
  const best = didYouMeanNamed(input, entries);
  return best && best.id !== input ? `您是否想写 “${best.id}”（${best.name}）？` : '';
}
