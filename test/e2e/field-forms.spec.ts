/**
 * Each text field sits in a form of its own (site/islands/form/FieldForm.tsx), so Chromium's autofill
 * reads one field per keystroke instead of the whole long form. Enter and 检查填写 must still check the
 * whole form, and a field's own form must never navigate.
 */
import { test, expect } from './fixtures.ts';
import { ready, unit, url } from './form-page.ts';

test('每个文本框各自属于一个只有它的表单：自动填充每按一个键只读这一栏', async ({ guardedPage: page }) => {
  await page.goto(url);
  await ready(page);
  const owners = await page.locator('.rjsf').evaluate((body) =>
    [...body.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type=text], input[type=number], input[type=date], input:not([type]), textarea')].map((el) => ({
      id: el.id,
      listed: el.form ? el.form.elements.length : -1,
    })),
  );
  expect(owners.length).toBeGreaterThan(10);
  expect(owners.filter((o) => o.listed !== 1)).toEqual([]);
});

test('在文本框里按回车：检查整张表，页面地址不变', async ({ guardedPage: page }) => {
  await page.goto(url);
  await ready(page);
  const before = page.url();
  await unit(page).fill('唐河县第一小学');
  await unit(page).press('Enter');
  const list = page.getByRole('alert').filter({ hasText: '请修改以下' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  expect(page.url()).toBe(before);
  await expect(unit(page)).toHaveValue('唐河县第一小学');
});

test('点“检查填写”：检查整张表，页面地址不变', async ({ guardedPage: page }) => {
  await page.goto(url);
  await ready(page);
  const before = page.url();
  await page.getByRole('button', { name: '检查填写' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '请修改以下' }).getByRole('listitem').first()).toBeVisible();
  expect(page.url()).toBe(before);
});
