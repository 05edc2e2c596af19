/**
 * Holds benchmark figures against budgets.json: a budget is a lower (`min`)
 * or upper (`max`) limit on one figure of one benchmark. A figure the
 * benchmark did not report fails too, so a broken benchmark cannot pass.
 *
 * Exports: Budget, checkBudgets.
 */
import type { Metrics } from './metrics.ts';

export interface Budget {
  bench: string;
  metric: string;
  min?: number;
  max?: number;
  /** the target when stricter than what is enforced today (printed, not enforced) */
  goal?: number;
  quick?: boolean;
  why: string;
}

const show = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(2));

export function checkBudgets(budgets: Budget[], results: Record<string, Metrics>): { lines: string[]; failed: number } {
  let failed = 0;
  const lines = budgets.map((b) => {
    const value = results[b.bench]?.[b.metric];
    const limit = b.min !== undefined ? `≥ ${show(b.min)}` : `≤ ${show(b.max!)}`;
    const goal = b.goal !== undefined ? `（目标 ${show(b.goal)}）` : '';
    if (value === undefined || !Number.isFinite(value)) {
      failed++;
      return `✗ ${b.bench} ${b.metric}：没有测出数值（预算 ${limit}）— ${b.why}`;
    }
    const ok = (b.min === undefined || value >= b.min) && (b.max === undefined || value <= b.max);
    if (!ok) failed++;
    return `${ok ? '✓' : '✗'} ${b.bench} ${b.metric} = ${show(value)}，预算 ${limit}${goal} — ${b.why}`;
  });
  return { lines, failed };
}
