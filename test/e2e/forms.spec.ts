import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { scratchDir, test, expect } from './fixtures.ts';
import { storedDrafts, storeOldDraft } from './stored-drafts.ts';

const url = '/tanghe/forms/dropout-registration/';

/** What the test types into the 辍学学生登记表, by the field's visible label. */
const student = {
  unit: '唐河县城郊乡中心学校',
  fillDate: '2022-03-10',
  name: '张小明',
  idNumber: '411328201003151236',
  birthDate: '2010-03-15',
  ethnicity: '汉族',
  health: '健康',
  guardian: { name: '张大山', relation: '父亲', phone: '13800000001' },
  household: { county: '唐河县', township: '城郊乡', village: '大王庄村3组15号' },
  registry: { county: '唐河县', township: '城郊乡', village: '城郊乡第一初级中学' },
  residence: { county: '唐河县', township: '桐寨铺镇', village: '桐寨铺村5组12号' },
  dropoutReason: '厌学',
  familySituation: '父母在外务工，由祖母照看。',
  persuasion: { count: '2', unit: '城郊乡中心学校', responsible: '王老师' },
  attempt: { date: '2022-03-03', persons: '王老师、村委会赵主任', place: '学生家中', method: '上门家访，宣讲义务教育法。', result: '家长同意督促返校。' },
};

const field = (scope: Page | Locator, label: string) => scope.getByLabel(new RegExp(`^${label}\\*?$`));
const group = (page: Page, legend: string) => page.getByRole('group', { name: new RegExp(`^${legend}\\*?$`) });

async function fillDropoutRegistration(page: Page) {
  await field(page, '单位').fill(student.unit);
  await field(page, '填表日期').fill(student.fillDate);
  const s = group(page, '学生基本信息');
  await field(s, '姓名').fill(student.name);
  await field(s, '身份证号').fill(student.idNumber);
  await field(s, '出生日期').fill(student.birthDate);
  await s.getByRole('radio', { name: '男' }).check();
  await field(s, '民族').fill(student.ethnicity);
  await field(s, '健康情况').fill(student.health);
  const g = page.locator('#f_guardians_0');
  await field(g, '监护人姓名').fill(student.guardian.name);
  // 唐河县 relabels this field (formOptions.labels) as in its official table.
  await field(g, '与被核查人关系').fill(student.guardian.relation);
  await field(g, '联系电话').fill(student.guardian.phone);
  for (const key of ['household', 'registry', 'residence'] as const) {
    const legend = { household: '户籍所在地', registry: '学籍所在地', residence: '现居住地' }[key];
    const a = group(page, legend);
    await field(a, '县（市、区）').fill(student[key].county);
    await field(a, '乡镇（街道、办事处）').fill(student[key].township);
    await field(a, '村（小区、门牌号码等）').fill(student[key].village);
  }
  await field(page, '辍学原因').fill(student.dropoutReason);
  await field(page, '家庭情况简述').fill(student.familySituation);
  const p = group(page, '核查情况');
  await p.getByLabel('是否已开展劝返工作').check();
  await field(p, '劝返次数').fill(student.persuasion.count);
  await field(p, '劝返单位').fill(student.persuasion.unit);
  await field(p, '劝返责任人').fill(student.persuasion.responsible);
  const attempts = group(page, '劝返过程详细记录');
  await attempts.getByRole('button', { name: '添加一项' }).click();
  await field(attempts, '劝返日期').fill(student.attempt.date);
  await field(attempts, '劝返人员').fill(student.attempt.persons);
  await field(attempts, '劝返地点').fill(student.attempt.place);
  await field(attempts, '劝返方式').fill(student.attempt.method);
  await field(attempts, '劝返结果').fill(student.attempt.result);
}

async function expectFilled(page: Page) {
  await expect(field(page, '单位')).toHaveValue(student.unit);
  const s = group(page, '学生基本信息');
  await expect(field(s, '姓名')).toHaveValue(student.name);
  await expect(field(s, '身份证号')).toHaveValue(student.idNumber);
  await expect(field(s, '出生日期')).toHaveValue(student.birthDate);
  await expect(s.getByRole('radio', { name: '男' })).toBeChecked();
  await expect(field(page.locator('#f_guardians_0'), '联系电话')).toHaveValue(student.guardian.phone);
  await expect(field(group(page, '现居住地'), '乡镇（街道、办事处）')).toHaveValue(student.residence.township);
  await expect(group(page, '核查情况').getByLabel('是否已开展劝返工作')).toBeChecked();
  await expect(field(group(page, '劝返过程详细记录'), '劝返方式')).toHaveValue(student.attempt.method);
}

async function saved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();
}

async function exportJson(page: Page, dir: string): Promise<{ path: string; value: any }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 JSON' }).click();
  const d = await download;
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return { path, value: JSON.parse(readFileSync(path, 'utf8')) };
}

test('辍学学生登记表：填写后刷新，内容全部恢复；导出、清空、导入后完全一致', async ({ guardedPage: page }) => {
  const dir = scratchDir('forms');
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('辍学学生登记表');
  await expect(page.getByText('不是备份')).toBeVisible();
  await fillDropoutRegistration(page);
  await saved(page);

  await page.reload();
  await expectFilled(page);

  const first = await exportJson(page, dir);
  expect(first.value).toMatchObject({ form: 'dropout-registration', version: 1, jurisdiction: 'tanghe' });
  expect(first.value.data.student).toMatchObject({ name: student.name, idNumber: student.idNumber, birthDate: student.birthDate, gender: '男' });
  expect(first.value.data.guardians).toEqual([student.guardian]);
  expect(first.value.data.attempts).toEqual([student.attempt]);

  await page.getByRole('button', { name: '清空草稿' }).click();
  const dialog = page.getByRole('dialog', { name: '清空草稿' });
  await expect(dialog).toContainText('无法恢复');
  await dialog.getByRole('button', { name: '确定清空' }).click();
  await expect(field(group(page, '学生基本信息'), '姓名')).toHaveValue('');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入' }).click();
  await (await chooser).setFiles(first.path);
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  await expectFilled(page);
  const second = await exportJson(page, dir);
  expect(second.value).toEqual(first.value);

  // The import is a draft of its own; the list offers rename and delete.
  const drafts = page.getByRole('region', { name: /草稿/ });
  await expect(drafts.getByRole('listitem').filter({ hasText: '导入' })).toBeVisible();
});

test('辍学学生登记表：打印为 A4 PDF，文字包含每个填写的值', async ({ guardedPage: page }) => {
  const dir = scratchDir('print');
  await page.goto(url);
  await fillDropoutRegistration(page);
  await saved(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  const pdf = join(dir, 'form.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  const values = [
    student.unit, student.fillDate, student.name, student.idNumber, student.birthDate, '男', student.ethnicity, student.health,
    ...Object.values(student.guardian), ...Object.values(student.household), ...Object.values(student.registry), ...Object.values(student.residence),
    student.dropoutReason, student.familySituation, ...Object.values(student.persuasion), ...Object.values(student.attempt),
  ];
  for (const v of values) expect(text, `PDF 中应有“${v}”`).toContain(v.replace(/\s+/g, ''));
  for (const label of ['辍学学生登记表', '单位（盖章）', '填表日期', '填表人（签字）', '审核人（签字）', '负责人（签字）']) expect(text).toContain(label);
  // Nothing from the screen UI on paper.
  for (const ui of ['导出JSON', '清空草稿', '跳到正文', '检查填写']) expect(text).not.toContain(ui);
});

test('辍学学生登记表：身份证号不对时给出点名“身份证号”的中文提示', async ({ guardedPage: page }) => {
  await page.goto(url);
  const id = field(group(page, '学生基本信息'), '身份证号');
  await id.fill('41132820100315');
  await id.blur();
  await page.getByRole('button', { name: '检查填写' }).click();
  const error = page.locator('#f_student_idNumber__error');
  await expect(error).toContainText('身份证号');
  await expect(error).toContainText(/格式不对|应为 18 位/);
  await expect(page.getByRole('alert').filter({ hasText: '请修改以下' })).toContainText('身份证号');
});

test('辍学学生登记表：检查填写后问题按表单顺序列出，每条点名字段所在的栏目、点击跳到该字段，并先聚焦第一个有问题的字段', async ({ guardedPage: page }) => {
  await page.goto(url);
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
  await page.getByRole('button', { name: '检查填写' }).click();
  const list = page.getByRole('alert').filter({ hasText: '请修改以下' });
  const items = list.getByRole('listitem');
  await expect(items.first()).toHaveText('请填写“单位”。');
  await expect(page.locator('#f_unit')).toBeFocused();
  const texts = await items.allTextContents();
  expect(new Set(texts).size, '每条提示都不相同').toBe(texts.length);
  await expect(list.getByRole('heading')).toHaveText(`请修改以下 ${texts.length} 处`);
  for (const group of ['户籍所在地', '学籍所在地', '现居住地']) await expect(items.filter({ hasText: `“${group}”的` })).toHaveCount(3);
  expect(texts.indexOf('请填写“姓名”。')).toBeLessThan(texts.indexOf('请填写“户籍所在地”的“县（市、区）”。'));
  expect(texts.indexOf('请填写“现居住地”的“村（小区、门牌号码等）”。')).toBeLessThan(texts.indexOf('请填写“辍学原因”。'));
  await list.getByRole('link', { name: '请填写“学籍所在地”的“乡镇（街道、办事处）”。' }).click();
  await expect(page.locator('#f_registry_township')).toBeFocused();
});

test('辍学学生登记表：检查填写后接着填，已填的内容和自动算出的年龄都在，问题列表随填写更新', async ({ guardedPage: page }) => {
  await page.goto(url);
  const s = group(page, '学生基本信息');
  await field(s, '姓名').fill(student.name);
  await page.getByRole('button', { name: '检查填写' }).click();
  const heading = page.getByRole('alert').filter({ hasText: '请修改以下' }).getByRole('heading');
  const before = Number(/(\d+)/.exec((await heading.textContent())!)![1]);
  await expect(field(s, '姓名')).toHaveValue(student.name);
  await field(page, '填表日期').fill(student.fillDate);
  await field(s, '身份证号').fill(student.idNumber);
  await field(s, '出生日期').fill(student.birthDate);
  await expect(field(s, '年龄')).toHaveValue('11');
  await field(s, '民族').fill(student.ethnicity);
  await expect(heading).toHaveText(`请修改以下 ${before - 4} 处`);
  await expect(field(s, '姓名')).toHaveValue(student.name);
  await expect(field(page, '填表日期')).toHaveValue(student.fillDate);
});

test('辍学学生登记表：用中文输入法打出的全角身份证号、带空格的电话号码，填写时即改为半角、去掉空格', async ({ guardedPage: page }) => {
  await page.goto(url);
  const id = field(group(page, '学生基本信息'), '身份证号');
  await id.fill('４１１３２８２０１００３１５１２３６');
  await expect(id).toHaveValue('411328201003151236');
  const phone = field(page.locator('#f_guardians_0'), '联系电话');
  await phone.fill('138 0000 0001');
  await expect(phone).toHaveValue('13800000001');
  const name = field(group(page, '学生基本信息'), '姓名');
  await name.fill('张 小明');
  await expect(name).toHaveValue('张 小明');
});

test('控辍保学月报表：新月报按年级一年级至九年级列好；合计和辍学率随填写即时计算', async ({ guardedPage: page }) => {
  await page.goto('/tanghe/forms/monthly-report/');
  const grades = group(page, '分年级数据');
  const names = () => grades.getByLabel(/^年级\*?$/).evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).selectedOptions[0]?.text));
  await expect.poll(names).toEqual(['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级']);
  const rows = [
    { at: 6, enrolled: '100', suspected: '2', dropouts: '1', returned: '1' },
    { at: 7, enrolled: '100', suspected: '0', dropouts: '1', returned: '0' },
  ];
  for (const r of rows) {
    const item = page.locator(`#f_grades_${r.at}`);
    await field(item, '在籍学生数').fill(r.enrolled);
    await field(item, '疑似辍学人数').fill(r.suspected);
    await field(item, '辍学人数').fill(r.dropouts);
    await field(item, '劝返复学人数').fill(r.returned);
  }
  const totals = page.getByRole('region', { name: '合计与比率（自动计算）' });
  const junior = totals.getByRole('row', { name: /初中/ });
  await expect(junior.getByRole('cell').nth(0)).toHaveText('200');
  await expect(junior).toContainText('1.00%（2/200）');
  await expect(totals.getByRole('row', { name: /合计/ }).getByRole('cell').nth(1)).toHaveText('2');
  await field(page.locator('#f_grades_7'), '辍学人数').fill('3');
  await expect(junior).toContainText('2.00%（4/200）');
  // A zero report that still counts dropouts is flagged.
  await page.getByRole('radio', { name: '是' }).check();
  await expect(page.getByRole('alert').filter({ hasText: '零报告' })).toBeVisible();
  // So is a grade counting more suspected dropouts than it has pupils, named as the grid names it.
  await field(page.locator('#f_grades_7'), '疑似辍学人数').fill('150');
  await expect(page.getByRole('alert').filter({ hasText: '八年级的疑似辍学人数（150）超过了在籍学生数（100）' })).toBeVisible();
  await page.getByRole('button', { name: '检查填写' }).click();
  const list = page.getByRole('alert').filter({ hasText: '请修改以下' });
  await expect(list).toContainText('八年级的“疑似辍学人数”（150）超过了该年级的“在籍学生数”（100）。');
  await expect(list).toContainText('请填写一年级的“在籍学生数”。');
  await expect(list).not.toContainText('第8年级');
});

test('控辍保学月报表：未填写就打印，也按年级列出一年级至九年级', async ({ guardedPage: page }) => {
  const dir = scratchDir('print');
  await page.goto('/tanghe/forms/monthly-report/');
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
  const [text] = await printedPages(page, dir, 'blank-report');
  expect(text).toMatch(/1一年级2二年级3三年级4四年级5五年级6六年级7七年级8八年级9九年级/);
  // Totals of a blank report are left for the hand, not printed as 0.
  expect(text).toContain('小学（1–6年级）初中（7–9年级）合计');
});

test('打印：有内容但有问题的表先询问（默认“返回修改”），空白表直接打印，供手填', async ({ guardedPage: page }) => {
  const dir = scratchDir('print');
  await page.addInitScript(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
  const printed = () => page.evaluate(() => (window as unknown as { printed: number }).printed);
  await page.goto('/tanghe/forms/monthly-report/');
  const print = page.getByRole('button', { name: '打印' });
  await expect(print).toBeEnabled();
  await print.click();
  await expect.poll(printed).toBe(1);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // A zero report that still counts dropouts.
  await importExample(page, 'monthly-report', dir, (d) => (d.zeroReport = true));
  await print.click();
  const dialog = page.getByRole('dialog', { name: '表单还有 1 处问题，仍要打印吗？' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: '返回修改' })).toBeFocused();
  await dialog.getByRole('button', { name: '返回修改' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await printed()).toBe(1);
  await print.click();
  await dialog.getByRole('button', { name: '仍要打印' }).click();
  await expect.poll(printed).toBe(2);
  await expect(dialog).toHaveCount(0);
});

test('适龄儿童少年核查登记：证明材料清单随核查类别变化', async ({ guardedPage: page }) => {
  await page.goto('/tanghe/forms/verification/');
  const code = page.getByLabel(/^类别代码/);
  await code.selectOption('B');
  await expect(page.getByLabel(/^核查类别/)).toHaveValue('在校有学籍');
  const evidence = group(page, '证明材料');
  const names = () => evidence.getByLabel(/^材料名称/).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  await expect.poll(names).toEqual(['学校打印并加盖公章的学籍卡（学生基本信息表）']);
  await evidence.getByLabel(/^已留存/).check();
  await code.selectOption('A');
  await expect(page.getByLabel(/^核查类别/)).toHaveValue('户籍原因');
  await expect.poll(names).toEqual(['村委证明', '辖区派出所出具的相关证明']);
  await expect(page.getByRole('heading', { name: /A 类（户籍原因）须留存的证明材料/ })).toBeVisible();
});

test('适龄儿童少年核查登记：M 类按情形留存材料，留齐一种情形即可，页面和打印都写明', async ({ guardedPage: page }) => {
  const dir = scratchDir('print');
  await page.goto('/tanghe/forms/verification/');
  await importExample(page, 'verification', dir);
  await page.getByLabel(/^类别代码/).selectOption('M');
  await expect(page.getByRole('heading', { name: 'M 类（其他原因）须留存的证明材料' })).toBeVisible();
  await expect(page.getByText('留存符合本人情况的一种情形的全部材料即可')).toBeVisible();
  await expect(page.locator('.category-help .category-situations li')).toHaveText(['姓名错别字类：在学籍系统进行关键数据变更后出具的正确学籍卡、户口簿复印件', '父母离异一方带走：民政部门证明或判决证明复印件、家访记录等']);
  const evidence = group(page, '证明材料');
  const kept = evidence.getByLabel(/^已留存/);
  await expect(kept).toHaveCount(4);
  await page.getByRole('button', { name: '检查填写' }).click();
  const list = page.getByRole('alert').filter({ hasText: '请修改以下' });
  await expect(list).toContainText('还没有一种情形齐全');
  await kept.nth(0).check();
  await kept.nth(1).check();
  await expect(list).toHaveCount(0);
  const [text] = await printedPages(page, dir, 'category-m');
  expect(text).toContain('注：M类（其他原因）视不同情况具体对待，下列任一种情形的材料齐全即可');
  expect(text).toContain('父母离异一方带走：民政部门证明或判决证明复印件、家访记录等');
});

test('适龄儿童少年核查登记：换了类别再换回来，已勾选的材料和说明都还在', async ({ guardedPage: page }) => {
  await page.goto('/tanghe/forms/verification/');
  const code = page.getByLabel(/^类别代码/);
  const evidence = group(page, '证明材料');
  await code.selectOption('H');
  await evidence.getByLabel(/^已留存/).check();
  await evidence.getByLabel(/^说明/).fill('档案盒 8-2');
  await code.selectOption('B');
  await expect(evidence.getByLabel(/^材料名称/)).toHaveValue('学校打印并加盖公章的学籍卡（学生基本信息表）');
  await expect(evidence.getByLabel(/^已留存/)).not.toBeChecked();
  await code.selectOption('H');
  await expect(evidence.getByLabel(/^材料名称/)).toHaveValue('政府和公安部门出具的相关证明');
  await expect(evidence.getByLabel(/^已留存/)).toBeChecked();
  await expect(evidence.getByLabel(/^说明/)).toHaveValue('档案盒 8-2');
});

test('辍学学生登记表：年龄不填时按身份证号和填表日期自动计算，打印也有', async ({ guardedPage: page }) => {
  const dir = scratchDir('age');
  await page.goto(url);
  await importExample(page, 'dropout-registration', dir, (d) => delete d.student.age);
  const age = field(group(page, '学生基本信息'), '年龄');
  await expect(age).toHaveValue('11');
  await field(page, '填表日期').fill('2022-03-20');
  await expect(age).toHaveValue('12');
  const [text] = await printedPages(page, dir, 'age');
  expect(text).toContain('年龄12民族');
});

test('控辍保学目标责任书：新责任书带出辖区目标；承诺值低于辖区目标时提醒，不算错误', async ({ guardedPage: page }) => {
  await page.goto('/tanghe/forms/responsibility-pledge/');
  const target = page.locator('#f_targets_0');
  await expect(target.getByLabel(/^指标/).locator('option:checked')).toHaveText('九年义务教育巩固率');
  await expect(target.getByLabel(/^比较/).locator('option:checked')).toHaveText('不低于');
  await expect(field(target, '目标值（%）')).toHaveValue('95');
  await field(target, '目标值（%）').fill('94');
  const reminder = page.getByRole('status', { name: '请核对' });
  await expect(reminder).toContainText('九年义务教育巩固率不低于 94%，比唐河县的目标（不低于 95%）宽松，请核对。');
  await field(target, '目标值（%）').fill('96');
  await expect(reminder).toHaveCount(0);
});

test('表单页加载的 JavaScript 不含 eval 和 new Function，也不向其他来源发请求', async ({ guardedPage: page, baseURL }) => {
  const scripts = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.add(r.url());
  });
  await page.goto(url);
  await expect(field(page, '单位')).toBeVisible();
  // The toolbar is usable once the island has loaded every script it needs.
  await expect(page.getByRole('button', { name: '导出 Excel' })).toBeEnabled();
  expect(scripts.size).toBeGreaterThan(0);
  const inline = await page.locator('script:not([src])').allTextContents();
  const bodies = [...inline];
  for (const s of scripts) {
    expect(s.startsWith(baseURL!)).toBe(true);
    bodies.push(await (await page.request.get(s)).text());
  }
  for (const body of bodies) {
    expect(body).not.toMatch(/\beval\s*\(/);
    expect(body).not.toMatch(/new\s+Function\s*\(/);
  }
});

test('表单列表页列出唐河县的表单，辖区页链接到它', async ({ guardedPage: page }) => {
  await page.goto('/tanghe/');
  await page.getByRole('link', { name: /表单/ }).first().click();
  await expect(page).toHaveURL(/\/tanghe\/forms\/$/);
  await expect(page.getByRole('link', { name: '辍学学生登记表' })).toHaveAttribute('href', url);
  await expect(page.locator('script[src]')).toHaveCount(0);
});

/** Fill a form at once by importing a complete example record from its schema. */
async function importExample(page: Page, form: string, dir: string, change: (data: any) => void = () => {}) {
  const schema = JSON.parse(readFileSync(`schemas/forms/${form}.schema.json`, 'utf8'));
  const data = structuredClone(schema.examples[0]);
  change(data);
  const path = join(dir, `${form}.json`);
  writeFileSync(path, JSON.stringify({ form, version: schema['x-form-version'], jurisdiction: 'tanghe', data }));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入' }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  return data;
}

test('导出 Excel 再导入，数据完全一致；有问题的文件逐条指出工作表、行和列', async ({ guardedPage: page }) => {
  const dir = scratchDir('xlsx');
  await page.goto('/tanghe/forms/monthly-report/');
  const example = await importExample(page, 'monthly-report', dir);
  const before = await exportJson(page, dir);
  expect(before.value.data).toEqual(example);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const d = await download;
  // Named after the school and month, not the imported draft (导入：<file>).
  expect(d.suggestedFilename()).toMatch(/^控辍保学月报表-唐河县城郊乡中心学校-\d{4}年\d{1,2}月-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const xlsx = join(dir, d.suggestedFilename());
  await d.saveAs(xlsx);

  await page.getByRole('button', { name: '清空草稿' }).click();
  await page.getByRole('dialog', { name: '清空草稿' }).getByRole('button', { name: '确定清空' }).click();
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入' }).click();
  await (await chooser).setFiles(xlsx);
  await expect(page.getByRole('status').filter({ hasText: '已导入' })).toBeVisible();
  const after = await exportJson(page, dir);
  expect(after.value).toEqual(before.value);

  // A number column holding text: the message names the sheet, row and column.
  const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
  const files = unzipSync(new Uint8Array(readFileSync(xlsx)));
  const sheetName = Object.keys(files).find((n) => /xl\/worksheets\/sheet\d+\.xml$/.test(n) && strFromU8(files[n]!).includes('>120<'))!;
  expect(sheetName).toBeTruthy();
  files[sheetName] = strToU8(strFromU8(files[sheetName]!).replace(/<c r="([A-Z]+\d+)"([^>]*)><v>120<\/v><\/c>/, '<c r="$1" t="inlineStr"><is><t>一百二十</t></is></c>'));
  const broken = join(dir, '坏的月报.xlsx');
  writeFileSync(broken, zipSync(files));
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入' }).click();
  await (await chooser).setFiles(broken);
  const report = page.locator('.import-report');
  await expect(report).toBeVisible();
  await expect(report).toContainText(/工作表“[^”]+” 第\d+行 [A-Z]+列/);
  await expect(report).toContainText('一百二十');

  // A file of another form is refused with a Chinese reason, and nothing is overwritten.
  const other = join(dir, 'other.json');
  writeFileSync(other, JSON.stringify({ form: 'dropout-registration', version: 1, jurisdiction: 'tanghe', data: {} }));
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入' }).click();
  await (await chooser).setFiles(other);
  await expect(page.getByRole('alert').filter({ hasText: '无法导入' })).toContainText('辍学学生登记表');
});

test('草稿列表：新建、重命名、删除（删除前确认）', async ({ guardedPage: page }) => {
  await page.goto(url);
  await field(page, '单位').fill('第一份');
  await saved(page);
  await page.getByRole('button', { name: '新建草稿' }).click();
  await expect(field(page, '单位')).toHaveValue('');
  await field(page, '单位').fill('第二份');
  await saved(page);
  const list = page.getByRole('region', { name: /草稿/ }).getByRole('listitem');
  await expect(list).toHaveCount(2);
  // The toolbar names the open draft and leads to the list at the foot of the long form.
  const toList = page.getByRole('link', { name: /全部草稿（2）/ });
  await expect(toList).toContainText('草稿 2');
  await toList.click();
  await expect(page.getByRole('heading', { name: '草稿（2）' })).toBeInViewport();
  await page.getByRole('region', { name: /草稿/ }).locator('li:not([aria-current])').getByRole('button', { name: '重命名' }).click();
  const dialog = page.getByRole('dialog', { name: '重命名草稿' });
  await dialog.getByLabel('草稿名称').fill('城郊乡 张某');
  await dialog.getByRole('button', { name: '保存名称' }).click();
  await expect(page.getByRole('listitem', { name: '城郊乡 张某' })).toBeVisible();
  await page.getByRole('listitem', { name: '城郊乡 张某' }).getByRole('button', { name: '打开' }).click();
  await expect(field(page, '单位')).toHaveValue('第一份');
  await page.getByRole('listitem', { name: '城郊乡 张某' }).getByRole('button', { name: '删除' }).click();
  await page.getByRole('dialog', { name: '删除草稿' }).getByRole('button', { name: '确定删除' }).click();
  await expect(page.getByRole('listitem', { name: '城郊乡 张某' })).toHaveCount(0);
});

// axe on every form page: page-types.spec.ts.

test('口令加密：开启后草稿加密保存，刷新后要输入口令才能打开', async ({ guardedPage: page }) => {
  await page.goto(url);
  await field(page, '单位').fill('加密测试学校');
  await saved(page);
  await page.getByText(/^口令加密/).click();
  await expect(page.getByText('忘记后无法找回')).toBeVisible();
  await page.getByLabel(/^设置口令/).fill('shared-pc-口令');
  await page.getByLabel('再次输入口令').fill('shared-pc-口令');
  await page.getByRole('button', { name: '开启加密' }).click();
  await expect(page.getByText(/^口令加密.*已开启/)).toBeVisible();
  // Nothing readable is left in IndexedDB.
  const stored = await storedDrafts(page);
  expect(stored).not.toContain('加密测试学校');

  await page.reload();
  // The page opens a new draft; the encrypted one is listed and opens with the passphrase.
  await expect(field(page, '单位')).toHaveValue('');
  await page.getByRole('status').getByRole('button', { name: '解锁并打开' }).click();
  const unlock = page.getByRole('dialog', { name: '解锁已加密的草稿' });
  await unlock.getByLabel('口令').fill('错误口令');
  await unlock.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(unlock.getByRole('alert')).toContainText('口令不正确');
  await unlock.getByLabel('口令').fill('shared-pc-口令');
  await unlock.getByRole('button', { name: '解锁', exact: true }).click();
  await expect(field(page, '单位')).toHaveValue('加密测试学校');
});

test('按旧版表单保存的草稿仍能打开，原数据可原样导出', async ({ guardedPage: page }) => {
  const dir = scratchDir('old');
  await page.goto(url);
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
  // A draft written by an older site, whose form was at version 0 and had a field since renamed.
  await storeOldDraft(page, { unit: '旧版学校', oldField: '只有旧版才有的内容' });
  await page.reload();
  await expect(page.getByText('此草稿是按第 0 版表单填写的')).toBeVisible();
  await expect(field(page, '单位')).toHaveValue('旧版学校');
  const download = page.waitForEvent('download');
  await page.getByRole('listitem', { name: '去年的草稿' }).getByRole('button', { name: '导出第 0 版原数据' }).click();
  const d = await download;
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({
    form: 'dropout-registration', version: 0, jurisdiction: 'tanghe', data: { unit: '旧版学校', oldField: '只有旧版才有的内容' },
  });
  // Editing saves under the current version and keeps the old data as a snapshot.
  await field(page, '单位').fill('新版学校');
  await saved(page);
  await expect(page.getByRole('listitem', { name: '去年的草稿' }).getByRole('button', { name: '导出第 0 版原数据' })).toBeVisible();
});

// A cold cache: the service worker would answer for the blocked chunk from the copy it keeps of every asset.
test.describe(() => {
  test.use({ serviceWorkers: 'block' });
  test('草稿打不开时（如离线时缺少旧版迁移代码）明确说明，草稿仍在列表中，新填写另存为新草稿', async ({ guardedPage: page }) => {
    await page.goto(url);
    await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
    await storeOldDraft(page, { unit: '旧版学校' });
    // Offline with a cold cache: the chunk that upgrades old drafts cannot be fetched.
    await page.route('**/_astro/envelope.*.js', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await expect(page.getByRole('alert').filter({ hasText: '草稿“去年的草稿”无法打开' })).toContainText('没有删除');
    await expect(page.getByText('浏览器存储', { exact: false }).filter({ hasText: '无法使用' })).toHaveCount(0);
    await field(page, '单位').fill('今天的填写');
    await saved(page);
    const list = page.getByRole('region', { name: /草稿/ }).getByRole('listitem');
    await expect(list).toHaveCount(2);
    await expect(page.getByRole('listitem', { name: '去年的草稿' })).toBeVisible();
  });
});

/** Print the page as Chromium does for 打印 (A4, the page's own @page size) and read each page's text. */
async function printedPages(page: Page, dir: string, name: string): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = join(dir, `${name}.pdf`);
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''),
  );
}

const signatureLabels = ['填表人（签字）：', '审核人（签字）：', '负责人（签字）：'];

test('辍学学生登记表打印：签字栏与表格最后几行在同一页，没有只有签字栏的页', async ({ guardedPage: page }) => {
  const dir = scratchDir('print');
  await page.goto(url);
  const example = await importExample(page, 'dropout-registration', dir);
  const pages = await printedPages(page, dir, 'example');
  const signed = pages.findIndex((t) => t.includes('负责人（签字）'));
  expect(signed, '签字栏应打印出来').toBeGreaterThanOrEqual(0);
  const lastRow = example.attempts.at(-1);
  expect(pages[signed], '签字栏所在页应有劝返过程详细记录的最后一行').toContain(lastRow.result.replace(/\s+/g, ''));
  // What every page may carry besides its content: running head, repeated table heading, page number.
  const furniture = [`辍学学生登记表学生：${example.student.name}`, '劝返过程详细记录序号劝返日期劝返人员劝返地点劝返方式劝返结果', ...signatureLabels];
  for (const [i, text] of pages.entries()) {
    const rest = furniture.reduce((t, f) => t.replace(f, ''), text).replace(/第\d+页，共\d+页/, '');
    expect(rest, `第 ${i + 1} 页不应只有签字栏`).not.toBe('');
  }
});

test('辍学学生登记表打印：劝返记录多到续页时，续页重复表头并注明学生姓名和页码', async ({ guardedPage: page }) => {
  const dir = scratchDir('print');
  await page.goto(url);
  await importExample(page, 'dropout-registration', dir, (d) => {
    d.attempts = Array.from({ length: 25 }, (_, i) => ({ ...d.attempts[0], date: `2022-03-${String(i + 1).padStart(2, '0')}`, result: `第${i + 1}次结果` }));
    d.persuasion.count = 25;
    d.fillDate = '2022-03-26';
    d.student.age = 12;
  });
  const pages = await printedPages(page, dir, 'many');
  expect(pages.length).toBeGreaterThan(1);
  for (const [i, text] of pages.entries()) {
    expect(text, `第 ${i + 1} 页的页码`).toContain(`第${i + 1}页，共${pages.length}页`);
    if (i === 0) continue;
    expect(text, `第 ${i + 1} 页应注明表名和学生`).toContain('辍学学生登记表学生：张小明');
    expect(text, `第 ${i + 1} 页应重复表头`).toContain('劝返过程详细记录序号劝返日期');
  }
  // Page 1 is used to its end: its last row is well into the log, not the table's heading.
  expect(pages[0]).toContain('第1次结果');
  expect(pages.at(-1)).toContain('第25次结果');
  expect(pages.at(-1)).toContain('负责人（签字）');
});

test('通知书和责任书打印：依据条款写全称，不出现截断的条文', async ({ guardedPage: page }) => {
  const dir = scratchDir('print');
  for (const form of ['return-notice', 'responsibility-pledge']) {
    await page.goto(`/tanghe/forms/${form}/`);
    await importExample(page, form, dir);
    const pages = await printedPages(page, dir, form);
    expect(pages, `${form} 一页打完`).toHaveLength(1);
    const text = pages[0]!;
    expect(text).toContain('《国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知》（国办发〔2017〕72号）第');
    expect(text).toContain('《唐河县教育体育局关于印发〈2022年唐河县义务教育阶段控辍保学工作实施方案〉的通知》（教基〔2022〕33号）');
    expect(text).not.toMatch(/…/);
    // The notice is served on the guardian: phone and address go on paper too.
    if (form === 'return-notice') for (const v of ['张大山', '13800000001', '唐河县城郊乡大王庄村3组15号']) expect(text).toContain(v);
    await page.emulateMedia({ media: 'screen' });
  }
});

test('表单页 1024×768：第一个填写项在首屏内，填写依据默认收起，保存说明只占一行', async ({ guardedPage: page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const dir = scratchDir('fold');
  for (const path of [url, '/tanghe/forms/monthly-report/', '/tanghe/forms/verification/', '/tanghe/forms/responsibility-pledge/']) {
    await page.goto(path);
    const first = page.locator('.screen-form').locator('input:not([type=hidden]), select, textarea').first();
    await expect(first).toBeVisible();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height, `${path}：第一个填写项应在首屏（768 像素）之内`).toBeLessThan(768);
    const basis = page.locator('details.form-basis');
    await expect(basis).not.toHaveAttribute('open');
    await basis.locator('summary').click();
    await expect(basis.getByRole('link').first()).toBeVisible();
    await expect(page.getByText('不是备份')).toBeVisible();
    const notice = (await page.locator('.storage-notice').boundingBox())!;
    expect(notice.height, '保存说明应只占一行').toBeLessThan(48);
  }
  await page.goto(url);
  await page.screenshot({ path: join(dir, 'first-screen.png') });
});

test('责任书打印：责任内容多到第二页时，签字盖章栏带着正文最后一段，不单独成页', async ({ guardedPage: page }) => {
  const dir = scratchDir('print');
  await page.goto('/tanghe/forms/responsibility-pledge/');
  await importExample(page, 'responsibility-pledge', dir, (d) => {
    // 19 duties end page 2 just where the signing block would start page 3 by itself.
    d.duties = Array.from({ length: 19 }, (_, i) => `第${i + 1}项责任：建立辍学学生工作台账，做好劝返复学和预防工作，每月20日前上报控辍保学月报表。`);
  });
  const pages = await printedPages(page, dir, 'long-pledge');
  expect(pages.length).toBeGreaterThan(1);
  const signed = pages.findIndex((t) => t.includes('代表（签字）'));
  expect(pages[signed], '签字盖章栏所在页应有正文最后一段').toContain('本责任书一式两份');
  expect(pages[signed]).toContain('签订日期');
});
