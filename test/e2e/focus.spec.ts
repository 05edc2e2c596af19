/**
 * Keyboard users never land on the page body: after 删除此项 focus moves to the
 * neighbouring item (or 添加一项), and a closed dialog hands focus back to what
 * opened it, or to the nearest control still there when that is gone.
 * Everything here is done with the keyboard only.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { draftsList, openWithDraft, ready, saved, unit, url } from './form-page.ts';

/**
 * Move focus to `target` with Tab or Shift+Tab alone, as a keyboard user would: backwards when the
 * target comes before the focused element (a new item's field is above 添加一项), so the walk does
 * not wrap around the whole page.
 */
async function tabTo(page: Page, target: Locator) {
  const handle = await target.elementHandle();
  const backwards = await page.evaluate(
    (el) => !!el && !!document.activeElement && document.activeElement !== document.body && !!(el.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING),
    handle,
  );
  for (let i = 0; i < 400; i++) {
    if (await page.evaluate((el) => document.activeElement === el, handle)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error('Tab never reached the element');
}

const notOnBody = async (page: Page) => expect(await page.evaluate(() => document.activeElement === document.body || !document.activeElement)).toBe(false);

test('删除此项后焦点移到下一项的第一个字段；删除最后一项移到上一项；全部删除后移到“添加一项”', async ({ guardedPage: page }) => {
  await page.goto(url);
  await ready(page);
  const attempts = page.getByRole('group', { name: /^劝返过程详细记录/ });
  const add = attempts.getByRole('button', { name: '添加一项' });
  const persons = attempts.getByLabel(/^劝返人员\*?$/);
  await tabTo(page, add);
  for (const who of ['甲', '乙', '丙']) {
    await page.keyboard.press('Enter');
    await tabTo(page, persons.last());
    await page.keyboard.type(who);
    await tabTo(page, add);
  }
  await expect(persons).toHaveCount(3);

  // Remove the middle one: focus goes to the first field of the item that follows (丙's).
  await tabTo(page, attempts.getByRole('button', { name: '删除此项' }).nth(1));
  await page.keyboard.press('Enter');
  await expect(persons).toHaveCount(2);
  await expect(attempts.getByLabel(/^劝返日期\*?$/).nth(1)).toBeFocused();
  await expect(persons.nth(1)).toHaveValue('丙');

  // Remove the last one: focus goes back to the item before it.
  await tabTo(page, attempts.getByRole('button', { name: '删除此项' }).nth(1));
  await page.keyboard.press(' ');
  await expect(persons).toHaveCount(1);
  await expect(attempts.getByLabel(/^劝返日期\*?$/).first()).toBeFocused();

  // Remove the only one: focus goes to 添加一项.
  await tabTo(page, attempts.getByRole('button', { name: '删除此项' }));
  await page.keyboard.press('Enter');
  await expect(persons).toHaveCount(0);
  await expect(add).toBeFocused();
});

test('对话框关闭（Esc、取消、确认）后焦点回到打开它的按钮', async ({ guardedPage: page }) => {
  await openWithDraft(page, '焦点测试学校');

  const clear = page.getByRole('button', { name: '清空草稿' });
  const dialog = page.getByRole('dialog', { name: '清空草稿' });
  await tabTo(page, clear);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(clear).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(clear).toBeFocused();

  const drafts = draftsList(page);
  const rename = drafts.getByRole('button', { name: '重命名' });
  await tabTo(page, rename);
  await page.keyboard.press('Enter');
  const renaming = page.getByRole('dialog', { name: '重命名草稿' });
  await expect(renaming.getByLabel('草稿名称')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('改过名的草稿');
  await page.keyboard.press('Enter');
  await expect(renaming).toHaveCount(0);
  await expect(drafts.getByRole('listitem').filter({ hasText: '改过名的草稿' })).toHaveCount(1);
  await expect(rename).toBeFocused();

  // 确定清空: the opener stays, so focus is back on it once the draft is cleared.
  await tabTo(page, clear);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: '确定清空' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(unit(page)).toHaveValue('');
  await expect(clear).toBeFocused();
});

test('删除草稿后按钮随草稿消失，焦点落在草稿列表中仍在的按钮上，不会丢到页面顶端', async ({ guardedPage: page }) => {
  await openWithDraft(page, '第一份');
  const drafts = draftsList(page);
  await drafts.getByRole('button', { name: '新建草稿' }).click();
  await unit(page).fill('第二份');
  await saved(page);
  await expect(drafts.getByRole('listitem')).toHaveCount(2);

  // Delete the draft not open: its 删除 button goes with it.
  const other = drafts.getByRole('listitem').filter({ hasText: '打开' });
  await tabTo(page, other.getByRole('button', { name: '删除' }));
  await page.keyboard.press('Enter');
  const deleting = page.getByRole('dialog', { name: '删除草稿' });
  await page.keyboard.press('Shift+Tab');
  await expect(deleting.getByRole('button', { name: '确定删除' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(drafts.getByRole('listitem')).toHaveCount(1);
  // Focus moves once React has removed the item: wait for it to land, then check where.
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.drafts-panel'))).toBe(true);
  await notOnBody(page);
  await expect(page.locator(':focus')).toHaveCount(1);
  await expect(unit(page)).toHaveValue('第二份');
});
