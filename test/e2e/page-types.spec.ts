/**
 * Every kind of page the site builds: valid HTML (html-validate, the repo's .htmlvalidate.json) as
 * served and as drawn once its scripts ran, and no axe violation of WCAG 2.1 A/AA of any impact.
 * This is the one place pages are run through axe (about 5–15 s a page on CI's machine); other specs
 * check axe only on states this list does not reach (another policy document, a search, an open editor).
 */
import { axeOn } from './axe.ts';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { join } from 'node:path';
import { test, expect } from './fixtures.ts';
import { pageTypes } from './page-types.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
async function htmlProblems(html: string, name: string): Promise<string[]> {
  // The file name only locates the configuration (.htmlvalidate.json at the repo root).
  const report = await validator.validateString(html, join(process.cwd(), 'dist', `${name}.html`));
  return report.results.flatMap((r) => r.messages.map((m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} — ${m.selector ?? ''}`));
}

for (const type of pageTypes) {
  test(`${type.name}（${type.path}）：HTML 有效，没有无障碍问题`, async ({ guardedPage: page }) => {
    const response = await page.goto(type.path);
    expect(response?.status()).toBe(type.name === '找不到页面' ? 404 : 200);
    const served = await response!.text();
    expect(await htmlProblems(served, 'served')).toEqual([]);
    await type.ready(page);
    expect(await htmlProblems(await page.content(), 'drawn')).toEqual([]);
    const results = await axeOn(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const violations = results.violations.map(
      (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`,
    );
    expect(violations).toEqual([]);
  });
}

test('找不到页面：中文说明、搜索框、辖区列表，并从网址猜出要找的页面', async ({ guardedPage: page }) => {
  await page.goto('/tanghe/forms/monthly-reprot/');
  await expect(page).toHaveTitle('找不到这个页面 · 保学');
  const guesses = page.getByRole('region', { name: '您可能要找' });
  await expect(guesses.getByRole('link')).toHaveText(['唐河县：控辍保学月报表', '唐河县：全部表单', '唐河县首页']);
  await expect(guesses.getByRole('link').first()).toHaveAttribute('href', '/tanghe/forms/monthly-report/');
  await expect(page.getByRole('link', { name: '卢氏县' })).toHaveAttribute('href', '/lushi/');
  const box = page.getByRole('searchbox', { name: '搜索政策条款' });
  await box.fill('辍学 三天');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('#search-results li').first()).toBeVisible();

  // An address naming nothing known offers no guess, only search and the list.
  await page.goto('/wp-login.php');
  await expect(page.getByRole('heading', { name: '找不到这个页面' })).toBeVisible();
  await expect(page.getByRole('region', { name: '您可能要找' })).toBeHidden();
});
