/**
 * The same form open in two tabs (or windows) of one browser: they share the
 * drafts, and neither may silently overwrite what the other saved. Each tab
 * keeps its drafts list current, and a tab whose open draft was changed or
 * deleted elsewhere says so and keeps its own content as a new draft.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { draftsList, openWithDraft, ready, saved, unit, url } from './form-page.ts';
import { storedDrafts } from './stored-drafts.ts';

const reason = (page: Page) => page.getByLabel(/^辍学原因\*?$/);
const ethnicity = (page: Page) => page.getByRole('group', { name: /^学生基本信息/ }).getByLabel(/^民族\*?$/);
const heading = (page: Page) => page.locator('#drafts-title');
const otherTabAlert = (page: Page) => page.getByRole('alert').filter({ hasText: '另一个窗口（标签页）' });

/** Tab A fills in a draft; tab B opens the page and gets the same draft. */
async function sameDraftInTwoTabs(a: Page, b: Page) {
  await openWithDraft(a, '两个窗口的学校');
  await b.goto(url);
  await ready(b);
  await expect(unit(b)).toHaveValue('两个窗口的学校');
}

test('两个标签页打开同一份草稿：另一页保存后本页不会覆盖它，本页继续填写另存为副本，两份都保留', async ({ guardedPage: a, otherTab: b }) => {
  await sameDraftInTwoTabs(a, b);
  await reason(a).fill('厌学');
  await saved(a);

  const notice = otherTabAlert(b);
  await expect(notice).toContainText('这份草稿刚在另一个窗口（标签页）中修改过');
  await expect(notice.getByRole('button', { name: '载入最新内容' })).toBeVisible();
  await ethnicity(b).fill('汉族');
  await expect(notice).toContainText('已另存为新草稿');
  await expect(notice).toContainText('（另一窗口的副本）');

  // A's edit is still there after a reload; B's copy is in A's list without one.
  await expect(draftsList(a).getByRole('listitem').filter({ hasText: '另一窗口的副本' })).toHaveCount(1);
  await expect(heading(a)).toHaveText('草稿（2）');
  await a.reload();
  await ready(a);
  await expect(reason(a)).toHaveValue('厌学');
  await expect(ethnicity(a)).toHaveValue('');

  // B keeps what it typed, in its copy, also after a reload.
  await expect(ethnicity(b)).toHaveValue('汉族');
  await expect(reason(b)).toHaveValue('');
  await b.reload();
  await ready(b);
  await expect(ethnicity(b)).toHaveValue('汉族');
  await expect(draftsList(b).getByRole('listitem', { name: /另一窗口的副本/ })).toHaveAttribute('aria-current', 'true');
});

test('另一页保存后，“载入最新内容”显示它保存的内容，之后本页的修改照常保存到这份草稿', async ({ guardedPage: a, otherTab: b }) => {
  await sameDraftInTwoTabs(a, b);
  await reason(a).fill('家庭困难');
  await saved(a);
  await otherTabAlert(b).getByRole('button', { name: '载入最新内容' }).focus();
  await b.keyboard.press('Enter');
  await expect(reason(b)).toHaveValue('家庭困难');
  await expect(otherTabAlert(b)).toHaveCount(0);
  // The button went with the notice: focus is on the form, not the page body.
  await expect(unit(b)).toBeFocused();
  await ethnicity(b).fill('回族');
  await saved(b);
  await expect(draftsList(b).getByRole('listitem')).toHaveCount(1);
  // Now A is the one told, and A does not overwrite B.
  await expect(otherTabAlert(a)).toContainText('这份草稿刚在另一个窗口（标签页）中修改过');
  await b.reload();
  await expect(ethnicity(b)).toHaveValue('回族');
  await expect(reason(b)).toHaveValue('家庭困难');
});

test('另一页删除了本页打开的草稿：本页说明情况，继续填写另存为新草稿，不会悄悄恢复被删的草稿', async ({ guardedPage: a, otherTab: b }) => {
  await sameDraftInTwoTabs(a, b);
  await a.getByRole('button', { name: '清空草稿' }).click();
  await a.getByRole('dialog', { name: '清空草稿' }).getByRole('button', { name: '确定清空' }).click();
  await expect(unit(a)).toHaveValue('');
  await expect(heading(a)).toHaveText('草稿（1）');

  const notice = otherTabAlert(b);
  await expect(notice).toContainText('这份草稿已在另一个窗口（标签页）中删除');
  await expect(unit(b)).toHaveValue('两个窗口的学校');
  await expect(heading(b)).toHaveText('草稿（1）');
  await unit(b).press('End');
  await b.keyboard.type('（续）');
  await expect(notice).toContainText('已另存为新草稿');
  await saved(b);
  await expect(draftsList(a).getByRole('listitem').filter({ hasText: '另一窗口删除后保留' })).toHaveCount(1);

  // The deleted draft stays deleted: A, reloaded, opens neither it nor B's content silently under its old name.
  await a.reload();
  await ready(a);
  await expect(draftsList(a).getByRole('listitem')).toHaveCount(1);
  await expect(draftsList(a).getByRole('listitem', { name: /另一窗口删除后保留/ })).toHaveAttribute('aria-current', 'true');
  await expect(unit(a)).toHaveValue('两个窗口的学校（续）');
});

test('每个标签页的草稿列表都是最新的：另一页新建、重命名、删除草稿后立即显示', async ({ guardedPage: a, otherTab: b }) => {
  await sameDraftInTwoTabs(a, b);
  await draftsList(a).getByRole('button', { name: '新建草稿' }).click();
  await unit(a).fill('第二份');
  await saved(a);
  await expect(draftsList(b).getByRole('listitem')).toHaveCount(2);
  await expect(heading(b)).toHaveText('草稿（2）');

  const second = draftsList(a).getByRole('listitem').filter({ hasText: '正在填写' });
  await second.getByRole('button', { name: '重命名' }).click();
  await a.getByLabel('草稿名称').fill('改名后的草稿');
  await a.getByRole('dialog', { name: '重命名草稿' }).getByRole('button', { name: '保存名称' }).click();
  await expect(draftsList(b).getByRole('listitem', { name: '改名后的草稿' })).toBeVisible();

  // B renames the draft it has open, A sees the name.
  const first = draftsList(b).getByRole('listitem').filter({ hasText: '正在填写' });
  await first.getByRole('button', { name: '重命名' }).click();
  await b.getByLabel('草稿名称').fill('乙窗口的草稿');
  await b.getByRole('dialog', { name: '重命名草稿' }).getByRole('button', { name: '保存名称' }).click();
  await expect(draftsList(a).getByRole('listitem', { name: '乙窗口的草稿' })).toBeVisible();

  await draftsList(a).getByRole('listitem', { name: '改名后的草稿' }).getByRole('button', { name: '删除' }).click();
  await a.getByRole('dialog', { name: '删除草稿' }).getByRole('button', { name: '确定删除' }).click();
  await expect(draftsList(b).getByRole('listitem', { name: '改名后的草稿' })).toHaveCount(0);
  await expect(draftsList(b).getByRole('listitem')).toHaveCount(1);
  await expect(unit(b)).toHaveValue('两个窗口的学校');
});

test('另一页开启口令加密后，不知道口令的本页不再把这份已加密的草稿写回明文', async ({ guardedPage: a, otherTab: b }) => {
  await sameDraftInTwoTabs(a, b);
  await a.getByText(/^口令加密/).click();
  await a.getByLabel(/^设置口令/).fill('另一页的口令');
  await a.getByLabel('再次输入口令').fill('另一页的口令');
  await a.getByRole('button', { name: '开启加密' }).click();
  await expect(a.getByText(/^口令加密.*已开启/)).toBeVisible();

  await expect(otherTabAlert(b)).toContainText('这份草稿刚在另一个窗口（标签页）中修改过');
  await reason(b).fill('厌学');
  await expect(otherTabAlert(b)).toContainText('已另存为新草稿');
  await saved(b);
  const records = JSON.parse(await storedDrafts(b)) as { name: string; sealed?: unknown }[];
  expect(records).toHaveLength(2);
  expect(records.find((r) => !r.name.includes('副本'))?.sealed).toBeDefined();
});
