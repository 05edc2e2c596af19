import { axeOn } from './axe.ts';
import { test, expect } from './fixtures.ts';

test('工作目标：卢氏县的巩固率与河南省、国家的目标并列，标明“更严”，各自链接出处', async ({ guardedPage: page }) => {
  await page.goto('/lushi/targets/');
  const table = page.getByRole('table', { name: '工作目标' });
  await expect(table.getByRole('columnheader')).toHaveText(['指标', '目标', '上级：河南省', '国家', '年份', '出处', '来自']);
  const row = table.getByRole('row', { name: /九年义务教育巩固率/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('≥ 96%');
  const province = row.locator('td[data-ancestor="henan"]');
  await expect(province).toContainText('≥ 95%（2020年）');
  await expect(province).toContainText('沿用国家');
  await expect(province.locator('.strictness')).toHaveText('更严');
  const national = row.locator('td[data-ancestor="national"]');
  await expect(national.locator('.strictness')).toHaveText('更严');
  await expect(national.getByRole('link', { name: '国办发〔2017〕72号 导语' })).toHaveAttribute('href', '/policies/guobanfa-2017-72/#preamble');
  // An indicator no ancestor states is compared with nothing.
  await expect(table.getByRole('row', { name: /入学率/ }).locator('td[data-ancestor="national"]')).toHaveText('未规定');
  await expect(page.getByRole('list', { name: '目标检查' })).toHaveCount(0);
  const axe = await axeOn(page).include('main').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('工作目标：板当镇巩固率比国家宽松，标明“更宽”，并显示与 validate 相同的警告', async ({ guardedPage: page }) => {
  await page.goto('/bandang/targets/');
  const table = page.getByRole('table', { name: '工作目标' });
  // The parent is national: one comparison column.
  await expect(table.getByRole('columnheader')).toHaveText(['指标', '目标', '国家', '年份', '出处', '来自']);
  const row = table.getByRole('row', { name: /九年义务教育巩固率/ });
  await expect(row.locator('td[data-ancestor="national"] .strictness')).toHaveText('更宽');
  await expect(page.getByRole('list', { name: '目标检查' })).toHaveText('警告：九年义务教育巩固率目标 ≥ 85% 比上级 国家 的 ≥ 95% 宽松，请确认是否有意如此。');
});

test('国家的目标页没有上级可比，不显示比较列', async ({ guardedPage: page }) => {
  await page.goto('/national/targets/');
  await expect(page.getByRole('table', { name: '工作目标' }).getByRole('columnheader')).toHaveText(['指标', '目标', '年份', '出处', '来自']);
});
