/**
 * Offline use: a village school opens a form page once while connected; when
 * the connection drops, its jurisdiction's form pages still open and work —
 * including the code loaded on first use (Excel export) — and a page never
 * opened says plainly that it is not on this PC.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

// What is tested here is the service worker.
test.use({ serviceWorkers: 'allow' });

const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}\\*?$`));

test('断网后：联网时打开过一张表单，本县其他表单页照样能打开、填写、自动保存、导出 Excel', async ({ context, guardedPage: page }) => {
  await page.goto('/tanghe/forms/dropout-registration/');
  // Enabled once the island has hydrated and loaded its validator: slow on a busy shared machine.
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled({ timeout: 20_000 });
  // The page says so once its jurisdiction's form pages and their code are kept on this PC
  // (some 30 files fetched behind the page: slow on a busy machine).
  await expect(page.locator('.offline-ready')).toHaveText(/断网时也能打开/, { timeout: 30_000 });

  await context.setOffline(true);
  await page.goto('/tanghe/forms/monthly-report/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('控辍保学月报表');
  await expect(page.getByRole('button', { name: '导出 Excel' })).toBeEnabled();
  await field(page, '填报人').fill('断网时填写');
  await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

  await page.reload();
  await expect(field(page, '填报人')).toHaveValue('断网时填写');

  // Never opened on this PC: a plain explanation instead of the browser's error page.
  await page.goto('/policies/guobanfa-2017-72/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('当前没有网络连接');
  await context.setOffline(false);
});

test('断网后首页照样能打开；首次打开表单页只保存本县表单和它们用到的文件，不保存其他页面的代码', async ({ context, guardedPage: page }) => {
  await page.goto('/tanghe/forms/monthly-report/');
  await expect(page.locator('.offline-ready')).toHaveText(/断网时也能打开/, { timeout: 30_000 });
  const kept = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names.find((n) => n.startsWith('baoxue-offline-'))!);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  // This jurisdiction's form pages, with the code they load on first use (Excel export) …
  expect(kept).toEqual(expect.arrayContaining(['/', '/tanghe/forms/', '/tanghe/forms/dropout-registration/', '/tanghe/forms/verification/']));
  expect(kept.some((p) => /^\/_astro\/to-xlsx\.[^/]+\.js$/.test(p))).toBe(true);
  // … but neither another jurisdiction's pages nor the search page's code and index.
  expect(kept.filter((p) => /^\/(?!tanghe\/)[^_][^/]*\/forms\//.test(p))).toEqual([]);
  expect(kept.filter((p) => /load-searcher|search-index/.test(p))).toEqual([]);

  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('控辍保学：各辖区的政策、目标与表单');
  await page.goto('/tanghe/forms/verification/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('适龄儿童少年核查登记');
  await context.setOffline(false);
});

test('断网时导入别的辖区的文件：本站辖区名单还没取过时照样导入并说明无法核对；联网导入一次后，断网也能认出是哪个辖区', async ({ context, guardedPage: page }) => {
  const example = JSON.parse(readFileSync('schemas/forms/dropout-registration.schema.json', 'utf8')).examples[0];
  const lushiFile = { name: '卢氏的登记表.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ form: 'dropout-registration', version: 1, jurisdiction: 'lushi', data: example })) };
  const importLushi = async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入' }).click();
    await (await chooser).setFiles(lushiFile);
  };
  const ask = page.getByRole('dialog', { name: '导入其他辖区的文件' });
  const report = page.locator('.import-report');

  await page.goto('/tanghe/forms/dropout-registration/');
  await expect(page.locator('.offline-ready')).toHaveText(/断网时也能打开/, { timeout: 30_000 });
  // The list of the site's jurisdictions is not part of what a form page keeps: it grows with the site.
  await context.setOffline(true);
  await importLushi();
  await expect(report).toContainText('已导入');
  await expect(report).toContainText('无法核对');
  await expect(ask).toBeHidden();

  // Fetched on the first import while connected, and kept like any other data.
  await context.setOffline(false);
  await importLushi();
  await expect(ask).toContainText('卢氏县');
  await ask.getByRole('button', { name: '取消' }).click();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: '导入' })).toBeEnabled({ timeout: 20_000 });
  await importLushi();
  await expect(ask).toContainText('卢氏县');
  await ask.getByRole('button', { name: '取消' }).click();
  await context.setOffline(false);
});
