/**
 * Highlights and snippets as a searcher sees them: which words are marked,
 * how marks merge, and which part of a long clause the snippet shows.
 */
import { describe, expect, it } from 'vitest';
import { flattenText, highlightRanges, makeSnippet, snippetLength, weightedRanges } from '../../../site/lib/search/snippet.ts';

const filler = (ch: string, n: number) => ch.repeat(n);
const marked = (s: { text: string; ranges: [number, number][] }) => s.ranges.map(([a, b]) => s.text.slice(a, b));

describe('flattenText', () => {
  it('turns each line break, with the spaces around it, into one space and leaves other spaces alone', () => {
    expect(flattenText('甲 \n  乙\n\n丙  丁')).toBe('甲 乙 丙  丁');
    expect(flattenText('一行')).toBe('一行');
  });
});

describe('weightedRanges', () => {
  it('marks nothing in an empty text or for no needles, and skips an empty needle', () => {
    expect(weightedRanges('', [{ text: '送教', weight: 1 }])).toEqual([]);
    expect(weightedRanges('送教上门', [])).toEqual([]);
    expect(weightedRanges('送教上门', [{ text: '', weight: 5 }])).toEqual([]);
    expect(weightedRanges('送教上门', [{ text: '', weight: 5 }, { text: '上门', weight: 2 }])).toEqual([{ range: [2, 4], weight: 2 }]);
  });

  it('marks every occurrence, merges marks that touch, and sums each distinct word once', () => {
    expect(weightedRanges('送教上门每周送教', [{ text: '送教', weight: 2 }, { text: '每周', weight: 3 }])).toEqual([
      { range: [0, 2], weight: 2 },
      { range: [4, 8], weight: 5 },
    ]);
    // The same word twice in one mark counts once.
    expect(weightedRanges('辍学辍学', [{ text: '辍学', weight: 2 }])).toEqual([{ range: [0, 4], weight: 2 }]);
    // Overlapping occurrences of one needle.
    expect(weightedRanges('aaa', [{ text: 'aa', weight: 1 }])).toEqual([{ range: [0, 3], weight: 1 }]);
  });

  it('keeps marks one character apart separate, unless the character binds a figure', () => {
    expect(weightedRanges('控制在1.8%以内', [{ text: '1', weight: 1 }, { text: '8', weight: 1 }, { text: '以内', weight: 1 }])).toEqual([{ range: [3, 9], weight: 3 }]);
    expect(weightedRanges('1,8', [{ text: '1', weight: 1 }, { text: '8', weight: 1 }])).toEqual([
      { range: [0, 1], weight: 1 },
      { range: [2, 3], weight: 1 },
    ]);
    expect(highlightRanges('辍学、劝返', ['辍学', '劝返'])).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });

  it('orders marks by position whatever the order of the needles', () => {
    expect(highlightRanges('劝返 辍学 劝返', ['辍学', '劝返'])).toEqual([
      [0, 2],
      [3, 5],
      [6, 8],
    ]);
  });

  it('maps a mark back over a character that normalises to several', () => {
    // ﬁ (one character) normalises to fi: a match on "fi" marks the original ligature.
    expect(highlightRanges('xﬁle', ['file'])).toEqual([[1, 4]]);
  });
});

describe('makeSnippet', () => {
  it('returns a text that fits whole, with its ranges, cut on neither side', () => {
    const text = '送教上门每周不少于一次';
    expect(makeSnippet(text, [[0, 4]], text.length)).toEqual({ text, ranges: [[0, 4]], before: false, after: false });
    expect(snippetLength).toBe(110);
    const long = filler('甲', 110);
    expect(makeSnippet(long, []).text).toBe(long);
    expect(makeSnippet(`${long}乙`, []).text.length).toBeLessThan(111);
  });

  it('starts the window a little before the match when there is no punctuation near', () => {
    const text = `${filler('甲', 150)}送教上门${filler('甲', 146)}`;
    const snippet = makeSnippet(text, highlightRanges(text, ['送教上门']), 100);
    expect(snippet.text.length).toBe(100);
    expect(snippet.ranges).toEqual([[12, 16]]);
    expect(snippet).toMatchObject({ before: true, after: true });
  });

  it('keeps a window at the end of the text full length', () => {
    const text = `${filler('甲', 290)}送教上门${filler('甲', 6)}`;
    const snippet = makeSnippet(text, highlightRanges(text, ['送教上门']), 100);
    expect(snippet.text.length).toBe(100);
    expect(snippet.ranges).toEqual([[90, 94]]);
    expect(snippet).toMatchObject({ before: true, after: false });
  });

  it('starts at the beginning when the match is near it', () => {
    const text = `甲甲送教上门${filler('乙', 200)}`;
    const snippet = makeSnippet(text, highlightRanges(text, ['送教上门']), 50);
    expect(snippet.text.startsWith('甲甲送教上门')).toBe(true);
    expect(snippet).toMatchObject({ before: false, after: true, ranges: [[2, 6]] });
  });

  it('shows the heaviest match, and of equal ones the first', () => {
    const text = `${filler('甲', 20)}劝返${filler('甲', 200)}辍学${filler('甲', 200)}`;
    const ranges = highlightRanges(text, ['劝返', '辍学']);
    expect(marked(makeSnippet(text, ranges, 60, [1, 5]))).toEqual(['辍学']);
    expect(marked(makeSnippet(text, ranges, 60, [5, 1]))).toEqual(['劝返']);
    expect(marked(makeSnippet(text, ranges, 60, [2, 2]))).toEqual(['劝返']);
    expect(marked(makeSnippet(text, ranges, 60))).toEqual(['劝返']);
  });

  it('of the windows holding the best match, takes the one whose other matches weigh most', () => {
    // 辍学 (best) with 劝返 40 characters before it and 复学 30 after: a window of 60 holds one of them.
    const text = `${filler('甲', 100)}劝返${filler('甲', 40)}辍学${filler('甲', 30)}复学${filler('甲', 200)}`;
    const ranges = highlightRanges(text, ['劝返', '辍学', '复学']);
    const weightOf = (w: Record<string, number>) => ranges.map(([a, b]) => w[text.slice(a, b)]!);
    const right = marked(makeSnippet(text, ranges, 60, weightOf({ 劝返: 1, 辍学: 5, 复学: 2 })));
    expect(right).toEqual(['辍学', '复学']);
    const left = marked(makeSnippet(text, ranges, 60, weightOf({ 劝返: 2, 辍学: 5, 复学: 1 })));
    expect(left).toEqual(['劝返', '辍学']);
  });

  it('counts a word repeated inside one window once when choosing the window', () => {
    // Left: 劝返 three times (one word); right: 复学 and 入学 (two words). The two words win.
    const text = `${filler('甲', 100)}劝返甲劝返甲劝返${filler('甲', 25)}辍学${filler('甲', 25)}复学甲入学${filler('甲', 200)}`;
    const ranges = highlightRanges(text, ['劝返', '辍学', '复学', '入学']);
    const weights = ranges.map(([a, b]) => (text.slice(a, b) === '辍学' ? 5 : 1));
    const shown = marked(makeSnippet(text, ranges, 45, weights));
    expect(shown).toEqual(expect.arrayContaining(['辍学', '复学', '入学']));
    expect(shown).not.toContain('劝返');
  });

  it('starts after the end of a sentence just before the window, rather than after a comma', () => {
    const text = `${filler('甲', 100)}。乙乙乙乙乙，丙丙丙丙丙丙丙丙丙丙送教上门${filler('丁', 200)}`;
    const snippet = makeSnippet(text, highlightRanges(text, ['送教上门']), 60);
    expect(snippet.text.startsWith('乙乙乙乙乙，')).toBe(true);
    expect(snippet.before).toBe(true);
    expect(marked(snippet)).toEqual(['送教上门']);
  });

  it('starts after a comma when no sentence ends near', () => {
    const text = `${filler('甲', 100)}，丙丙丙丙丙丙丙丙丙丙送教上门${filler('丁', 200)}`;
    const snippet = makeSnippet(text, highlightRanges(text, ['送教上门']), 60);
    expect(snippet.text.startsWith('丙丙丙')).toBe(true);
  });

  it('ignores punctuation more than 30 characters before the window', () => {
    const text = `${filler('甲', 60)}。${filler('乙', 60)}送教上门${filler('丁', 200)}`;
    const snippet = makeSnippet(text, highlightRanges(text, ['送教上门']), 60);
    // 12 characters lead, no punctuation within reach.
    expect(snippet.text.startsWith(`${filler('乙', 12)}送教上门`)).toBe(true);
  });

  it('ends after the last sentence end that still shows the match, else at a comma', () => {
    const text = `送教上门${filler('甲', 30)}。${filler('乙', 10)}，${filler('丙', 100)}`;
    expect(makeSnippet(text, highlightRanges(text, ['送教上门']), 50).text).toBe(`送教上门${filler('甲', 30)}。`);
    const commas = `送教上门${filler('甲', 30)}，${filler('乙', 10)}，${filler('丙', 100)}`;
    expect(makeSnippet(commas, highlightRanges(commas, ['送教上门']), 50).text).toBe(`送教上门${filler('甲', 30)}，${filler('乙', 10)}，`);
  });

  it('does not end before the best match to reach punctuation', () => {
    // The only sentence end lies before the end of the match: the window ends at its length.
    const text = `甲。送教上门${filler('乙', 100)}`;
    const snippet = makeSnippet(text, highlightRanges(text, ['送教上门']), 20);
    expect(snippet.text).toBe(text.slice(0, 20));
    expect(marked(snippet)).toEqual(['送教上门']);
  });

  it('never cuts a figure at the end', () => {
    const text = `送教上门${filler('甲', 40)}12345${filler('乙', 100)}`;
    // A window of 47 would end inside 12345: it ends before it.
    expect(makeSnippet(text, highlightRanges(text, ['送教上门']), 47).text).toBe(`送教上门${filler('甲', 40)}`);
  });

  it('clips a match that runs past the window to the part shown', () => {
    const text = `${filler('甲', 10)}${filler('乙', 40)}${filler('甲', 100)}`;
    const snippet = makeSnippet(text, [[0, 2], [10, 50]], 30, [5, 1]);
    expect(snippet.text).toBe(text.slice(0, 30));
    expect(snippet.ranges).toEqual([
      [0, 2],
      [10, 30],
    ]);
  });

  it('without matches shows the start of the text', () => {
    const text = `${filler('甲', 20)}。${filler('乙', 200)}`;
    const snippet = makeSnippet(text, [], 50);
    expect(snippet).toMatchObject({ before: false, after: true, ranges: [] });
    expect(snippet.text).toBe(`${filler('甲', 20)}。`);
  });
});
