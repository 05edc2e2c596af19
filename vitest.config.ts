import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    // Stryker's sandbox copies of the tests (npm run mutation) are never part of npm test.
    exclude: [...configDefaults.exclude, '.stryker-tmp/**', 'reports/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
