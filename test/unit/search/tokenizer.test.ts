import { describe, expect, it } from 'vitest';
import { normaliseText, normaliseWithMap, tokenize, uniqueTerms } from '../../../site/lib/search/tokenizer.ts';

describe('tokenize', () => {
  it('splits a run of Han characters into overlapping bigrams', () => {
    expect(tokenize('控辍保学')).toEqual(['控辍', '辍保', '保学']);
  });

  it('keeps a lone Han character as a token', () => {
    expect(tokenize('学')).toEqual(['学']);
    expect(tokenize('第 条')).toEqual(['第', '条']);
  });

  it('keeps a run of ASCII letters and digits whole, lower-cased', () => {
    expect(tokenize('PT4H and c11')).toEqual(['pt4h', 'and', 'c11']);
  });

  it('also joins a digit run to the Han character it touches', () => {
    expect(tokenize('在校生3日内')).toEqual(['在校', '校生', '3', '生3', '3日', '日内']);
    expect(tokenize('第11条')).toEqual(['第', '11', '第11', '11条', '条']);
  });

  it('applies NFKC: full-width digits, letters and brackets become half-width', () => {
    expect(tokenize('２０１７ＡＢＣ')).toEqual(['2017abc']);
    expect(normaliseText('（一）')).toBe('(一)');
  });

  it('maps traditional characters to simplified ones, so both scripts give the same terms', () => {
    expect(tokenize('連續兩年超過輟學控制線')).toEqual(tokenize('连续两年超过辍学控制线'));
    expect(normaliseText('國辦發〔2017〕72號')).toBe('国办发〔2017〕72号');
    expect(normaliseText('填報日期')).toBe('填报日期');
    // Compatibility ideographs go through NFKC first.
    expect(normaliseText('\uF9B1')).toBe(normaliseText('\u9234'));
  });

  it('breaks at punctuation and spaces, but not at quotation or book-title marks', () => {
    expect(tokenize('劝返，复学')).toEqual(['劝返', '复学']);
    expect(tokenize('控辍“四步法”')).toEqual(['控辍', '辍四', '四步', '步法']);
    expect(tokenize('《限期复学通知书》')).toContain('通知');
  });

  it('tokenizes a 发文字号 into its parts', () => {
    expect(tokenize('国办发〔2017〕72号')).toEqual(['国办', '办发', '2017', '72', '72号', '号']);
  });

  it('gives nothing for text without letters, digits or Han characters', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('，。、 ')).toEqual([]);
  });

  it('uniqueTerms drops repeats but keeps first-seen order', () => {
    expect(uniqueTerms('辍学 辍学 三天')).toEqual(['辍学', '三天']);
  });
});

describe('normaliseWithMap', () => {
  it('maps every normalised character back to the original', () => {
    const text = '“四不办理”原则（即不送子女入学）';
    const { norm, map, ends } = normaliseWithMap(text);
    expect(norm).toBe('四不办理原则(即不送子女入学)');
    const at = norm.indexOf('四不办理');
    expect(text.slice(map[at]!, ends[at + 3]!)).toBe('四不办理');
  });

  it('keeps the map one to one when a traditional character is simplified', () => {
    const text = '送教上門';
    const { norm, map, ends } = normaliseWithMap(text);
    expect(norm).toBe('送教上门');
    expect(text.slice(map[0]!, ends[3]!)).toBe(text);
  });
});
