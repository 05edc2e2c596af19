import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { axeOn } from './axe.ts';
import { scratchDir, test, expect } from './fixtures.ts';

// The first check fetches the file's ancestors and cited documents; on a loaded machine that takes a while.
const checked = { timeout: 20_000 };

const cli = (args: string[]) => spawnSync(process.execPath, ['scripts/bin/baoxue.mjs', ...args], { encoding: 'utf8' });

test('配置编辑器：打开卢氏县，改一个目标，下载的 YAML 通过 baoxue validate，resolve 显示改动', async ({ guardedPage: page }) => {
  await page.goto('/editor/');
  await expect(page.getByLabel('本站辖区')).toBeEnabled(checked);
  await page.getByLabel('本站辖区').selectOption('lushi');
  await page.getByRole('button', { name: '打开', exact: true }).click();
  await expect(page.getByText('没有问题：下载的 lushi.yaml')).toBeVisible(checked);

  // 巩固率 ≥ 96% against the national ≥ 95%: the preview marks it as the targets page does.
  await expect(page.locator('.editor-compare')).toContainText('本级更严', checked);

  const value = page.locator('#e_targets_1_value');
  await expect(value).toHaveValue('96', checked);
  await value.fill('97.5');
  await expect(page.getByText('没有问题：下载的 lushi.yaml')).toBeVisible(checked);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 YAML' }).click();
  const d = await download;
  expect(d.suggestedFilename()).toBe('lushi.yaml');
  const text = readFileSync((await d.path())!, 'utf8');
  expect(text).toMatch(/^# 辖区配置：卢氏县（lushi）/);

  const dir = scratchDir('editor');
  try {
    cpSync('config', dir, { recursive: true });
    writeFileSync(join(dir, 'jurisdictions', 'lushi.yaml'), text);
    const validate = cli(['validate', '--config-dir', dir]);
    expect(validate.stdout + validate.stderr).toContain('配置有效');
    expect(validate.status).toBe(0);
    const resolved = cli(['resolve', 'lushi', '--config-dir', dir]);
    expect(resolved.status).toBe(0);
    const targets = JSON.parse(resolved.stdout).targets as { indicator: string; value: number; from: string }[];
    expect(targets.find((t) => t.indicator === 'consolidation-rate')).toMatchObject({ value: 97.5, from: 'lushi' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('配置编辑器：引用不存在的条款时，按 validate 的说明指出行号，点一下跳到该字段', async ({ guardedPage: page }) => {
  await page.goto('/editor/');
  await expect(page.getByLabel('本站辖区')).toBeEnabled(checked);
  await page.getByLabel('本站辖区').selectOption('lushi');
  await page.getByRole('button', { name: '打开', exact: true }).click();
  const source = page.locator('#e_targets_0_source');
  await source.fill('luzhengban-2019-18#99');
  const item = page.locator('.editor-check li.error').first();
  await expect(item).toContainText('/targets/0/source', checked);
  await expect(item).toContainText('99');
  await item.getByRole('link').click();
  await expect(source).toBeFocused();
});

test('配置编辑器：新建辖区时上级不存在，说明问题；打开有语法错误的本机文件，指出行号且不丢掉正在编辑的内容', async ({ guardedPage: page }) => {
  await page.goto('/editor/');
  await expect(page.getByRole('button', { name: '新建辖区' })).toBeEnabled(checked);
  await page.getByRole('button', { name: '新建辖区' }).click();
  await page.locator('#e_id').fill('xinxian');
  await page.locator('#e_name').fill('新县');
  await page.locator('#e_parent').fill('nowhere');
  await expect(page.locator('.editor-check li.error', { hasText: '/parent' })).toBeVisible(checked);

  await page.getByLabel('本机 YAML 文件').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from('id: a\nid: b\n', 'utf8') });
  await expect(page.getByRole('alert')).toContainText('broken.yaml 第 2 行', checked);
  await expect(page.locator('#e_name')).toHaveValue('新县');
});

test('配置编辑器：从乡镇范本开始，范本的目标带进表单，改成本镇的标识后检查通过', async ({ guardedPage: page }) => {
  await page.goto('/editor/');
  await expect(page.getByLabel('范本')).toBeEnabled(checked);
  await page.getByLabel('范本').selectOption('town');
  await page.getByRole('button', { name: '从范本开始' }).click();
  // rjsf's selects carry option indexes as values: check what they show.
  await expect(page.locator('#e_level option:checked')).toHaveText('乡镇（town）', checked);
  await expect(page.locator('#e_targets_0_indicator option:checked')).toHaveText('年辍学率');
  await page.locator('#e_id').fill('xinzhen');
  await page.locator('#e_name').fill('新镇');
  await expect(page.getByText('没有问题：下载的 xinzhen.yaml')).toBeVisible(checked);
});

test('配置编辑器无障碍检查（axe）', async ({ guardedPage: page }) => {
  // axe walks every field of the rendered form: slow on a busy machine.
  test.setTimeout(120_000);
  await page.goto('/editor/');
  await expect(page.getByLabel('本站辖区')).toBeEnabled(checked);
  await page.getByLabel('本站辖区').selectOption('bandang');
  await page.getByRole('button', { name: '打开', exact: true }).click();
  await expect(page.locator('#e_id')).toHaveValue('bandang', checked);
  const results = await axeOn(page).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('配置编辑器：粘贴一份政策文件全文，得到条款树和可下载的政策文件 YAML，辖区配置可以引用它的条款', async ({ guardedPage: page }) => {
  await page.goto('/editor/');
  await expect(page.getByRole('button', { name: '新建辖区' })).toBeEnabled(checked);
  await page.getByLabel('文件标识').fill('qingxi-2023-7');
  await page.getByLabel('粘贴政策文件全文').fill(readFileSync('test/fixtures/import-document/qingxi-attendance-rules.txt', 'utf8'));
  await page.getByRole('button', { name: '生成条款' }).click();
  const result = page.locator('.editor-import-result');
  await expect(result).toContainText('清溪县中小学学生考勤与辍学报告管理办法');
  await expect(result).toContainText('清教体〔2023〕7号');
  await expect(result.locator('.editor-clauses li').filter({ hasText: '第一章' }).first()).toBeVisible();
  await expect(result.locator('.editor-clauses li').filter({ hasText: '第四条' }).first()).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载政策文件 YAML' }).click();
  const d = await download;
  expect(d.suggestedFilename()).toBe('qingxi-2023-7.yaml');
  expect(readFileSync((await d.path())!, 'utf8')).toContain('docNumber: 清教体〔2023〕7号');

  // The pasted document joins the check: a new jurisdiction may cite it.
  await page.getByRole('button', { name: '新建辖区' }).click();
  await page.locator('#e_id').fill('qingxi');
  await page.locator('#e_name').fill('清溪县');
  await page.locator('#e_parent').fill('national');
  await page.getByRole('group', { name: '政策文件' }).getByRole('button', { name: '添加一项' }).click();
  await page.locator('#e_documents_0').fill('qingxi-2023-7');
  await expect(page.getByText('没有问题：下载的 qingxi.yaml')).toBeVisible(checked);
});

test.describe(() => {
  test.use({ serviceWorkers: 'allow' });
  test('配置编辑器离线可用：联网打开过一次后，断网时页面、检查和导入都还能用', async ({ guardedPage: page, context }) => {
    await page.goto('/editor/');
    await expect(page.getByText('本页已保存到这台电脑')).toBeVisible(checked);
    await page.getByLabel('本站辖区').selectOption('lushi');
    await page.getByRole('button', { name: '打开', exact: true }).click();
    await expect(page.getByText('没有问题：下载的 lushi.yaml')).toBeVisible(checked);
    await context.setOffline(true);
    try {
      await page.reload();
      await expect(page.getByLabel('本站辖区')).toBeEnabled(checked);
      await page.getByLabel('本站辖区').selectOption('lushi');
      await page.getByRole('button', { name: '打开', exact: true }).click();
      await page.locator('#e_targets_0_source').fill('luzhengban-2019-18#99');
      await expect(page.locator('.editor-check li.error').first()).toContainText('/targets/0/source', checked);
      await expect(page.getByLabel('粘贴政策文件全文')).toBeVisible();
    } finally {
      await context.setOffline(false);
    }
  });
});
