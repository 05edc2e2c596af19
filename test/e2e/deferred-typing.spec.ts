/**
 * Text typed into a form reaches the form's data after a short pause
 * (site/islands/form/deferred-commit.ts), so a key on a slow PC does not
 * re-derive the whole form. What reads the data without a blur first must
 * still see the last key: Enter (which submits 检查填写) and printing (Ctrl+P,
 * print to PDF). Reload right after typing is in drafts.spec.ts.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { ready, saved, unit, url } from './form-page.ts';
import { storedDrafts } from './stored-drafts.ts';

/** Timers stop where they are: the pause that hands the text on never comes unless a test lets time pass. */
async function stopTime(page: Page) {
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
}

test('输入后直接按回车“检查填写”：刚输入的内容算在内', async ({ guardedPage: page }) => {
  await page.goto(url);
  await ready(page);
  await stopTime(page);
  await unit(page).click();
  await page.keyboard.type('唐河县第一小学');
  await page.keyboard.press('Enter');
  const list = page.getByRole('alert').filter({ hasText: '请修改以下' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  // Read at once: a problem list built from the data before the last keys would name 单位 until the pause.
  const texts = await list.getByRole('listitem').allTextContents();
  expect(texts).not.toContain('请填写“单位”。');
  expect(texts).toContain('请填写“姓名”。');
  await expect(unit(page)).toHaveValue('唐河县第一小学');
});

test('输入后立即打印：打印视图有刚输入的内容', async ({ guardedPage: page }) => {
  await page.goto(url);
  await ready(page);
  await stopTime(page);
  await unit(page).click();
  await page.keyboard.type('城郊乡中心学校');
  // Ctrl+P: beforeprint, with no blur and no pause, and the print view is drawn from the data at that moment.
  // (Print media alone would hide the focused field, which blurs it.)
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.print-only')).toContainText('城郊乡中心学校');
});

test('连续输入：每个字立即显示，停顿后自动保存，刷新后都在', async ({ guardedPage: page }) => {
  await page.goto(url);
  await ready(page);
  await unit(page).click();
  await page.keyboard.type('桐寨铺');
  await expect(unit(page)).toHaveValue('桐寨铺');
  await saved(page);
  await page.reload();
  await expect(unit(page)).toHaveValue('桐寨铺');
});

test('输入后不离开输入框就换了类别：刚输入的说明留在原来的类别里，换回来还在', async ({ guardedPage: page }) => {
  await page.goto('/tanghe/forms/verification/');
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
  const code = page.getByLabel(/^类别代码/);
  const evidence = page.getByRole('group', { name: /^证明材料\*?$/ });
  await code.selectOption('H');
  await stopTime(page);
  await evidence.getByLabel(/^说明/).click();
  await page.keyboard.type('档案盒 8-2');
  // selectOption changes the select without moving focus: the note is still held back when the category changes.
  await code.selectOption('B');
  await expect(evidence.getByLabel(/^说明/)).toHaveValue('');
  await code.selectOption('H');
  await expect(evidence.getByLabel(/^说明/)).toHaveValue('档案盒 8-2');
});

test('输入后立即离开页面：离开前（beforeunload）就把刚输入的内容存进草稿', async ({ guardedPage: page }) => {
  await page.goto(url);
  await ready(page);
  await stopTime(page);
  await unit(page).click();
  await page.keyboard.type('马振抚镇中心校');
  // A reload or a link fires beforeunload before it asks for the next page; the write must start there,
  // not only in pagehide, when the document is already being torn down.
  // Started inside the handler itself: once the page is going away, nothing queued after it is sure to run.
  const writesStarted = await page.evaluate(() => {
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      puts++;
      return put.apply(this, args);
    };
    window.dispatchEvent(new Event('beforeunload'));
    IDBObjectStore.prototype.put = put;
    return puts;
  });
  expect(writesStarted).toBe(1);
  await expect.poll(() => storedDrafts(page)).toContain('马振抚镇中心校');
});
