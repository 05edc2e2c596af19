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
