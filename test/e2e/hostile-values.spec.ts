/**
 * Hostile values inert everywhere (issue 11, item 2). A site built from a config whose every
 * free-text field holds a payload (test/fixtures/hostile: <script>, onerror, javascript:, </title>,
 * a right-to-left override, controls, 10,000 characters, formulas) and form records filled the
 * same way: on every page type, in print, in search, in exports, nothing runs (no dialog, no
 * window.__pwned, no CSP violation — the guard of fixtures.ts), no payload becomes markup or an
 * href, the text stays readable, nothing scrolls sideways at 360 px, and the override cannot
 * reorder the text around it.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { scratchDir, test, expect } from './fixtures.ts';
import { formIds } from './page-types.ts';
import { payloads, payload, rtlOverride } from '../fixtures/hostile/payloads.ts';
import { writeHostileConfig } from '../fixtures/hostile/write-config.ts';
import { idNumberAsExcelNumber } from '../../site/lib/forms/rules/id-number.ts';

const port = Number(process.env.E2E_PORT ?? 4322) + 1000;
const origin = `http://127.0.0.1:${port}`;
test.use({ baseURL: origin });

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.ics': 'text/calendar', '.yaml': 'text/yaml; charset=utf-8', '.webmanifest': 'application/manifest+json' };
let server: Server;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  // BAOXUE_HOSTILE_SITE: a site this spec built before (its folder), to rerun the tests without building again.
  const reuse = process.env.BAOXUE_HOSTILE_SITE;
  const work = scratchDir('hostile');
  const config = join(work, 'config');
  const out = reuse ?? join(work, 'site');
  if (!reuse) build(config, out);
  // A static host: folders serve index.html, anything else the site's 404.html.
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', origin).pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(out, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = join(out, '404.html');
    res.writeHead(found ? 200 : 404, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});

/** One extra build: the hostile config's own site, with the project's CLI as a county would run it. */
function build(config: string, out: string) {
  writeHostileConfig(config);
  const built = spawnSync(process.execPath, ['scripts/bin/baoxue.mjs', 'build', '--config-dir', config, '--out', out], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
}

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

/** Dialogs are counted (and dismissed), and every payload's flag is read at the end. */
function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return async () => {
    expect(dialogs, '页面弹出了对话框：有负载被执行').toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), 'window.__pwned 被设置：有负载被执行').toBeUndefined();
  };
}

/** Nothing of a payload became markup, an event handler or a javascript: link. */
async function expectInert(page: Page) {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) out.push(`${el.tagName} 带有事件属性 ${a.name}`);
        if (/^\s*javascript:/i.test(a.value) && ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(a.name.toLowerCase())) out.push(`${el.tagName} 的 ${a.name} 是 ${a.value.slice(0, 40)}`);
      }
    }
    for (const s of document.querySelectorAll('script')) {
      // Data for scripts is JSON: it must still parse (a payload's </script> did not cut it short).
      if (s.type === 'application/json') {
        try {
          JSON.parse(s.textContent ?? '');
        } catch {
          out.push(`数据 <script id="${s.id}"> 被负载截断`);
        }
      } else if (/__pwned/.test(s.textContent ?? '')) out.push('页面中有负载的 <script>');
    }
    for (const i of document.querySelectorAll('img[src="x"], svg[onload]')) out.push(`负载变成了元素 ${i.tagName}`);
    if (document.head.querySelectorAll('title').length !== 1 || document.body.querySelector(':scope > title, script + title')) out.push('</title> 提前结束了标题');
    return out;
  });
  expect(found).toEqual([]);
}

/**
 * A right-to-left override can only reorder its own value: after U+202E, up to the end of its
 * isolating box (an element with unicode-bidi isolate/plaintext, a <bdi>, a block) or a
 * closing PDF/PDI, nothing but the payload's own rest (txt.exe) follows.
 */
async function expectRtlIsolated(page: Page) {
  const leaks = await page.evaluate((rlo) => {
    const isolating = (el: Element) => {
      const s = getComputedStyle(el);
      return el.tagName === 'BDI' || /isolate|plaintext/.test(s.unicodeBidi) || !s.display.startsWith('inline') || s.display === 'inline-block';
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      if (!text.includes(rlo)) continue;
      let box = n.parentElement!;
      while (!isolating(box) && box.parentElement) box = box.parentElement;
      const all = box.textContent ?? '';
      // Text after this override inside its box, up to a terminator.
      const range = document.createRange();
      range.setStart(n, text.indexOf(rlo) + 1);
      range.setEnd(box, box.childNodes.length);
      const after = range.toString().split(/[\u202C\u2069]/)[0]!;
      // Closed by a PDF/PDI: the override stays inside its own value; else the box must end with the payload.
      const terminated = range.toString().length > after.length;
      if (!terminated && after.trim() !== 'txt.exe') out.push(`${box.tagName}: …${JSON.stringify(after.slice(0, 60))}（全文 ${all.length} 字）`);
    }
    return out;
  }, rtlOverride);
  expect(leaks, '从右到左覆盖字符会打乱后面的文字').toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.doc, '页面在 360 px 宽时横向滚动').toBeLessThanOrEqual(widths.view);
}

const pages: { name: string; path: string; shows: RegExp; ready?: (page: Page) => Promise<void> }[] = [
  { name: '首页', path: '/', shows: /恶意县/ },
  { name: '辖区首页', path: '/hostile/', shows: /<script>window.__pwned/ },
  { name: '工作目标', path: '/hostile/targets/', shows: /人群/ },
  { name: '责任分工', path: '/hostile/duties/', shows: /<img src=x onerror=/ },
  { name: '处置程序', path: '/hostile/procedures/', shows: /程序/ },
  { name: '表单列表', path: '/hostile/forms/', shows: /恶意县/ },
  ...formIds.map((id) => ({
    name: `表单 ${id}`,
    path: `/hostile/forms/${id}/`,
    shows: /恶意县/,
    ready: async (page: Page) => {
      await expect(page.getByRole('button', { name: '打印' })).toBeEnabled({ timeout: 30_000 });
    },
  })),
  { name: '搜索结果', path: '/search/?q=控辍保学', shows: /<script>window.__pwned/, ready: async (page) => void (await expect(page.locator('#search-results li').first()).toBeVisible({ timeout: 30_000 })) },
  { name: '政策文件库', path: '/policies/', shows: /标题/ },
  { name: '政策文件', path: '/policies/hostile-doc/', shows: /javascript:window.__pwned/ },
  { name: '对照阅读', path: '/policies/hostile-doc/compare/', shows: /国家条款/ },
  { name: '找不到页面', path: '/hostile/no-such-page/', shows: /找不到/ },
  { name: '月报汇总', path: '/hostile/reports/', shows: /学校/, ready: async (page) => void (await expect(page.getByRole('button', { name: '选择文件', exact: true })).toBeEnabled({ timeout: 30_000 })) },
  { name: '配置编辑器', path: '/editor/', shows: /编辑/, ready: async (page) => void (await expect(page.getByLabel('本站辖区')).toBeEnabled({ timeout: 30_000 })) },
];

for (const p of pages) {
  test(`${p.name}（${p.path}）：负载不执行、不成为标记或链接，可读，360 px 不横向滚动，从右到左覆盖被隔离`, async ({ guardedPage: page }) => {
    const done = watch(page);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(p.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await p.ready?.(page);
    await expect(page.locator('body')).toContainText(p.shows);
    await expectInert(page);
    await expectRtlIsolated(page);
    await expectNoSidewaysScroll(page);
    await page.emulateMedia({ media: 'print' });
    await expectInert(page);
    await done();
  });
}

test('编辑器打开恶意辖区：每个字段原样显示，检查结果和 YAML 预览不执行、从右到左覆盖被隔离，360 px 不横向滚动', async ({ guardedPage: page }) => {
  const done = watch(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/editor/');
  await expect(page.getByLabel('本站辖区')).toBeEnabled({ timeout: 30_000 });
  await page.getByLabel('本站辖区').selectOption('hostile');
  await page.getByRole('button', { name: '打开', exact: true }).click();
  await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('input, textarea')].some((i) => (i as HTMLInputElement).value.includes('<script>window.__pwned')))).toBe(true);
  await page.getByText('YAML 预览').click();
  const preview = page.locator('.editor-yaml pre');
  // The override is in the file as an escape of the same character, so it cannot reorder the lines.
  await expect(preview).toContainText('\\u202Etxt.exe');
  expect(await preview.textContent()).not.toContain(rtlOverride);
  await expectInert(page);
  await expectRtlIsolated(page);
  await expectNoSidewaysScroll(page);
  await done();
});

/** A record of the form with every string replaced by the next payload. */
function poisoned(value: unknown, n = { i: 0 }): unknown {
  if (typeof value === 'string') return payload(n.i++);
  if (Array.isArray(value)) return value.map((v) => poisoned(v, n));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisoned(v, n)]));
  return value;
}
const example = (id: string) => JSON.parse(readFileSync(`schemas/forms/${id}.schema.json`, 'utf8')).examples[0];

async function importFile(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入' }).click();
  await (await chooser).setFiles({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'application/octet-stream', buffer });
}

for (const id of ['dropout-registration', 'monthly-report', 'persuasion-record'] as const) {
  test(`表单 ${id}：每个文字字段都是负载的记录——导入、检查填写、打印、导出 Excel 都不执行，Excel 中是文字而不是公式`, async ({ guardedPage: page }) => {
    const done = watch(page);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`/hostile/forms/${id}/`);
    await expect(page.getByRole('button', { name: '打印' })).toBeEnabled({ timeout: 30_000 });
    const data = poisoned(example(id));
    await importFile(page, 'hostile.json', Buffer.from(JSON.stringify({ form: id, version: 1, jurisdiction: 'hostile', data })));
    await expect(page.locator('.import-report')).toBeVisible();
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('input, textarea')].some((i) => (i as HTMLInputElement).value.includes('<script>window.__pwned')))).toBe(true);
    await page.getByRole('button', { name: '检查填写' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '请修改以下' })).toBeVisible();
    await expectInert(page);
    await expectRtlIsolated(page);
    await expectNoSidewaysScroll(page);
    await page.emulateMedia({ media: 'print' });
    await expectInert(page);
    await page.emulateMedia({ media: 'screen' });

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const path = join(scratchDir('hostile-xlsx'), 'export.xlsx');
    await (await download).saveAs(path);
    const parts = unzipSync(new Uint8Array(readFileSync(path)));
    const sheets = Object.entries(parts).filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBeGreaterThan(0);
    let texts = '';
    for (const [name, bytes] of sheets) {
      const xml = strFromU8(bytes);
      expect(xml, `${name} 中有公式`).not.toMatch(/<f[\s>]/);
      texts += xml;
    }
    // The payloads are there, as escaped text in string cells.
    expect(texts).toContain('t="inlineStr"><is><t>&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;</t>');
    if (id === 'dropout-registration') expect(texts).toMatch(/t="inlineStr"><is><t[^>]*>=HYPERLINK\(/);
    await done();
  });
}

test('月报汇总：学校名称、学生姓名、文件名是负载——页面、导出的 Excel 都不执行、不是公式，从右到左覆盖被隔离，360 px 不横向滚动', async ({ guardedPage: page }) => {
  const done = watch(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.clock.setFixedTime(new Date('2022-04-10T10:00:00+08:00'));
  await page.goto('/hostile/reports/');
  await expect(page.locator('astro-island[component-url*="ReportsApp"]:not([ssr])')).toHaveCount(1);
  const report = example('monthly-report');
  const json = (form: string, data: unknown) => Buffer.from(JSON.stringify({ form, version: 1, jurisdiction: 'hostile', data }));
  // 单位名称 takes at most 100 characters: the longest name a school can send, unbroken.
  const longName = `${'x'.repeat(90)}${payloads.rtl}`.slice(0, 100);
  const files = [payloads.script, payloads.hyperlink, payloads.rtl, longName].map((name, i) => ({
    name: `${i}.json`,
    mimeType: 'application/json',
    buffer: json('monthly-report', { ...report, school: { ...report.school, name, code: undefined }, period: '2022-03', fillDate: i === 2 ? '2022-03-25' : '2022-03-15' }),
  }));
  // A pupil's record with an override in the name and the unit, sent twice (a duplicate, and a ledger row), under a file name with an override.
  const registration = example('dropout-registration');
  const pupil = json('dropout-registration', { ...registration, unit: payloads.rtl, student: { ...registration.student, name: `学生${payloads.rtl}` } });
  files.push({ name: `登记${rtlOverride}nosj.json`, mimeType: 'application/json', buffer: pupil }, { name: '副本.json', mimeType: 'application/json', buffer: pupil });
  // And a file that is not a form, named with an override: listed as not read.
  files.push({ name: `说明${rtlOverride}txt.exe`, mimeType: 'application/octet-stream', buffer: Buffer.from('x') });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件', exact: true }).click();
  await (await chooser).setFiles(files);
  await expect(page.getByRole('status')).toContainText('已汇总');
  await expect(page.locator('body')).toContainText(payloads.script);
  await expect(page.getByRole('heading', { name: /^重复上报（1）/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^学生台账（1）/ })).toBeVisible();
  await expectInert(page);
  await expectRtlIsolated(page);
  await expectNoSidewaysScroll(page);
  await page.emulateMedia({ media: 'print' });
  await expectInert(page);
  await page.emulateMedia({ media: 'screen' });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出汇总 Excel' }).click();
  const path = join(scratchDir('hostile-report'), 'report.xlsx');
  await (await download).saveAs(path);
  for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(path))))) if (name.startsWith('xl/worksheets/')) expect(strFromU8(bytes)).not.toMatch(/<f[\s>]/);
  await done();
});

test('检查填写：被 Excel 改成数字的身份证号，说法与导入、check、aggregate 相同', async ({ guardedPage: page }) => {
  await page.goto('/hostile/forms/dropout-registration/');
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled({ timeout: 30_000 });
  const data = example('dropout-registration');
  await importFile(page, 'ok.json', Buffer.from(JSON.stringify({ form: 'dropout-registration', version: 1, jurisdiction: 'hostile', data })));
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const path = join(scratchDir('hostile-id'), 'export.xlsx');
  await (await download).saveAs(path);
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  const main = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const cell = new RegExp(`<c r="(B\\d+)"[^>]*t="inlineStr"><is><t>${data.student.idNumber}</t></is></c>`);
  expect(main).toMatch(cell);
  files['xl/worksheets/sheet1.xml'] = strToU8(main.replace(cell, '<c r="$1"><v>4.11328201003151E+17</v></c>'));
  await importFile(page, 'excel.xlsx', Buffer.from(zipSync(files)));
  const expected = `“身份证号”${idNumberAsExcelNumber('411328201003151000')}`;
  await expect(page.locator('.import-report')).toContainText(expected);
  await page.getByRole('button', { name: '检查填写' }).click();
  const list = page.getByRole('alert').filter({ hasText: '请修改以下' });
  await expect(list.getByRole('listitem').filter({ hasText: '身份证号' })).toHaveText([expected]);
  await expect(page.locator('#f_student_idNumber__error')).toContainText(expected);
  await expect(list).not.toContainText('校验码');
});
