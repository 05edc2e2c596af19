import { axeOn } from './axe.ts';
import { test, expect } from './fixtures.ts';

const pages = ['/', '/tanghe/', '/qingtongxia/targets/', '/qingtongxia/duties/', '/tanghe/procedures/', '/policies/guobanfa-2017-72/', '/policies/luzhengban-2019-18/'];

for (const path of pages) {
  test(`无障碍检查（axe）：${path}`, async ({ guardedPage: page }) => {
    await page.goto(path);
    const results = await axeOn(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(summary).toEqual([]);
  });
}
