/**
 * Drafts on the built site: nothing typed is lost when the page goes away at
 * once, encrypted drafts lock only themselves, destructive dialogs start on 取消,
 * and imports say what is wrong with a file instead of guessing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { scratchDir, test, expect } from './fixtures.ts';
import { storedDrafts } from './stored-drafts.ts';
import { draftsList, openWithDraft, ready, saved, unit, url } from './form-page.ts';

test('自动保存：输入后立即刷新，最后输入的内容也在', async ({ guardedPage: page }) => {
  await page.goto(url);
  await ready(page);
  await unit(page).fill('唐河县第一小学');
  await unit(page).press('End');
  await page.keyboard.type('东校区');
  // No wait at all: the reload starts right after the last keystroke.
  await page.reload();
  await expect(unit(page)).toHaveValue('唐河县第一小学东校区');
});

test('自动保存：输入后立即点链接离开，回来时内容也在', async ({ guardedPage: page }) => {
  await page.goto(url);
  await ready(page);
  await unit(page).fill('城郊乡中心学校');
  await page.getByRole('link', { name: '表单' }).first().click();
  await expect(page).toHaveURL(/\/tanghe\/forms\/$/);
  // A fresh load, not the back/forward cache: the value must come from IndexedDB.
  await page.goto(url);
  await expect(unit(page)).toHaveValue('城郊乡中心学校');
});

/** Switch on passphrase encryption from the page, as the first teacher does. */
async function encrypt(page: Page, passphrase: string) {
  await page.getByText(/^口令加密/).click();
  await page.getByLabel(/^设置口令/).fill(passphrase);
  await page.getByLabel('再次输入口令').fill(passphrase);
  await page.getByRole('button', { name: '开启加密' }).click();
  await expect(page.getByText(/^口令加密.*已开启/)).toBeVisible();
}


test('口令加密：不知道口令的人照常填写，已加密的草稿只显示名称；“忘记口令”先说明要删几份，默认“取消”', async ({ guardedPage: page }) => {
  await page.goto(url);
  await ready(page);
  await unit(page).fill('张老师的学校');
  await page.getByRole('group', { name: /^学生基本信息/ }).getByLabel(/^姓名\*?$/).fill('王小明');
  await saved(page);
  await encrypt(page, '张老师的口令');

  // Another teacher on the same PC: the page works without the passphrase.
  await page.reload();
  await ready(page);
  await expect(unit(page)).toHaveValue('');
  await expect(page.getByText('王小明')).toHaveCount(0);
  const locked = draftsList(page).getByRole('listitem').filter({ hasText: '已加密，需输入口令' });
  await expect(locked).toHaveCount(1);
  await expect(locked.getByRole('button', { name: '打开', exact: true })).toHaveCount(0);
  await expect(locked.getByRole('button', { name: '解锁并打开' })).toBeVisible();
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
  await expect(page.getByRole('button', { name: '导入' })).toBeEnabled();
  await unit(page).fill('李老师的学校');
  await saved(page);
  await page.reload();
  await expect(unit(page)).toHaveValue('李老师的学校');
  await expect(draftsList(page).getByRole('listitem').filter({ hasText: '未加密' })).toHaveCount(1);

  // 忘记口令 names what it deletes and starts on 取消: Enter keeps everything.
  await draftsList(page).getByRole('button', { name: '解锁并打开' }).click();
  await page.getByRole('dialog', { name: '解锁已加密的草稿' }).getByRole('button', { name: '忘记口令' }).click();
  const forget = page.getByRole('dialog', { name: '忘记口令' });
  await expect(forget).toContainText('1 份已加密的草稿');
  await expect(forget).toContainText('包括其他人');
  await expect(forget.getByRole('button', { name: '删除 1 份已加密的草稿' })).toBeVisible();
  await expect(forget.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(forget).toHaveCount(0);
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(2);

  // Back at the prompt, the first teacher opens her draft with her passphrase.
  const unlock = page.getByRole('dialog', { name: '解锁已加密的草稿' });
  await expect(unlock.getByLabel('口令')).toBeFocused();
  await unlock.getByLabel('口令').fill('张老师的口令');
  await page.keyboard.press('Enter');
  await expect(unit(page)).toHaveValue('张老师的学校');
  // Her further typing stays sealed.
  await unit(page).fill('张老师的学校（改）');
  await saved(page);
  const stored = await storedDrafts(page);
  expect(stored).not.toContain('张老师的学校');
  expect(stored).not.toContain('王小明');
});

test('口令加密时也一样：输入后立即刷新，解锁后最后输入的内容也在', async ({ guardedPage: page }) => {
  await openWithDraft(page, '加密');
  await encrypt(page, '立即刷新的口令');
  await unit(page).press('End');
  await page.keyboard.type('的学校');
  await page.reload();
  await page.getByRole('status').getByRole('button', { name: '解锁并打开' }).click();
  const unlock = page.getByRole('dialog', { name: '解锁已加密的草稿' });
  await unlock.getByLabel('口令').fill('立即刷新的口令');
  await page.keyboard.press('Enter');
  await expect(unit(page)).toHaveValue('加密的学校');
});

for (const { name, open, dialog, confirm } of [
  { name: '清空草稿', open: (page: Page) => page.getByRole('button', { name: '清空草稿' }).click(), dialog: '清空草稿', confirm: '确定清空' },
  {
    name: '删除草稿',
    open: (page: Page) => draftsList(page).getByRole('listitem').first().getByRole('button', { name: '删除' }).click(),
    dialog: '删除草稿',
    confirm: '确定删除',
  },
]) {
  test(`${name}：确认框打开时焦点在“取消”，直接按回车不会删除`, async ({ guardedPage: page }) => {
    await openWithDraft(page, '不能误删的学校');
    await open(page);
    const d = page.getByRole('dialog', { name: dialog });
    await expect(d.getByRole('button', { name: confirm })).toBeVisible();
    await expect(d.getByRole('button', { name: '取消' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(d).toHaveCount(0);
    await expect(unit(page)).toHaveValue('不能误删的学校');
    await page.reload();
    await expect(unit(page)).toHaveValue('不能误删的学校');
  });
}

/** Import a file (name and bytes) through the 导入 button. */
async function importBytes(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入' }).click();
  await (await chooser).setFiles({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'application/octet-stream', buffer });
}

const example = () => JSON.parse(readFileSync('schemas/forms/dropout-registration.schema.json', 'utf8')).examples[0];
const envelope = (jurisdiction: string, data: unknown = example()) => Buffer.from(JSON.stringify({ form: 'dropout-registration', version: 1, jurisdiction, data }));

test('导入：其他辖区的文件先问一声并给出该辖区的页面，不认识的辖区明确提示', async ({ guardedPage: page }) => {
  await openWithDraft(page, '正在填写的草稿');

  await importBytes(page, '卢氏的登记表.json', envelope('lushi'));
  const ask = page.getByRole('dialog', { name: '导入其他辖区的文件' });
  await expect(ask).toContainText('卢氏县');
  await expect(ask.getByRole('link', { name: /打开卢氏县的/ })).toHaveAttribute('href', '/lushi/forms/dropout-registration/');
  await expect(ask.getByRole('button', { name: '取消' })).toBeFocused();
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(unit(page)).toHaveValue('正在填写的草稿');
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(1);

  await importBytes(page, '卢氏的登记表.json', envelope('lushi'));
  await ask.getByRole('button', { name: /^仍导入到唐河县/ }).click();
  const report = page.locator('.import-report');
  await expect(report).toContainText('已导入');
  await expect(report).toContainText('文件属于卢氏县');
  await expect(unit(page)).toHaveValue(example().unit);
  // The draft being filled is still there, untouched.
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(2);

  await importBytes(page, '别处的登记表.json', envelope('tanghee'));
  await expect(report).toContainText('“tanghee” 不是本站有这张表的辖区');
  await expect(report).toContainText('您是否想写 “tanghe”');
});

test('浏览器存储打开得慢时，工具栏等草稿打开后才可用，刚导入的内容不会被随后打开的草稿顶替', async ({ guardedPage: page }) => {
  // A slow shared PC: IndexedDB answers 1.5 s late.
  await page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<typeof open>) {
      const request = open.apply(this, args);
      const listen = request.addEventListener.bind(request);
      request.addEventListener = ((type: string, fn: EventListener, options?: AddEventListenerOptions) =>
        listen(type, type === 'success' ? (e: Event) => setTimeout(() => fn(e), 1500) : fn, options)) as typeof request.addEventListener;
      return request;
    };
  });
  await page.goto(url);
  const importButton = page.getByRole('button', { name: '导入' });
  await expect(importButton).toBeDisabled();
  await expect(importButton).toBeEnabled({ timeout: 10_000 });
  await importBytes(page, '登记表.json', envelope('tanghe'));
  await expect(page.locator('.import-report')).toContainText('已导入');
  // Once the imported draft is stored and listed as the open one, nothing is left to replace it.
  await saved(page);
  await expect(draftsList(page).getByRole('listitem').filter({ hasText: '导入' }).getByText('正在填写')).toBeVisible();
  await expect(unit(page)).toHaveValue(example().unit);
  await expect(draftsList(page).getByRole('listitem').filter({ hasText: '导入' })).toHaveCount(1);
});

test('导入：GBK 编码的 JSON 被拒绝并说明原因，不会变成乱码草稿', async ({ guardedPage: page }) => {
  await page.goto(url);
  await ready(page);
  const [before, after] = envelope('tanghe').toString('utf8').split(example().student.name);
  // 张小明 in GBK, as Notepad's “ANSI” saves it.
  const gbk = Buffer.concat([Buffer.from(before!), Buffer.from([0xd5, 0xc5, 0xd0, 0xa1, 0xc3, 0xf7]), Buffer.from(after!)]);
  await importBytes(page, 'gbk.json', gbk);
  await expect(page.getByRole('alert').filter({ hasText: '无法导入' })).toContainText('文件不是 UTF-8 编码');
  await expect(draftsList(page).getByRole('listitem').filter({ hasText: '导入' })).toHaveCount(0);
});

test('导入 Excel：被 Excel 改成数字的身份证号、不是整数的单元格——能读的都导入，问题逐条列出', async ({ guardedPage: page }) => {
  const dir = scratchDir('drafts-xlsx');
  await page.goto(url);
  await ready(page);
  await importBytes(page, 'example.json', envelope('tanghe'));
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const xlsx = join(dir, 'export.xlsx');
  await (await download).saveAs(xlsx);

  const files = unzipSync(new Uint8Array(readFileSync(xlsx)));
  const main = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const id = new RegExp(`<c r="(B\\d+)"[^>]*t="inlineStr"><is><t>${example().student.idNumber}</t></is></c>`);
  expect(main).toMatch(id);
  files['xl/worksheets/sheet1.xml'] = strToU8(main.replace(id, '<c r="$1"><v>4.11328201003151E+17</v></c>'));
  const count = /<c r="(B\d+)"[^>]*><v>2<\/v><\/c>/; // 劝返次数
  expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toMatch(count);
  files['xl/worksheets/sheet1.xml'] = strToU8(strFromU8(files['xl/worksheets/sheet1.xml']!).replace(count, '<c r="$1" t="inlineStr"><is><t>两次</t></is></c>'));
  await importBytes(page, '改过的.xlsx', Buffer.from(zipSync(files)));

  const report = page.locator('.import-report');
  await expect(report).toContainText('已导入');
  await expect(report).toContainText(/工作表“辍学学生登记表” 第\d+行 B列“学生基本信息 \/ 身份证号”：“身份证号”被 Excel 存成了数字/);
  await expect(report).toContainText('设置为“文本”格式');
  await expect(report).not.toContainText('校验码');
  await expect(report).toContainText(/第\d+行 B列“核查情况 \/ 劝返次数”：“劝返次数”应为整数，实际是 “两次”/);
  // Everything else was read.
  await expect(unit(page)).toHaveValue(example().unit);
  await expect(page.getByRole('group', { name: /^学生基本信息/ }).getByLabel(/^身份证号\*?$/)).toHaveValue('411328201003151000');
});

test('删除本机全部草稿：先说明要删几份（所有表单、所有辖区、已加密的也删）、无法恢复、先导出，默认“取消”；确认后一份不剩，其他标签页也清空', async ({ guardedPage: page, otherTab }) => {
  await openWithDraft(page, '第一份');
  await draftsList(page).getByRole('button', { name: '新建草稿' }).click();
  await unit(page).fill('第二份');
  await saved(page);
  // Another form of another county, in another tab.
  await otherTab.goto('/lushi/forms/persuasion-record/');
  await expect(otherTab.getByRole('button', { name: '打印' })).toBeEnabled();
  const otherField = otherTab.locator('.screen-form input[type=text]').first();
  await otherField.fill('卢氏县的记录');
  await saved(otherTab);
  await encrypt(page, '全部删除的口令');

  // The storage notice points shared-PC users at it.
  await page.getByText(/^草稿只保存在/).click();
  await expect(page.getByRole('group', { name: '草稿保存说明' })).toContainText('删除本机全部草稿');

  const wipe = draftsList(page).getByRole('button', { name: '删除本机全部草稿' });
  await wipe.click();
  const ask = page.getByRole('dialog', { name: '删除本机全部草稿' });
  await expect(ask).toContainText('3 份草稿');
  await expect(ask).toContainText('所有表单');
  await expect(ask).toContainText('无法恢复');
  await expect(ask).toContainText('导出 JSON');
  await expect(ask.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toHaveCount(0);
  await expect(wipe).toBeFocused();
  expect(JSON.parse(await storedDrafts(page))).toHaveLength(3);

  await wipe.click();
  await ask.getByRole('button', { name: '删除 3 份草稿' }).click();
  await expect(ask).toHaveCount(0);
  await expect(unit(page)).toHaveValue('');
  await expect(page.locator('#drafts-title')).toHaveText('草稿（1）');
  await expect(page.getByText(/^口令加密.*未开启/)).toBeVisible();
  expect(await storedDrafts(page)).toBe('[]');

  await expect(otherTab.getByRole('alert')).toContainText('本机全部草稿已在另一个窗口（标签页）中删除，本页也已清空');
  await expect(otherField).toHaveValue('');
  await otherTab.reload();
  await expect(otherTab.getByRole('button', { name: '打印' })).toBeEnabled();
  await expect(otherField).toHaveValue('');
  expect(await storedDrafts(page)).toBe('[]');
});
