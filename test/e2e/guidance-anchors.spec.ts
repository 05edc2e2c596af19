import { test, expect } from './fixtures.ts';

interface IndexEntry {
  kind: string;
  ref: string;
  url: string;
}

/**
 * Search results deep-link into pages. Form fields are drawn in the browser
 * (rjsf), so their anchors only exist once the form island has rendered:
 * open each form page for real and look every anchor up in the live DOM.
 */
test('搜索索引中每条填表说明和表单的链接锚点都在页面上真实存在', async ({ guardedPage: page, request }) => {
  const file = (await (await request.get('/api/search-index.json')).json()) as { store: { entries: IndexEntry[] } };
  const byPage = new Map<string, Set<string>>();
  for (const e of file.store.entries) {
    if (!/\/forms\//.test(e.url)) continue;
    const [path, hash = ''] = e.url.split('#');
    const set = byPage.get(path!) ?? new Set<string>();
    if (hash) set.add(decodeURIComponent(hash));
    byPage.set(path!, set);
  }
  expect(byPage.size, '索引里应有表单页链接').toBeGreaterThanOrEqual(7);
  const missing: string[] = [];
  for (const [path, anchors] of byPage) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // The form is ready once rjsf has drawn its root fieldset.
    await page.locator('.rjsf fieldset').first().waitFor();
    const absent = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), [...anchors]);
    missing.push(...absent.map((id) => `${path}#${id}`));
  }
  expect(missing).toEqual([]);
});

test('搜索索引中工作程序、责任分工、核查类别等链接的锚点都在静态页面中', async ({ request }) => {
  const file = (await (await request.get('/api/search-index.json')).json()) as { store: { entries: IndexEntry[] } };
  const pages = new Map<string, string>();
  const missing: string[] = [];
  const guidance = file.store.entries.filter((e) => e.kind !== 'clause' && !/\/forms\//.test(e.url) && e.url.includes('#'));
  expect(guidance.length).toBeGreaterThan(100);
  for (const e of guidance) {
    const [path, hash] = e.url.split('#') as [string, string];
    let html = pages.get(path);
    if (html === undefined) pages.set(path, (html = await (await request.get(path)).text()));
    if (!html.includes(`id="${decodeURIComponent(hash)}"`)) missing.push(e.url);
  }
  expect([...new Set(missing)]).toEqual([]);
});

test('从搜索结果打开填表说明，页面停在该字段', async ({ guardedPage: page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('健康情况') + '&kind=form-field');
  const link = page.getByRole('list', { name: '搜索结果' }).getByRole('link').first();
  // A query filtered to one kind cannot stop early on rank bounds and fetches about a hundred
  // entry files: on a busy machine that takes longer than the default 5 s.
  await expect(link).toHaveAttribute('href', '/national/forms/dropout-registration/#f_student_health', { timeout: 20_000 });
  await link.click();
  await expect(page.locator('#f_student_health')).toBeInViewport();
});
