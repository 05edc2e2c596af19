import { axeOn } from './axe.ts';
import { test, expect } from './fixtures.ts';

// One page of each kind is checked in page-types.spec.ts; here the policy documents whose structure
// differs from that one's (chapters without articles, 附件 tables).
const pages = ['/policies/luzhengban-2019-18/'];

for (const path of pages) {
  test(`无障碍检查（axe）：${path}`, async ({ guardedPage: page }) => {
    await page.goto(path);
    const results = await axeOn(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary).toEqual([]);
  });
}

// The checks above pass when axe finds nothing: make sure it still finds what is there, and only where asked.
test('axe 检查本身：植入的问题能查出，只查所指的规则和范围', async ({ guardedPage: page }) => {
  await page.goto('/tanghe/');
  await page.evaluate(() => {
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p><img src="data:," class="planted"><button class="planted"></button></p>');
  });
  const all = await axeOn(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(all.violations.map((v) => v.id).sort()).toEqual(['button-name', 'image-alt']);
  expect(all.violations.find((v) => v.id === 'image-alt')!.nodes.map((n) => n.target.join(' '))).toEqual(['img']);
  const one = await axeOn(page).withRules(['image-alt']).analyze();
  expect(one.violations.map((v) => v.id)).toEqual(['image-alt']);
  expect((await axeOn(page).include('main p:last-child').analyze()).violations.map((v) => v.id).sort()).toEqual(['button-name', 'image-alt']);
  // The page's own header has neither problem.
  expect(await page.locator('header').count()).toBeGreaterThan(0);
  expect((await axeOn(page).include('header').analyze()).violations).toEqual([]);
});
