import { spawn, type ChildProcess } from 'node:child_process';
import { test, expect } from '@playwright/test';

// `npm run dev` serves modules one by one and evaluates code the build drops as unused: islands that work in
// dist/ can fail to hydrate there (rjsf's test registry once did). Maintainers edit forms against it.
const port = Number(process.env.E2E_PORT ?? 4322) + 100;
const base = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`开发服务器 90 秒内没有在 ${base} 启动`);
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(() => {
  server?.kill();
});

for (const [name, path] of [
  ['表单页', '/lushi/forms/monthly-report/'],
  ['配置编辑页', '/editor/'],
  ['汇总页', '/lushi/reports/'],
] as const) {
  test(`开发服务器（npm run dev）上${name}的交互部分能正常加载`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    // The first visit makes Vite pre-bundle the islands' dependencies, which takes a while on 2 cores.
    await page.goto(`${base}${path}`, { timeout: 120_000 });
    await expect(page.locator('astro-island').first()).toBeAttached();
    // Hydrated (Astro drops `ssr`) or failed: an error ends the wait at once rather than at the timeout.
    const state = async () => (errors.length ? 'error' : (await page.locator('astro-island[ssr]').count()) ? 'pending' : 'hydrated');
    await expect.poll(state, { timeout: 120_000 }).not.toBe('pending');
    expect(errors).toEqual([]);
  });
}

test('开发服务器上的表单可以填写', async ({ page }) => {
  await page.goto(`${base}/lushi/forms/monthly-report/`, { timeout: 120_000 });
  const name = page.getByRole('textbox', { name: '单位名称' });
  await name.fill('某某小学');
  await expect(name).toHaveValue('某某小学');
});
