/** The terms the index and a query share, at the edges: spaces next to numbers, characters outside the BMP, NFKC. */
import { describe, expect, it } from 'vitest';
import { isHan, normaliseText, normaliseWithMap, tokenize, uniqueTerms } from '../../../site/lib/search/tokenizer.ts';

describe('tokenize: numbers next to Han characters', () => {
  it('joins a number only to the Han character it touches, not across a space', () => {
    expect(tokenize('第 11条')).toEqual(['第', '11', '11条', '条']);
    expect(tokenize('第11 条')).toEqual(['第', '11', '第11', '条']);
    expect(tokenize('条11')).toEqual(['条', '11', '条11']);
  });

  it('joins only the nearest character of a longer Han run', () => {
    expect(tokenize('在校生3')).toEqual(['在校', '校生', '3', '生3']);
    expect(tokenize('3日内')).toEqual(['3', '3日', '日内']);
  });

  it('never joins a run of letters, or letters with digits, to Han characters', () => {
    expect(tokenize('第a1条')).toEqual(['第', 'a1', '条']);
    expect(tokenize('a1第')).toEqual(['a1', '第']);
    expect(tokenize('第abc')).toEqual(['第', 'abc']);
  });

  it('treats a Han character outside the BMP as one character', () => {
    expect(tokenize('中𠮷国')).toEqual(['中𠮷', '𠮷国']);
    expect(tokenize('𠮷11')).toEqual(['𠮷', '11', '𠮷11']);
    expect(tokenize('11𠮷')).toEqual(['11', '11𠮷', '𠮷']);
    expect(tokenize('𠮷')).toEqual(['𠮷']);
  });

  it('splits letters at any other sign', () => {
    expect(tokenize('ab-cd')).toEqual(['ab', 'cd']);
    expect(tokenize('ab 12')).toEqual(['ab', '12']);
  });

  it('lower-cases ASCII capitals and NFKC-normalises full-width and compatibility forms', () => {
    expect(tokenize('ABC')).toEqual(['abc']);
    expect(normaliseText('ＡＢ“輟學”Ⅻ')).toBe('ab辍学xii');
    expect(tokenize('３日')).toEqual(['3', '3日', '日']);
  });

  it('gives each distinct term once', () => {
    expect(uniqueTerms('学生 学生3')).toEqual(['学生', '3', '生3']);
  });
});

describe('isHan', () => {
  it('is true for Han characters only', () => {
    expect(isHan('学')).toBe(true);
    expect(isHan('𠮷')).toBe(true);
    expect(isHan('a')).toBe(false);
    expect(isHan('，')).toBe(false);
  });
});

describe('normaliseWithMap', () => {
  it('maps each unit of an expanded or astral character to the whole original character', () => {
    expect(normaliseWithMap('ﬁ𠮷a')).toEqual({ norm: 'fi𠮷a', map: [0, 0, 1, 1, 3], ends: [1, 1, 3, 3, 4] });
  });

  it('leaves dropped quotation marks out of the map', () => {
    expect(normaliseWithMap('“甲”')).toEqual({ norm: '甲', map: [1], ends: [2] });
    expect(normaliseWithMap('')).toEqual({ norm: '', map: [], ends: [] });
  });
});
