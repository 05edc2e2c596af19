/**
 * The county's dashboard (/<jurisdiction>/reports/): the fixture files of
 * test/fixtures/reports go in as a clerk would put them (chosen, a folder,
 * dropped) and the page shows the numbers `baoxue aggregate --format json`
 * prints for the same files and the same day; 身份证号 masked, flags linked to
 * their clause, charts with a table, the .xlsx, A4 print, phones, offline.
 */
import { axeOn } from './axe.ts';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import type { AggregateResult } from '../../site/lib/reports/aggregate-types.ts';
import { strFromU8, unzipSync } from 'fflate';
import { scratchDir, test, expect } from './fixtures.ts';

const fixtureDir = 'test/fixtures/reports';
const today = '2022-04-10';

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}
/** The form files (not the sample school list, which is not a form file). */
const fixtureFiles = walk(fixtureDir).filter((f) => f.endsWith('.json') && !f.endsWith('sample-schools.json'));

/** What the command line prints for the same files and day. */
function cli(files: string[], ...args: string[]): AggregateResult {
  try {
    return JSON.parse(execFileSync(process.execPath, ['scripts/bin/baoxue.mjs', 'aggregate', 'tanghe', ...files, '--format', 'json', ...args], { env: { ...process.env, BAOXUE_TODAY: today }, encoding: 'utf8' }));
  } catch (e) {
    // Exit 1 when some input is invalid: the summary of the valid ones is still printed.
    const out = (e as { stdout?: string }).stdout;
    if (out) return JSON.parse(out);
    throw e;
  }
}

/** The buttons are in the page's HTML before React takes them over: wait until it has (Astro drops `ssr`). */
const hydrated = (page: Page) => expect(page.locator('astro-island[component-url*="ReportsApp"]:not([ssr])')).toHaveCount(1);

/** The page's “today” is the clerk's clock: fixed to the day the CLI is given. */
async function openDashboard(page: Page, path = '/tanghe/reports/') {
  await page.clock.setFixedTime(new Date(`${today}T10:00:00+08:00`));
  await page.goto(path);
  await hydrated(page);
}

async function chooseFiles(page: Page, files: string[]) {
  await hydrated(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件', exact: true }).click();
  await (await chooser).setFiles(files);
  await expect(page.getByRole('status')).toContainText('已汇总');
}

const pct = (r: { percent: number | null; denominator: number }) => (r.percent === null || r.denominator === 0 ? '—' : `${r.percent.toFixed(2)}%`);
const rate = (r: { percent: number | null; numerator: number; denominator: number }) => (r.percent === null || r.denominator === 0 ? '—' : `${pct(r)}（${r.numerator}/${r.denominator}）`);
const row = (page: Page, table: string, header: string) => page.getByRole('region', { name: table, exact: true }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });

test('选择学校报来的文件：页面上的数字与 baoxue aggregate --format json 相同', async ({ guardedPage: page }) => {
  const expected = cli(fixtureFiles);
  await openDashboard(page);
  await chooseFiles(page, fixtureFiles);

  await expect(page.getByRole('heading', { name: new RegExp(`${expected.period!.slice(0, 4)}年${Number(expected.period!.slice(5))}月 汇总`) })).toBeVisible();
  const bands = [['小学（1–6 年级）', expected.totals.primary], ['初中（7–9 年级）', expected.totals.junior], ['合计', expected.totals.all]] as const;
  for (const [label, c] of bands) {
    await expect(row(page, '各学段合计', label).getByRole('cell')).toHaveText([
      String(c.enrolled), String(c.suspected), String(c.dropouts), String(c.returned), String(c.homeEducation), rate(c.dropoutRate), rate(c.suspectedRate), rate(c.returnRate),
    ]);
  }
  const statusText = { reported: '已报', zero: '零报告', late: '逾期', missing: '未报' };
  expect(expected.schools.length).toBeGreaterThan(2);
  for (const s of expected.schools) {
    const cells = page.getByRole('region', { name: '各学校', exact: true }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${s.name}`) }) }).getByRole('cell');
    await expect(cells.nth(1)).toHaveText(statusText[s.status]);
    if (s.status !== 'missing') await expect(cells.nth(7)).toHaveText(rate(s.dropoutRate));
    if (s.status !== 'missing') await expect(cells.nth(2)).toHaveText(String(s.enrolled));
  }
  await expect(page.getByRole('heading', { name: `提醒（${expected.flags.length}）` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `学生台账（${expected.ledger.length}）` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `重复上报（${expected.duplicates.length}）` })).toBeVisible();
  const ledger = page.getByRole('region', { name: '学生台账', exact: true });
  for (const l of expected.ledger) {
    const r = ledger.getByRole('row').filter({ hasText: l.student });
    await expect(r.getByRole('rowheader')).toHaveText(l.name);
    if (l.due) await expect(r).toContainText(l.due);
    await expect(r.getByText('已逾期')).toHaveCount(l.overdue ? 1 : 0);
  }
  for (const e of expected.invalid) await expect(page.getByRole('region', { name: '有问题的文件和记录' })).toContainText(e.message);

  // 身份证号 are masked on screen: 6 digits, stars, 4 characters; no full number anywhere on the page.
  const ids = await ledger.locator('td.id-number').allTextContents();
  expect(ids.length).toBe(expected.ledger.length);
  for (const id of ids) expect(id).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  const fullIds = fixtureFiles.flatMap((f) => readFileSync(f, 'utf8').match(/\b\d{17}[\dX]\b/g) ?? []);
  expect(fullIds.length).toBeGreaterThan(0);
  const text = await page.locator('main').innerText();
  for (const id of fullIds) expect(text).not.toContain(id);
});

test('同一条个案记录报了两次：列在“重复上报”中并提醒，台账只计一次，与 baoxue aggregate 相同', async ({ guardedPage: page }) => {
  const copy = join(scratchDir('copy'), 'zhao-san-again.json');
  copyFileSync(join(fixtureDir, 'cases/zhao-san-persuasion.json'), copy);
  const files = [...fixtureFiles, copy];
  const expected = cli(files);
  expect(expected.duplicates.filter((d) => d.form === 'persuasion-record')).toHaveLength(1);
  await openDashboard(page);
  await chooseFiles(page, files);
  await expect(page.getByRole('heading', { name: `重复上报（${expected.duplicates.length}）` })).toBeVisible();
  const copies = page.getByRole('region', { name: '重复上报', exact: true }).getByRole('row').filter({ hasText: '劝返复学记录' });
  await expect(copies.getByRole('rowheader')).toHaveText('样例镇第一小学');
  await expect(copies.getByRole('cell')).toHaveText(['劝返复学记录：411328********1519', '2022-04', 'zhao-san-persuasion.json', 'zhao-san-again.json']);
  await expect(page.getByRole('region', { name: '提醒', exact: true }).getByRole('row').filter({ hasText: '赵三（411328********1519）的“劝返复学记录”重复' })).toHaveCount(1);
  await expect(page.getByRole('region', { name: '学生台账', exact: true }).getByRole('row').filter({ hasText: '411328********1519' })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: `学生台账（${expected.ledger.length}）` })).toBeVisible();
});

test('提醒链接到条款原文；图表有同样数字的表格；导出汇总 Excel', async ({ guardedPage: page }) => {
  const expected = cli(fixtureFiles);
  await openDashboard(page);
  await chooseFiles(page, fixtureFiles);

  // The chart is an image with a title, its numbers in a table.
  const chart = page.getByRole('img', { name: /各学校.*辍学率/ }).first();
  await expect(chart).toBeVisible();
  await page.getByText('图表数据（表格）').first().click();
  const chartTable = page.getByRole('region', { name: /各学校.*辍学率.*（表格）/ }).first();
  const charted = expected.schools.filter((s) => s.status !== 'missing' && s.enrolled > 0);
  expect(charted.length).toBeGreaterThan(0);
  for (const s of charted) await expect(chartTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: s.name, exact: true }) })).toContainText(rate(s.dropoutRate));

  // Files of two months: a period selector and the month-by-month trend, with its table.
  expect(expected.trend.length).toBeGreaterThan(1);
  await expect(page.getByRole('img', { name: /各月辍学率/ })).toBeVisible();
  await page.getByText('图表数据（表格）').last().click();
  const trendTable = page.getByRole('region', { name: '各月辍学率（全部学段）（表格）' });
  for (const t of expected.trend) await expect(trendTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `${t.period.slice(0, 4)}年${Number(t.period.slice(5))}月` }) })).toContainText(rate(t.totals.all.dropoutRate));
  const feb = cli(fixtureFiles, '--period', '2022-02');
  await page.getByLabel('统计月份').selectOption('2022-02');
  await expect(page.getByRole('heading', { name: /2022年2月 汇总/ })).toBeVisible();
  await expect(row(page, '各学段合计', '合计').getByRole('cell').first()).toHaveText(String(feb.totals.all.enrolled));
  await page.getByLabel('统计月份').selectOption('2022-03');
  await expect(page.getByRole('heading', { name: /2022年3月 汇总/ })).toBeVisible();

  // The .xlsx has the CLI's sheets and reads back with the project's own reader.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出汇总 Excel' }).click();
  const d = await download;
  expect(d.suggestedFilename()).toMatch(/^唐河县-月报汇总-2022-03-2022-04-10\.xlsx$/);
  const path = join(scratchDir('reports'), d.suggestedFilename());
  await d.saveAs(path);
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  const part = (p: string) => strFromU8(parts[p]!);
  expect([...part('xl/workbook.xml').matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual(['汇总', '学校', '未报学校', '台账', '问题']);
  expect(part('xl/worksheets/sheet2.xml').match(/<row /g)?.length).toBe(expected.schools.length + 1);
  for (const l of expected.ledger) expect(part('xl/worksheets/sheet4.xml')).toContain(`<t>${l.student}</t>`);
  expect(part('xl/worksheets/sheet1.xml')).toContain('paperSize="9"');

  // A flag with a clause links to it, and the clause is there.
  const flagged = expected.flags.find((f) => f.source);
  expect(flagged).toBeTruthy();
  const link = page.getByRole('region', { name: '提醒', exact: true }).getByRole('row').filter({ hasText: flagged!.message }).getByRole('link');
  const [doc, clause] = flagged!.source!.split('#');
  await expect(link).toHaveAttribute('href', `/policies/${doc}/#${clause}`);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/policies/${doc}/#${clause}$`));
  await expect(page.locator(`[id="${clause}"]`)).toBeVisible();
});

test('选择文件夹、拖入文件：读到同样的文件；不是报表的文件列出来，不悄悄丢掉', async ({ guardedPage: page }) => {
  const expected = cli(fixtureFiles);
  await openDashboard(page);
  // A whole folder, subfolders included (the sample school list is not a form file and is reported as such).
  await hydrated(page);
  await page.locator('input[webkitdirectory]').setInputFiles(fixtureDir);
  await expect(page.getByRole('status')).toContainText(`读取 ${fixtureFiles.length + 1} 个文件`);
  await expect(row(page, '各学段合计', '合计').getByRole('cell').first()).toHaveText(String(expected.totals.all.enrolled));
  await expect(page.getByRole('region', { name: '有问题的文件和记录' })).toContainText('sample-schools.json');

  await page.getByRole('button', { name: '清除全部文件' }).click();
  await expect(page.getByRole('heading', { name: /月 汇总$/ })).toHaveCount(0);

  // Dropped files (and a note that is not a report).
  const payload = [...fixtureFiles.map((f) => ({ name: relative(fixtureDir, f).replace(/\//g, '_'), text: readFileSync(f, 'utf8') })), { name: '说明.txt', text: '本月材料' }];
  const dataTransfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: f.name.endsWith('.json') ? 'application/json' : 'text/plain' }));
    return dt;
  }, payload);
  await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer });
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('status')).toContainText(`读取 ${fixtureFiles.length} 个文件`);
  await expect(row(page, '各学段合计', '合计').getByRole('cell').first()).toHaveText(String(expected.totals.all.enrolled));
  await expect(page.getByRole('region', { name: '有问题的文件和记录' }).getByRole('row').filter({ hasText: '说明.txt' })).toContainText('不是 .json 或 .xlsx');
});

test('无障碍检查（axe）；手机 360 像素宽时页面不横向滚动，表格在自己的框内滚动', async ({ guardedPage: page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openDashboard(page);
  await chooseFiles(page, fixtureFiles);
  await page.getByText('图表数据（表格）').first().click();
  const results = await axeOn(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const schools = page.getByRole('region', { name: '各学校', exact: true });
  expect(await schools.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

test('从辖区首页和栏目导航进入；打印时不印文件选择和按钮；汇总的代码只在本页加载', async ({ guardedPage: page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto('/tanghe/');
  await page.getByRole('link', { name: /月报汇总/ }).first().click();
  await expect(page).toHaveURL(/\/tanghe\/reports\/$/);
  await expect(page.getByRole('navigation', { name: '唐河县栏目' }).getByRole('link', { name: '月报汇总' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('不会上传到任何地方')).toBeVisible();
  await expect(page.getByText(/导出 JSON”或“导出 Excel/)).toBeVisible();
  await page.clock.setFixedTime(new Date(`${today}T10:00:00+08:00`));
  await chooseFiles(page, fixtureFiles);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.drop-zone')).toBeHidden();
  await expect(page.getByRole('button', { name: '导出汇总 Excel' })).toBeHidden();
  await expect(page.getByRole('region', { name: '各学校', exact: true })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  const dashboard = /\/(ReportsApp|aggregate|run-aggregate)\.[\w-]+\.js$/;
  expect(scripts.filter((s) => dashboard.test(s)).length).toBeGreaterThan(1);
  scripts.length = 0;
  await page.goto('/tanghe/forms/monthly-report/');
  await expect(page.getByRole('button', { name: '导出 Excel' })).toBeEnabled();
  await page.goto('/tanghe/');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((s) => dashboard.test(s))).toEqual([]);
});

test.describe(() => {
  test.use({ serviceWorkers: 'allow' });
  test('断网后：联网时打开过汇总页，断网时照样能打开并汇总', async ({ context, guardedPage: page }) => {
    await openDashboard(page);
    // Kept once the service worker has fetched this page and the forms (a while on a busy PC).
    await expect(page.locator('.offline-ready')).toHaveText(/断网时也能打开/, { timeout: 30_000 });
    await context.setOffline(true);
    await page.reload();
    await hydrated(page);
    await chooseFiles(page, fixtureFiles);
    await expect(page.getByRole('region', { name: '学生台账', exact: true })).toBeVisible();
    await context.setOffline(false);
  });
});
