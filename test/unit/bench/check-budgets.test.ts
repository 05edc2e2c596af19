import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBudgets, selectBudgets, type Budget } from '../../../scripts/bench/check-budgets.ts';

const budgets: Budget[] = [
  { bench: 'form-check', metric: 'ratio', min: 1.5, why: '检查速度' },
  { bench: 'offline-cache', metric: 'firstVisitGzip', max: 300_000, why: '首次访问' },
];

describe('checkBudgets', () => {
  it('passes figures within their limits, the limit itself included', () => {
    const r = checkBudgets(budgets, { 'form-check': { ratio: 1.5 }, 'offline-cache': { firstVisitGzip: 299_999 } });
    expect(r.failed).toBe(0);
    expect(r.lines[0]).toMatch(/^✓ form-check ratio = 1\.50，预算 ≥ 1\.50/);
  });

  it('fails a figure below its minimum or above its maximum', () => {
    const r = checkBudgets(budgets, { 'form-check': { ratio: 1.49 }, 'offline-cache': { firstVisitGzip: 300_001 } });
    expect(r.failed).toBe(2);
    expect(r.lines[1]).toMatch(/^✗ offline-cache firstVisitGzip = 300,001，预算 ≤ 300,000/);
  });

  it('fails a figure the benchmark did not report, so a broken benchmark cannot pass', () => {
    const r = checkBudgets(budgets, { 'form-check': { ratio: Number.NaN } });
    expect(r.failed).toBe(2);
    expect(r.lines[1]).toContain('没有测出数值');
  });

  it('holds a budget needing a flag only in runs given it, and says it was skipped otherwise', () => {
    const all: Budget[] = [...budgets, { bench: 'search', metric: 'synthetic-3000.firstQueryGzip', max: 204_800, quick: false, flag: '--national', why: '全国' }, { bench: 'search', metric: 'q', max: 1, quick: true, why: '快' }];
    const plain = selectBudgets(all, ['--check']);
    expect(plain.held.map((b) => b.metric)).toEqual(['ratio', 'firstVisitGzip', 'q']);
    expect(plain.skipped.map((b) => b.metric)).toEqual(['synthetic-3000.firstQueryGzip']);
    expect(selectBudgets(all, ['--check', '--national']).held.map((b) => b.metric)).toContain('synthetic-3000.firstQueryGzip');
    expect(selectBudgets(all, ['--quick', '--check'])).toEqual({ held: [all[3]], skipped: [] });
  });

  it('the budgets file names each figure once, with one limit and a reason', () => {
    const file = JSON.parse(readFileSync(join(import.meta.dirname, '../../../scripts/bench/budgets.json'), 'utf8')) as { budgets: Budget[] };
    const keys = file.budgets.map((b) => `${b.bench} ${b.metric}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const b of file.budgets) {
      expect((b.min === undefined) !== (b.max === undefined), keys.join()).toBe(true);
      expect(b.why.length).toBeGreaterThan(0);
    }
    expect(file.budgets.some((b) => b.quick)).toBe(true);
  });
});
