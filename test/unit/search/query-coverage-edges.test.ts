/** How much of a query an entry covers (query-coverage.ts), on small hand-made queries. */
import { describe, expect, it } from 'vitest';
import { coverage, planCoverage } from '../../../site/lib/search/query-coverage.ts';

/** 学生失联: 学生 common (1), 生失 a junk bigram (2), 失联 what was asked (5). */
const lost = () => planCoverage({ phrases: ['学生失联'], terms: ['学生', '生失', '失联'], weights: [1, 2, 5], stands: ['学生', '生失', '失联'] });
const never = () => false;

describe('planCoverage', () => {
  it('notes the positions each term covers, and which positions some entry can cover', () => {
    const plan = lost();
    expect(plan.covers).toEqual([
      [{ phrase: 0, pos: 0 }, { phrase: 0, pos: 1 }],
      [{ phrase: 0, pos: 1 }, { phrase: 0, pos: 2 }],
      [{ phrase: 0, pos: 2 }, { phrase: 0, pos: 3 }],
    ]);
    expect(plan.coverable).toEqual([[true, true, true, true]]);
    expect(plan.positions).toEqual([4]);
    expect(plan.freeTerms).toEqual([]);
  });

  it('finds every occurrence of a term in every phrase', () => {
    const plan = planCoverage({ phrases: ['辍学辍学', '劝返辍学'], terms: ['辍学'], weights: [2], stands: ['辍学'] });
    expect(plan.covers[0]).toEqual([
      { phrase: 0, pos: 0 },
      { phrase: 0, pos: 1 },
      { phrase: 0, pos: 2 },
      { phrase: 0, pos: 3 },
      { phrase: 1, pos: 2 },
      { phrase: 1, pos: 3 },
    ]);
  });

  it('places a variant where the text it stands for is, and keeps credit-only variants apart', () => {
    const plan = planCoverage({ phrases: ['三天'], terms: ['三天', '3日', '对象'], weights: [2, 3, 1], stands: ['三天', '三天', ''] });
    expect(plan.covers[1]).toEqual([
      { phrase: 0, pos: 0 },
      { phrase: 0, pos: 1 },
    ]);
    expect(plan.covers[2]).toEqual([]);
    expect(plan.freeTerms).toEqual([2]);
  });

  it('does not count positions only terms no entry has would cover as coverable', () => {
    const plan = planCoverage({ phrases: ['可以送教'], terms: ['可以', '以送', '送教'], weights: [0, 0, 3], stands: ['可以', '以送', '送教'] });
    expect(plan.coverable).toEqual([[false, false, true, true]]);
  });
});

describe('coverage', () => {
  it('credits each character with the best found term covering it', () => {
    // 学 生 from 学生 (1 each), 失 联 from 失联 (5 each); 生失 not found.
    expect(coverage(lost(), [true, false, true], never)).toEqual({ score: 12, complete: true });
    // 生 is covered by 学生 (1) and 生失 (2): the better counts.
    expect(coverage(lost(), [true, true, true], never)).toEqual({ score: 13, complete: true });
  });

  it('adds half the phrase again when the entry has it as typed', () => {
    expect(coverage(lost(), [true, false, true], () => true).score).toBe(18);
    // Not for a phrase of one character, nor for a phrase with nothing found.
    const one = planCoverage({ phrases: ['甲'], terms: ['甲'], weights: [1], stands: ['甲'] });
    expect(coverage(one, [true], () => true).score).toBe(1);
    expect(coverage(lost(), [false, false, false], () => true).score).toBe(0);
  });

  it('multiplies a term by its boost where it was found', () => {
    expect(coverage(lost(), [true, false, true], never, (t) => (t === 2 ? 2 : 1)).score).toBe(22);
  });

  it('is complete when the only gaps are single joins between words', () => {
    const plan = planCoverage({ phrases: ['学生去网吧'], terms: ['学生', '生去', '去网', '网吧'], weights: [1, 3, 3, 4], stands: ['学生', '生去', '去网', '网吧'] });
    expect(coverage(plan, [true, false, false, true], never)).toEqual({ score: 10, complete: true });
  });

  it('is not complete when a word of two characters or more is missing, or nothing is found', () => {
    expect(coverage(lost(), [true, false, false], never)).toEqual({ score: 2, complete: false });
    expect(coverage(lost(), [false, false, false], never)).toEqual({ score: 0, complete: false });
    // Missing at the start.
    expect(coverage(lost(), [false, false, true], never)).toEqual({ score: 10, complete: false });
  });

  it('is complete despite a gap of words that no entry has', () => {
    const plan = planCoverage({ phrases: ['可以送教'], terms: ['可以', '以送', '送教'], weights: [0, 0, 3], stands: ['可以', '以送', '送教'] });
    expect(coverage(plan, [false, false, true], never)).toEqual({ score: 6, complete: true });
  });

  it('needs every phrase covered to be complete', () => {
    const plan = planCoverage({ phrases: ['辍学', '劝返'], terms: ['辍学', '劝返'], weights: [2, 3], stands: ['辍学', '劝返'] });
    expect(coverage(plan, [true, false], never)).toEqual({ score: 4, complete: false });
    expect(coverage(plan, [true, true], never)).toEqual({ score: 10, complete: true });
  });

  it('counts a variant found as its text found, and a credit-only variant on top', () => {
    const plan = planCoverage({ phrases: ['三天'], terms: ['三天', '3日', '对象'], weights: [2, 3, 1], stands: ['三天', '三天', ''] });
    expect(coverage(plan, [false, true, true], never)).toEqual({ score: 7, complete: true });
    expect(coverage(plan, [false, true, true], never, (t) => (t === 2 ? 4 : 1)).score).toBe(10);
    // Credit alone is no cover.
    expect(coverage(plan, [false, false, true], never)).toEqual({ score: 1, complete: false });
  });

  it('starts afresh for each entry (the scratch space is reused)', () => {
    const plan = lost();
    expect(coverage(plan, [true, true, true], () => true).score).toBe(19.5);
    expect(coverage(plan, [false, false, true], never)).toEqual({ score: 10, complete: false });
  });
});
