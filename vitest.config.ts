import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // Stryker's sandbox copies of the tests (npm run mutation) are never part of npm test.
    exclude: [...configDefaults.exclude, '.stryker-tmp/**', 'reports/**'],
    environment: 'node',
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one worker on CI's 2 cores, idle while a
    // test waits for the CLI it started. Two workers keep both cores busy.
    maxWorkers: 2,
  },
});
