/**
 * Holds benchmark figures against budgets.json: a budget is a lower (`min`)
 * or upper (`max`) limit on one figure of one benchmark. A figure the
 * benchmark did not report fails too, so a broken benchmark cannot pass.
 *
 * Exports: Budget, selectBudgets, checkBudgets.
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
  /** a command-line flag the figure needs (`--national`: 3,000 counties, too slow for every run); checked only when given */
  flag?: string;
  why: string;
}

/**
 * The budgets a run holds: with --quick only those marked quick; a budget
 * whose figure needs a flag (--national) only when that flag is given, else
 * it is listed as skipped (so a plain `--check` does not fail for a figure it
 * never measures, and a --national run cannot leave its figures unchecked).
 */
export function selectBudgets(all: Budget[], args: readonly string[]): { held: Budget[]; skipped: Budget[] } {
  const quick = args.includes('--quick');
  const inRun = all.filter((b) => !quick || b.quick);
  return { held: inRun.filter((b) => !b.flag || args.includes(b.flag)), skipped: inRun.filter((b) => b.flag !== undefined && !args.includes(b.flag)) };
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
