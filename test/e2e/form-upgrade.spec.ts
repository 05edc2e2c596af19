/**
 * A form version upgrade in the browser, on a test-only build: 唐河县 built
 * into its own folder with 辍学学生登记表 at version 2 (its 身份证号 was
 * `student.idCard` in version 1; test/fixtures/form-upgrade/), served here.
 * A draft stored and a file exported under version 1 open under version 2
 * with a notice, nothing lost. The shipped site never has this version 2.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { scratchDir, test, expect } from './fixtures.ts';

const port = Number(process.env.E2E_PORT ?? 4322) + 100;
const url = '/tanghe/forms/dropout-registration/';
const v1File = readFileSync('test/fixtures/form-upgrade/dropout-registration-v1.json');
const v1 = JSON.parse(v1File.toString('utf8'));
const example = JSON.parse(readFileSync('schemas/forms/dropout-registration.schema.json', 'utf8')).examples[0];

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ics': 'text/calendar', '.webmanifest': 'application/manifest+json' };

/** The built folder over HTTP, as a static host serves it (directory → index.html). */
function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    let path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!path.startsWith(root)) path = root;
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      res.writeHead(404, { 'content-type': types['.html']! }).end(existsSync(join(root, '404.html')) ? readFileSync(join(root, '404.html')) : '');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

let server: Server | undefined;

test.use({ baseURL: `http://127.0.0.1:${port}` });
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const out = scratchDir('form-v2');
  const r = spawnSync(process.execPath, ['scripts/bin/baoxue.mjs', 'build', '--only', 'tanghe', '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BAOXUE_TEST_FORM_MODULES: 'test/fixtures/form-upgrade/modules' },
  });
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  server = await serve(out);
});
test.afterAll(() => new Promise<void>((ok) => (server ? server.close(() => ok()) : ok())));

const idNumber = (page: Page) => page.getByLabel(/^身份证号/).first();
const ready = async (page: Page) => {
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
  await expect(idNumber(page)).toBeVisible();
};

test('改版：第 1 版的草稿在第 2 版表单中打开，有说明，内容不丢，原数据可导出', async ({ guardedPage: page }) => {
  await page.goto(url);
  await ready(page);
  await page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const q = indexedDB.open('baoxue-drafts');
      q.onsuccess = () => ok(q.result);
    });
    const record = { form: 'dropout-registration', id: 'v1-draft', name: '第一版的草稿', jurisdiction: 'tanghe', version: 1, createdAt: '2022-03-10T08:00:00.000Z', updatedAt: '2022-03-10T08:00:00.000Z', data };
    await new Promise((ok) => {
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(record);
      tx.oncomplete = ok;
    });
    db.close();
    localStorage.setItem('baoxue:last-draft:tanghe:dropout-registration', 'v1-draft');
    sessionStorage.setItem('baoxue:last-draft:tanghe:dropout-registration', 'v1-draft');
  }, v1.data);
  await page.reload();
  await ready(page);
  await expect(page.getByRole('status').filter({ hasText: '此草稿是按第 1 版表单填写的，现已按第 2 版打开并自动转换' })).toBeVisible();
  await expect(idNumber(page)).toHaveValue(example.student.idNumber);
  await expect(page.getByLabel(/^单位\*?$/)).toHaveValue(example.unit);

  // The whole record came across: exported under version 2, it is the shipped example.
  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 JSON' }).click();
  const exported = JSON.parse(readFileSync((await (await json).path())!, 'utf8'));
  expect(exported).toMatchObject({ form: 'dropout-registration', version: 2, jurisdiction: 'tanghe' });
  expect(exported.data).toMatchObject(example);

  const item = page.getByRole('region', { name: /草稿/ }).getByRole('listitem', { name: '第一版的草稿' });
  const old = page.waitForEvent('download');
  await item.getByRole('button', { name: '导出第 1 版原数据' }).click();
  expect(JSON.parse(readFileSync((await (await old).path())!, 'utf8'))).toEqual(v1);
});

test('改版：第 1 版导出的文件导入第 2 版表单，有说明，内容不丢', async ({ guardedPage: page }) => {
  await page.goto(url);
  await ready(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入' }).click();
  await (await chooser).setFiles({ name: '第一版.json', mimeType: 'application/json', buffer: v1File });
  const report = page.locator('.import-report');
  await expect(report).toContainText('已导入“第一版.json”');
  await expect(report).toContainText('这是按第 1 版表单导出的文件，已自动转换为第 2 版，内容没有丢失');
  await expect(idNumber(page)).toHaveValue(example.student.idNumber);
  await expect(page.getByLabel(/^单位\*?$/)).toHaveValue(example.unit);
});
