import { defineConfig } from '@playwright/test';

// Tests drive Debian's Chromium; Playwright never downloads a browser here.
// E2E_PORT lets several checkouts or helpers test side by side.
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'list' : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    // Each test is a new browser context, so with service workers allowed every test's first page
    // installs the worker and downloads the jurisdiction's forms behind it: CPU the test waits for on
    // CI's 2 cores. Tests of offline use allow them again (test.use({ serviceWorkers: 'allow' })).
    serviceWorkers: 'block',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `node node_modules/astro/bin/astro.mjs preview --port ${port} --host 127.0.0.1 --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
