import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test runs with two guards: any request to another origin and
 * any Content-Security-Policy violation fails the test.
 */
export const test = base.extend<{ guardedPage: Page }>({
  guardedPage: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const offOrigin: string[] = [];
    const cspViolations: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      offOrigin.push(url);
      return route.abort();
    });
    page.on('console', (msg) => {
      if (/Content[- ]Security[- ]Policy|Refused to (execute|load|apply|evaluate|connect)/i.test(msg.text())) cspViolations.push(msg.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await use(page);
    expect(offOrigin, '页面向其他来源发出了请求').toEqual([]);
    expect(cspViolations, '页面违反了内容安全策略（CSP）').toEqual([]);
  },
});

export { expect };
