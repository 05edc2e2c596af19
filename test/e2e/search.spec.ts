import { buildShards } from '../../site/lib/search/build-shards.ts';
import { siteSearchStore } from '../../site/lib/search/site-search-sources.ts';
import { axeOn } from './axe.ts';
import { test, expect } from './fixtures.ts';

/** The index manifest, fetched once on first use; the parts (terms-<n>, entries-<n>) follow per query. */
const indexUrl = /\/api\/search-index\/manifest\.json$/;
const anyIndexPart = /\/api\/search-index(\.json|\/)/;
const searchBoxScript = /\/_astro\/SearchBox\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;

test('搜索页：输入后出现带高亮的结果，回车打开条款锚点；索引在第一次使用时才加载', async ({ guardedPage: page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((u) => anyIndexPart.test(u)), '打开页面时不应加载索引').toEqual([]);

  const box = page.getByLabel('搜索政策条款');
  await box.fill('四不办理');
  const results = page.getByRole('list', { name: '搜索结果' });
  const first = results.getByRole('listitem').first();
  await expect(first).toBeVisible();
  await expect(results.locator('mark', { hasText: '四不办理' }).first()).toBeVisible();
  await expect(results.getByRole('link', { name: /青政办发〔2018〕49号 四（三）/ })).toHaveAttribute('href', '/policies/qingzhengbanfa-2018-49/#4-3');
  await expect(page.getByRole('status')).toContainText('找到');
  expect(requested.filter((u) => indexUrl.test(u))).toHaveLength(1);
  await expect(page).toHaveURL(/\/search\/\?q=%E5%9B%9B%E4%B8%8D%E5%8A%9E%E7%90%86$/);

  // Keyboard only: ↓ into the results, Enter opens the clause.
  await box.fill('国办发〔2017〕72号 第十一条');
  await expect(results.getByRole('link').first()).toHaveAttribute('href', '/policies/guobanfa-2017-72/#c11');
  await box.press('ArrowDown');
  await expect(results.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('link').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/policies\/guobanfa-2017-72\/#c11$/);
  await expect(page.locator('#c11')).toBeInViewport();
  expect(requested.filter((u) => indexUrl.test(u)), '索引只加载一次').toHaveLength(1);
  // The shipped corpus too is searched in parts (load-searcher.ts): never the whole index, and each part once.
  const parts = requested.filter((u) => anyIndexPart.test(u));
  expect(parts.filter((u) => u.endsWith('/api/search-index.json'))).toEqual([]);
  expect(parts.some((u) => /\/terms-\d+\.json$/.test(u))).toBe(true);
  expect(parts.some((u) => /\/entries-\d+\.json$/.test(u))).toBe(true);
  expect(new Set(parts).size).toBe(parts.length);
});

test('搜索页：?q= 深链接直接显示结果，筛选条件写进网址', async ({ guardedPage: page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('学生三天没来上学怎么办'));
  await expect(page.getByLabel('搜索政策条款')).toHaveValue('学生三天没来上学怎么办');
  const links = page.getByRole('list', { name: '搜索结果' }).getByRole('link');
  await expect(links.first()).toBeVisible();
  const top5 = (await links.evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href'))));
  expect(top5).toContain('/policies/qingzhengbanfa-2018-49/#3-1-3');
  await expect(page.getByRole('status')).toContainText('已忽略：怎么办');

  await page.getByLabel('适用辖区').selectOption('tanghe');
  await expect(page).toHaveURL(/[?&]j=tanghe/);
  // The URL changes before the filtered search ends (it may fetch entries the first did not): wait for its results.
  await expect
    .poll(async () => {
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      return hrefs.length > 0 && !hrefs.some((h) => h.includes('qingzhengbanfa'));
    })
    .toBe(true);

  // The snippet shows the match even when it sits deep in a long clause.
  await page.goto('/search/?q=' + encodeURIComponent('辍学率超标 撤换校长'));
  const top = page.getByRole('list', { name: '搜索结果' }).getByRole('listitem').first();
  await expect(top.getByRole('link')).toHaveAttribute('href', '/policies/luzhengban-2019-18/#4');
  await expect(top.locator('.result-snippet mark').first()).toBeVisible();

  await page.goto('/search/?q=' + encodeURIComponent('送教上门') + '&kind=procedure&j=jinanqu');
  await expect(page.getByLabel('类别')).toHaveValue('procedure');
  await expect(links.first()).toHaveAttribute('href', /^\/jinanqu\/procedures\/#/);
});

test('搜索页：表单结果打开所查辖区的表单；未指定辖区时标明“国家通用版”，并列出各地表单供选择', async ({ guardedPage: page }) => {
  const results = page.getByRole('list', { name: '搜索结果' });
  await page.goto('/search/?q=' + encodeURIComponent('唐河 核查登记'));
  const local = results.getByRole('listitem').first();
  await expect(local.getByRole('link').first()).toHaveAttribute('href', '/tanghe/forms/verification/');
  await expect(local.getByRole('link').first()).toContainText('唐河县 · 标准表单');

  await page.goto('/search/?q=' + encodeURIComponent('核查登记') + '&j=tanghe');
  await expect(results.getByRole('link').first()).toHaveAttribute('href', '/tanghe/forms/verification/');

  await page.goto('/search/?q=' + encodeURIComponent('核查登记'));
  const top = results.getByRole('listitem').first();
  await expect(top.getByRole('link').first()).toContainText('国家通用版 · 标准表单');
  await expect(top.getByRole('link').first()).toHaveAttribute('href', '/national/forms/verification/');
  await expect(page.getByRole('status')).toContainText('表单链接打开国家通用版');
  await top.getByRole('link', { name: '唐河县', exact: true }).click();
  await expect(page).toHaveURL(/\/tanghe\/forms\/verification\/$/);
});

test('政策文件页只有搜索框的脚本；/ 聚焦搜索框，提交后打开搜索页', async ({ guardedPage: page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/policies/tanghe-jiaoji-2022-33/');
  const scripts = await page.locator('script').evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).src));
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).toMatch(searchBoxScript);
  // The page's one script has run (it shows the 复制引用 buttons): anything it loaded eagerly has been asked for.
  // (Not networkidle: on a loaded CI machine it once did not come within the test's 60 s.)
  await page.waitForLoadState('load');
  await expect(page.getByRole('button', { name: '复制引用' }).first()).toBeVisible();
  expect(requested.filter((u) => anyIndexPart.test(u) || /load-searcher|lunr/.test(u))).toEqual([]);

  await page.locator('body').press('/');
  const box = page.getByLabel('搜索政策条款');
  await expect(box).toBeFocused();
  await box.fill('延缓入学');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toBeVisible();
});

test('条款：复制引用、上下级条款双向链接、对照阅读、引用本条的规定', async ({ guardedPage: page, request }) => {
  // The citation is in the HTML itself, readable without JavaScript.
  const html = await (await request.get('/policies/guobanfa-2017-72/')).text();
  expect(html).toContain('《国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知》（国办发〔2017〕72号）第11条');

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/policies/guobanfa-2017-72/#c11');
  const c11 = page.locator('#c11');
  // A real button whose name does not change; the outcome goes to a separate live region.
  const copyButton = c11.locator('.clause-links').first().getByRole('button', { name: '复制引用', exact: true });
  await copyButton.click();
  await expect(page.getByRole('status').filter({ hasText: '已复制引用' })).toContainText('第11条');
  await expect(copyButton).toHaveAccessibleName('复制引用');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('《国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知》（国办发〔2017〕72号）第11条');

  // National → local.
  const local = c11.locator('.implemented-by').getByRole('link', { name: '三（四）' });
  await expect(local).toHaveAttribute('href', '/policies/tanghe-jiaoji-2022-33/#3-4');
  await c11.locator('summary', { hasText: '引用本条的工作规定' }).first().click();
  await expect(c11.locator('.cited-by').first()).toContainText('学籍系统');

  // Local → national, and the side-by-side view.
  await page.goto('/policies/tanghe-jiaoji-2022-33/#3-4');
  const clause = page.locator('[id="3-4"]');
  await expect(clause.locator('.implements').getByRole('link', { name: '国办发〔2017〕72号 第11条' })).toHaveAttribute('href', '/policies/guobanfa-2017-72/#c11');
  await clause.getByRole('link', { name: '对照阅读' }).click();
  await expect(page).toHaveURL(/\/policies\/tanghe-jiaoji-2022-33\/compare\/#3-4$/);
  const pair = page.locator('section.pair[id="3-4"]');
  await expect(pair).toContainText('把每年9月和次年3月作为重点监测时段');
  await expect(pair).toContainText('教育部、公安部要建立学籍系统和国家人口基础信息库比对核查机制');
});

test('政策文件库：列出元数据，按层级、年份、状态筛选（不需要脚本）', async ({ guardedPage: page }) => {
  await page.goto('/policies/');
  const rows = page.locator('tr.policy-row');
  const total = await rows.count();
  expect(total).toBeGreaterThanOrEqual(12);
  const row = page.getByRole('row', { name: /国务院办公厅关于进一步加强控辍保学/ });
  await expect(row).toContainText('国办发〔2017〕72号');
  await expect(row).toContainText('2017年7月28日');
  await expect(row).toContainText('现行有效');

  await page.getByLabel('层级').selectOption({ label: '县级' });
  await expect(page.locator('tr.policy-row:visible')).toHaveCount(4);
  await page.getByLabel('效力状态').selectOption({ label: '已到期' });
  await expect(page.locator('tr.policy-row:visible')).toHaveCount(2);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.locator('tr.policy-row:visible')).toHaveCount(total);
  await page.getByLabel('年份').selectOption({ label: '2018年' });
  await expect(page.locator('tr.policy-row:visible').first()).toContainText('2018');
});

test('政策文件库：数量是真实文字并随筛选更新，没有结果时给出提示；金安区方案归入2022年', async ({ guardedPage: page }) => {
  await page.goto('/policies/');
  const total = await page.locator('tr.policy-row').count();
  const count = page.getByRole('status');
  await expect(count).toHaveText(`共 ${total} 份文件。`);
  await page.getByLabel('层级').selectOption({ label: '县级' });
  await expect(count).toHaveText(`当前显示 4 份文件（共 ${total} 份）。`);
  await page.getByLabel('层级').selectOption({ label: '国家' });
  await page.getByLabel('年份').selectOption({ label: '2022年' });
  await expect(page.locator('tr.policy-row:visible')).toHaveCount(0);
  await expect(count).toHaveText(`当前显示 0 份文件（共 ${total} 份）。`);
  await expect(page.getByText('没有符合筛选条件的文件')).toBeVisible();
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(count).toHaveText(`共 ${total} 份文件。`);
  await expect(page.getByText('没有符合筛选条件的文件')).toBeHidden();
  await page.getByLabel('年份').selectOption({ label: '2022年' });
  await expect(page.locator('tr.policy-row:visible', { hasText: '金安区2022年义务教育阶段控辍保学工作方案' })).toHaveCount(1);
});

test('条款：引用本条的表单；目录和对照阅读不截断数字、不重复“导语”', async ({ guardedPage: page, request }) => {
  await page.goto('/policies/guobanfa-2017-72/#c2');
  const c2 = page.locator('#c2');
  await c2.locator('summary', { hasText: '引用本条的工作规定和表单' }).first().click();
  await expect(c2.locator('.cited-by').first().getByRole('link', { name: '辍学学生登记表' })).toHaveAttribute('href', '/national/forms/dropout-registration/');

  const toc = (await (await request.get('/policies/township-plan-template/')).text()).match(/<nav class="toc[\s\S]*?<\/nav>/)![0];
  expect(toc).toContain('年辍学率控制在1%以内……');
  expect(toc).not.toMatch(/\d……/);
  for (const doc of ['luzhengban-2019-18', 'qingzhengbanfa-2018-49']) {
    const html = await (await request.get(`/policies/${doc}/compare/`)).text();
    expect(html, doc).not.toMatch(/导语(<\/a>)?(<strong>)?\s*导语/);
  }
});

test('书名号嵌套：搜索结果、对照阅读和引用一样，内层书名用〈〉', async ({ guardedPage: page, request }) => {
  const nested = '《唐河县教育体育局关于印发〈2022年唐河县义务教育阶段控辍保学工作实施方案〉的通知》';
  const doubled = /《[^》]*《/;
  const compare = await (await request.get('/policies/tanghe-jiaoji-2022-33/compare/')).text();
  expect(compare).toContain(nested);
  expect(compare).not.toMatch(doubled);
  const policy = await (await request.get('/policies/tanghe-jiaoji-2022-33/')).text();
  expect(policy).toContain(`${nested}（教基〔2022〕33号）三（二）`);

  await page.goto('/search/?q=' + encodeURIComponent('唐河 延缓入学'));
  const results = page.getByRole('list', { name: '搜索结果' });
  await expect(results.getByRole('link').first()).toBeVisible();
  const metas = await results.locator('.result-meta').allTextContents();
  expect(metas.some((m) => m.includes(nested))).toBe(true);
  expect(metas.filter((m) => doubled.test(m))).toEqual([]);
});

test('复制引用：不启用 JavaScript 时直接显示引用文字，可手动复制', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/policies/jinanqu-2022-plan/');
  const clause = page.locator('[id="x-3"]');
  await expect(clause.locator('.cite-text').first()).toHaveText('引用：《金安区2022年义务教育阶段控辍保学工作方案》（三）“加强督查，严肃问责”');
  await expect(clause.getByRole('button', { name: '复制引用' })).toHaveCount(0);
  await context.close();
});

for (const path of ['/policies/jinanqu-2022-plan/', '/policies/tanghe-jiaoji-2022-33/compare/', '/search/?q=' + encodeURIComponent('辍学 三天'), '/search/?q=' + encodeURIComponent('核查登记')]) {
  test(`无障碍检查（axe）：${decodeURIComponent(path)}`, async ({ guardedPage: page }) => {
    await page.goto(path);
    if (path.startsWith('/search/')) await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toBeVisible();
    const results = await axeOn(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary).toEqual([]);
  });
}

test.describe('搜索页：按人们的问法检索（口语、同义词、附件编号）', () => {
  const top5 = async (page: import('@playwright/test').Page, query: string) => {
    await page.goto('/search/?q=' + encodeURIComponent(query));
    const links = page.getByRole('list', { name: '搜索结果' }).getByRole('link');
    await expect(links.first()).toBeVisible();
    return links.evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href') ?? ''));
  };

  test('方言问句“俺家娃逃课了咋整”找到写“旷课”的条款', async ({ guardedPage: page }) => {
    expect(await top5(page, '俺家娃逃课了咋整')).toContain('/policies/school-dropout-measures/#1');
  });

  test('日常说法“农民工子女”找到写“随迁子女”的条款', async ({ guardedPage: page }) => {
    expect(await top5(page, '农民工子女入学')).toContain('/policies/guobanfa-2017-72/#c9');
  });

  test('“唐河 附件2”打开唐河县的控辍保学月报表', async ({ guardedPage: page }) => {
    const hrefs = await top5(page, '唐河 附件2');
    expect(hrefs[0]).toMatch(/\/tanghe\/forms\/monthly-report\/$/);
  });
});

// The index parts are written after Astro's build (site/lib/search/search-index-integration.ts), not rendered as
// routes: the built site must serve every one of them with the bytes buildShards makes, and no stale one.
test('构建出的网站提供检索索引的每一个分片文件，内容与 buildShards 的结果逐字节相同', async ({ request }) => {
  const files = [...buildShards(siteSearchStore()).files];
  expect(files.length).toBeGreaterThan(100);
  for (let i = 0; i < files.length; i += 50) {
    await Promise.all(
      files.slice(i, i + 50).map(async ([path, body]) => {
        const r = await request.get(`/api/search-index/${path}`);
        expect(r.status(), path).toBe(200);
        expect(await r.text(), path).toBe(JSON.stringify(body));
      }),
    );
  }
});
