// @ts-check
/**
 * Mutation testing (`npm run mutation`, outside CI: a full run takes hours on a small machine).
 * Narrow it to one module: `npm run mutation -- --mutate 'site/lib/drafts/**\/*.ts'`; give each module its
 * own incremental file (`--incrementalFile reports/mutation/drafts.incremental.json`) so a rerun after a
 * test change only retries the mutants that changed or survived.
 * Only a module's own tests, for a quicker lower bound of the score:
 * `BAOXUE_MUTATION_TESTS='test/unit/xlsx/**\/*.test.ts' npm run mutation -- --mutate 'site/lib/xlsx/**\/*.ts'`.
 * Scores are recorded in docs/BENCHMARKS.md (变异测试).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  // vitest.config.ts, or only the tests named by BAOXUE_MUTATION_TESTS (see vitest.mutation.config.ts).
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // The modules whose tests are meant to catch any plausible slip.
  mutate: [
    'site/lib/forms/rules/**/*.ts',
    'site/lib/config/**/*.ts',
    'site/lib/forms/xlsx/**/*.ts',
    'site/lib/xlsx/**/*.ts',
    'site/lib/drafts/**/*.ts',
    'site/lib/search/**/*.ts',
    'site/lib/reports/**/*.ts',
  ],
  // Anchored to the project root: a bare 'reports' (gitignore rules) would also leave site/lib/reports
  // and test/unit/reports out of the sandbox.
  ignorePatterns: ['/dist', '/test/e2e', '/.astro', '/reports', '/test-results', '/playwright-report', '/bench-results'],
  coverageAnalysis: 'perTest',
  // Results are kept between runs: only mutants whose code or covering tests changed are run again.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // The machine is shared: one mutant at a time unless asked for more (--concurrency N).
  concurrency: 1,
  timeoutMS: 60_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
