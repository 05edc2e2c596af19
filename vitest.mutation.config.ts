/**
 * The vitest config Stryker runs (stryker.config.mjs). Same as vitest.config.ts, except that
 * BAOXUE_MUTATION_TESTS (comma-separated globs) narrows the tests to a module's own: on a
 * shared 2-core machine the whole related suite costs minutes per initial run and seconds
 * per mutant. A score measured with fewer tests is a lower bound of the whole suite's.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

const only = process.env.BAOXUE_MUTATION_TESTS?.split(',').map((g) => g.trim()).filter(Boolean);

export default defineConfig({ ...base, test: { ...base.test, ...(only?.length ? { include: only } : {}) } });
