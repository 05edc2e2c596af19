/** Village teachers fill forms on phones: every page type at 360 px wide, without the page scrolling sideways. */
import type { Page } from '@playwright/test';
import { axeOn } from './axe.ts';
import { test, expect } from './fixtures.ts';
import { pageTypes } from './page-types.ts';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

/** Elements sticking out past the right edge of the viewport, the outermost ones, for the failure message. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right <= width + 1 || r.width === 0) continue;
      // Inside a box that scrolls by itself is fine.
      let p = el.parentElement;
      let contained = false;
      while (p && p !== document.body) {
        const o = getComputedStyle(p).overflowX;
        if ((o === 'auto' || o === 'scroll' || o === 'hidden') && p.getBoundingClientRect().right <= width + 1) contained = true;
        p = p.parentElement;
      }
      if (!contained && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1)) {
        out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} ${Math.round(r.right)}px`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 8) };
  });

for (const type of pageTypes) {
  test(`手机（360 px）：${type.name}（${type.path}）不横向滚动`, async ({ guardedPage: page }) => {
    await page.goto(type.path);
    await type.ready(page);
    const r = await overflowing(page);
    expect(r.out, `页面宽 ${r.scrollWidth}px`).toEqual([]);
    expect(r.scrollWidth).toBeLessThanOrEqual(r.width);
    // What scrolls inside its own box at this width must be reachable from the keyboard too.
    const axe = await axeOn(page).withRules(['scrollable-region-focusable']).analyze();
    expect(axe.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  });
}

test('手机（360 px）：表单的按钮、输入框、勾选项至少 44×44 px，便于手指点按', async ({ guardedPage: page }) => {
  for (const id of ['dropout-registration', 'monthly-report']) {
    const type = pageTypes.find((t) => t.path === `/tanghe/forms/${id}/`)!;
    await page.goto(type.path);
    await type.ready(page);
    const small = await page.evaluate(() => {
      const out: string[] = [];
      const visible = (el: Element) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
      for (const el of document.querySelectorAll('.form-app button:not(.link-button), .form-app select, .form-app textarea, .form-app input:not([type=hidden])')) {
        if (!visible(el)) continue;
        // A checkbox or radio is hit through its label.
        const target = (el as HTMLInputElement).type === 'checkbox' || (el as HTMLInputElement).type === 'radio' ? el.closest('label') ?? el : el;
        const r = target.getBoundingClientRect();
        if (r.height < 44 || r.width < 44) out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(target.textContent ?? '').trim().slice(0, 12)}” ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      return out;
    });
    expect(small, id).toEqual([]);
  }
});

test.describe('手机键盘', () => {
  /** What the page asks a phone for, per field as the user sees it named. */
  const keyboards = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('.form-app input[id]:not([type=hidden])')].map((el) => ({
        label: (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '').replace(/\*$/, '').trim(),
        type: el.type,
        inputmode: el.getAttribute('inputmode'),
        autocapitalize: el.getAttribute('autocapitalize'),
      })),
    );

  test('手机（360 px）：身份证号用能打 X 的大写文字键盘，电话用拨号键盘，人数用数字键盘，日期用日期选择', async ({ guardedPage: page }) => {
    await page.goto('/tanghe/forms/dropout-registration/');
    await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
    const fields = await keyboards(page);
    const id = fields.find((f) => f.label === '身份证号');
    expect(id).toMatchObject({ type: 'text', inputmode: 'text', autocapitalize: 'characters' });
    const phones = fields.filter((f) => f.label.includes('电话'));
    expect(phones.length).toBeGreaterThanOrEqual(2);
    for (const p of phones) expect(p.inputmode, p.label).toBe('tel');
    expect(fields.find((f) => f.label === '出生日期')).toMatchObject({ type: 'date', inputmode: null });
    // A text input takes the final X (a number input, which a count gets, would drop it).
    await page.getByLabel(/^身份证号/).first().fill('41132820100315153x');
    await expect(page.getByLabel(/^身份证号/).first()).toHaveValue(/^41132820100315153[xX]$/);

    await page.goto('/tanghe/forms/monthly-report/');
    await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
    const counts = (await keyboards(page)).filter((f) => f.type === 'number');
    expect(counts.length).toBeGreaterThanOrEqual(36);
    for (const c of counts) expect(c.inputmode, c.label).toBe('numeric');
    expect((await keyboards(page)).find((f) => f.label === '学校标识码')?.inputmode).toBe('numeric');
  });
});
