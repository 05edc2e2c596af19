/**
 * What a benchmark returns besides its printout: named figures that
 * budgets.json can hold limits for (`npm run bench -- --check`).
 */
export type Metrics = Record<string, number>;

export interface BenchOptions {
  /** the quick subset CI runs: fewer rounds, no slow extras */
  quick?: boolean;
}
