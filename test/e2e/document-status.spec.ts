import { test, expect } from './fixtures.ts';

test('效力状态：文件库、文件页和依据已到期文件的职责都标明状态', async ({ guardedPage: page }) => {
  await page.goto('/policies/');
  await expect(page.getByRole('row', { name: /唐河县/ }).first().locator('.status')).toHaveText('已到期');
  await page.goto('/policies/tanghe-jiaoji-2022-33/');
  await expect(page.locator('dl.meta .status')).toHaveText('已到期');
  await page.goto('/tanghe/duties/');
  await expect(page.locator('.lapsed-source').first()).toHaveText('所依据文件已到期');
  // A rule resting on a document in force is not marked.
  await page.goto('/lushi/duties/');
  await expect(page.locator('.lapsed-source')).toHaveCount(0);
});

test('搜索结果标明已到期文件；“只看现行文件”（status=current）不显示它们', async ({ guardedPage: page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('送教上门 每周'));
  const results = page.getByRole('list', { name: '搜索结果' });
  const jinanqu = results.getByRole('listitem').filter({ has: page.locator('a[href="/policies/jinanqu-2022-plan/#5-2"]') });
  await expect(jinanqu.locator('.status')).toHaveText('已到期');
  await page.getByLabel('效力状态').selectOption('current');
  await expect(page).toHaveURL(/status=current/);
  await expect(results.locator('a[href="/policies/jinanqu-2022-plan/#5-2"]')).toHaveCount(0);
  await expect(results.getByRole('listitem').first()).toBeVisible();
  await expect(results.locator('.status.lapsed')).toHaveCount(0);
  // The parameter opens the page with the filter set.
  await page.goto('/search/?q=' + encodeURIComponent('送教上门 每周') + '&status=current');
  await expect(page.getByLabel('效力状态')).toHaveValue('current');
  await expect(results.getByRole('listitem').first()).toBeVisible();
  await expect(results.locator('a[href="/policies/jinanqu-2022-plan/#5-2"]')).toHaveCount(0);
});
