import { test, expect } from './fixtures.ts';

test('首页以树形列出各辖区', async ({ guardedPage: page }) => {
  await page.goto('/');
  const tree = page.locator('ul.tree');
  await expect(tree.getByRole('link', { name: '国家' })).toBeVisible();
  // 唐河县 sits under 河南省 which sits under 国家.
  await expect(tree.locator('li', { hasText: '河南省' }).getByRole('link', { name: '唐河县' })).toBeVisible();
  await expect(tree.locator('li', { hasText: '宁夏回族自治区' }).getByRole('link', { name: '青铜峡市' })).toBeVisible();
});

test('辖区页显示上级链和带出处的目标', async ({ guardedPage: page }) => {
  await page.goto('/qingtongxia/');
  await expect(page.getByRole('heading', { level: 1, name: '青铜峡市' })).toBeVisible();
  await expect(page.locator('.breadcrumb')).toContainText('国家');
  await expect(page.locator('.breadcrumb')).toContainText('宁夏回族自治区');
  const row = page.getByRole('row', { name: /初中三年巩固率/ });
  await expect(row).toContainText('≥ 98%');
  await expect(row.getByRole('link')).toHaveAttribute('href', /^\/policies\/qingzhengbanfa-2018-49\/#/);
  const inherited = page.getByRole('row', { name: /九年义务教育巩固率/ });
  await expect(inherited).toContainText('继承自国家');
});

test('政策文件页的每个条款都有锚点，目标出处链接能落到条款上', async ({ guardedPage: page }) => {
  await page.goto('/policies/guobanfa-2017-72/#c11');
  const clause = page.locator('#c11');
  await expect(clause).toContainText('建立控辍保学动态监测机制');
  await expect(page.locator('section.clause[id^="c"]')).toHaveCount(13);
  await expect(page.locator('section.clause[id^="p"]:not(#preamble)')).toHaveCount(5);
  // No JavaScript on a content page apart from the search box's small script.
  const scripts = await page.locator('script').evaluateAll((list) => list.map((s) => (s as HTMLScriptElement).src));
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).toMatch(/\/_astro\/SearchBox\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/);
});

test('页面都带有严格的内容安全策略', async ({ guardedPage: page }) => {
  await page.goto('/tanghe/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toBeTruthy();
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).not.toContain("'unsafe-inline'");
  // Nothing from other origins, no plugins, no <base> hijack, forms only to this site.
  for (const directive of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
    expect(csp).toContain(directive);
  }
  expect(csp).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/);
});

test('构建输出 API：辖区 JSON 与条款目录', async ({ request }) => {
  const j = await (await request.get('/api/jurisdictions/tanghe.json')).json();
  expect(j).toMatchObject({ id: 'tanghe', name: '唐河县', parent: 'henan' });
  expect(j.categories).toHaveLength(13);
  const clauses = (await (await request.get('/api/clauses.json')).json()) as { id: string; number: string; heading: string; url: string }[];
  const c11 = clauses.find((c) => c.id === 'guobanfa-2017-72#c11');
  expect(c11).toMatchObject({ number: '11', heading: '建立控辍保学动态监测机制', url: '/policies/guobanfa-2017-72/#c11' });
  // Every clause url resolves to a page that has that anchor.
  const page = await (await request.get('/policies/tanghe-jiaoji-2022-33/')).text();
  for (const c of clauses.filter((x) => x.id.startsWith('tanghe-jiaoji-2022-33#'))) {
    expect(page, c.id).toContain(`id="${c.id.split('#')[1]}"`);
  }
});
