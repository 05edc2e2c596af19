/**
 * The traditional → simplified table (site/lib/search/traditional-chars.ts) is
 * curated from the corpus with opencc-js: rebuild it here and compare, so a new
 * document with new characters tells the maintainer what to paste.
 */
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { simplifiedChars, simplifiedPairs } from '../../../site/lib/search/traditional-chars.ts';
import { formSchemas } from '../../../site/lib/search/site-search-sources.ts';
import { siteStore } from './site-search.ts';

const corpusChars = () => new Set([...JSON.stringify(siteStore()) + JSON.stringify(formSchemas())].filter((c) => /\p{Script=Han}/u.test(c)));

describe('traditional-chars table', () => {
  it('agrees with opencc-js and covers every traditional form of every character in the corpus', () => {
    const chars = corpusChars();
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    const expected: [string, string][] = [];
    // CJK Unified Ideographs and Extension A: every traditional character OpenCC knows that simplifies to a corpus character.
    for (let code = 0x3400; code <= 0x9fff; code++) {
      const t = String.fromCodePoint(code);
      if (chars.has(t)) continue;
      const s = toSimplified(t);
      if (s !== t && chars.has(s)) expected.push([t, s]);
    }
    expected.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : 1));
    const rebuilt = expected.map(([t, s]) => t + s).join('');
    expect(simplifiedPairs, `重新生成的对照表：\n${rebuilt}`).toBe(rebuilt);
  });

  it('never maps a character the simplified texts use', () => {
    const chars = corpusChars();
    expect([...simplifiedChars.keys()].filter((t) => chars.has(t))).toEqual([]);
  });
});
