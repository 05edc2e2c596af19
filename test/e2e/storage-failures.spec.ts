/**
 * When the browser will not keep drafts — IndexedDB missing or refused (a
 * private window, storage disabled), full while autosaving, or holding a
 * damaged record — the form page says so in Chinese, keeps what was typed in
 * memory, stops retrying on every keystroke, and 导出 JSON / 导出 Excel still
 * give the user their data. Failures are simulated with init scripts that run
 * before the page's own code.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './fixtures.ts';
import { storedDrafts } from './stored-drafts.ts';
import { draftsList, openWithDraft, ready, saved, unit, url } from './form-page.ts';

const read = async (d: Promise<Download>) => readFileSync((await (await d).path())!);

/** Both exports hold what the page shows, though nothing could be stored. */
async function exportsHold(page: Page, text: string) {
  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 JSON' }).click();
  const envelope = JSON.parse((await read(json)).toString('utf8'));
  expect(envelope).toMatchObject({ form: 'dropout-registration', jurisdiction: 'tanghe', data: { unit: text } });

  const excel = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const files = unzipSync(new Uint8Array(await read(excel)));
  expect(strFromU8(files['xl/worksheets/sheet1.xml']!)).toContain(`<t>${text}</t>`);
}

const failure = (page: Page, title: string | RegExp) => page.getByRole('alert').filter({ has: page.getByRole('heading', { name: title }) });

const unavailable: [string, () => void][] = [
  [
    'indexedDB 不存在',
    () => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    },
  ],
  [
    'indexedDB.open 抛出 SecurityError',
    () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    },
  ],
  [
    'indexedDB.open 以错误结束',
    () => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        const request = open.apply(this, args);
        // Aborting the upgrade makes the request end with an error event, as a refusing browser does.
        request.addEventListener('upgradeneeded', () => request.transaction!.abort());
        return request;
      };
    },
  ],
];

for (const [how, script] of unavailable) {
  test(`浏览器存储无法使用（${how}）：页面说明原因，内容留在页面中，导出 JSON 和 Excel 照常`, async ({ guardedPage: page }) => {
    await page.addInitScript(script);
    await page.goto(url);
    await ready(page);
    const notice = failure(page, '浏览器存储无法使用，草稿不会自动保存');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('只保存在这个页面中');
    await expect(notice).toContainText('关闭页面前点“导出 JSON”或“导出 Excel”');
    await expect(notice.getByRole('button', { name: '重试保存' })).toHaveCount(0);

    await unit(page).fill('无痕窗口小学');
    await expect(page.getByRole('status').filter({ hasText: '未自动保存' })).toBeVisible();
    await expect(unit(page)).toHaveValue('无痕窗口小学');
    await exportsHold(page, '无痕窗口小学');
    await expect(page.getByRole('alert')).toHaveCount(1);
  });
}

test('存储空间已满：只提示一次并暂停自动保存，内容留在页面中，导出照常；腾出空间后“重试保存”存好', async ({ guardedPage: page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __full: boolean; __puts: number };
    w.__full = true;
    w.__puts = 0;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'drafts' && w.__full) {
        w.__puts++;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return put.apply(this, args);
    };
  });
  await page.goto(url);
  await ready(page);
  await unit(page).fill('空间已满小学');
  const notice = failure(page, '浏览器存储空间已满，自动保存已暂停');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('只保存在这个页面中');
  await expect(notice).toContainText('“导出 JSON”或“导出 Excel”');

  // More typing neither writes again nor repeats the alert.
  await unit(page).press('End');
  await page.keyboard.type('东校区');
  await expect(unit(page)).toHaveValue('空间已满小学东校区');
  expect(await page.evaluate(() => (window as unknown as { __puts: number }).__puts)).toBe(1);
  await expect(page.getByRole('alert')).toHaveCount(1);
  await exportsHold(page, '空间已满小学东校区');

  await page.evaluate(() => ((window as unknown as { __full: boolean }).__full = false));
  await notice.getByRole('button', { name: '重试保存' }).click();
  await saved(page);
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(unit(page)).toHaveValue('空间已满小学东校区');
});

test('损坏的草稿：其他草稿照常打开，损坏的一份列出原因，可以导出原始数据，确认后才丢弃', async ({ guardedPage: page }) => {
  await openWithDraft(page, '完好的草稿小学');
  const bad = {
    form: 'dropout-registration',
    id: 'damaged-draft',
    name: '截断的草稿',
    jurisdiction: 'tanghe',
    version: 1,
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2099-03-01T08:00:00.000Z',
    data: '{"unit":"截断的小',
  };
  await page.evaluate(async (record) => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const q = indexedDB.open('baoxue-drafts');
      q.onsuccess = () => ok(q.result);
    });
    await new Promise((ok) => {
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(record);
      tx.oncomplete = ok;
    });
    db.close();
    // The damaged record is the newest and the one opened last: it must not block the others.
    localStorage.setItem('baoxue:last-draft:tanghe:dropout-registration', record.id);
    sessionStorage.setItem('baoxue:last-draft:tanghe:dropout-registration', record.id);
  }, bad);
  await page.reload();
  await ready(page);
  await expect(unit(page)).toHaveValue('完好的草稿小学');
  const notice = failure(page, '有 1 份草稿已损坏，无法打开');
  await expect(notice).toContainText('“截断的草稿”：表单数据不是一组字段');
  await expect(notice).toContainText('没有被删除');

  const item = draftsList(page).getByRole('listitem', { name: '截断的草稿' });
  await expect(item).toContainText('已损坏，无法打开');
  await expect(item.getByRole('button', { name: '打开' })).toHaveCount(0);
  const raw = page.waitForEvent('download');
  await item.getByRole('button', { name: '导出原始数据' }).click();
  expect((await raw).suggestedFilename()).toMatch(/^辍学学生登记表-已损坏的草稿-截断的草稿-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse((await read(raw)).toString('utf8'))).toEqual(bad);

  await item.getByRole('button', { name: '丢弃' }).click();
  const dialog = page.getByRole('dialog', { name: '丢弃已损坏的草稿' });
  await dialog.getByRole('button', { name: '取消' }).click();
  expect(await storedDrafts(page)).toContain('damaged-draft');
  await item.getByRole('button', { name: '丢弃' }).click();
  await dialog.getByRole('button', { name: '确定丢弃' }).click();
  await expect(item).toHaveCount(0);
  await expect(notice).toHaveCount(0);
  expect(await storedDrafts(page)).not.toContain('damaged-draft');
  expect(await storedDrafts(page)).toContain('完好的草稿小学');
});
