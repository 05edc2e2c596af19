import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync } from 'node:fs';

/**
 * Every browser test runs with two guards: any request to another origin and
 * any Content-Security-Policy violation fails the test. `otherTab` is a second
 * page of the same browser context (same IndexedDB), guarded the same way.
 */
async function guard(page: Page, origin: string): Promise<() => void> {
  const offOrigin: string[] = [];
  const cspViolations: string[] = [];
  // Only what is not the site's own reaches this handler: Playwright matches the pattern itself and
  // lets the rest through without a round trip to the test process (a form page makes 25 requests).
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.route(new RegExp(`^(?!${escaped}|data:|blob:)`), (route) => {
    offOrigin.push(route.request().url());
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
  return () => {
    expect(offOrigin, '页面向其他来源发出了请求').toEqual([]);
    expect(cspViolations, '页面违反了内容安全策略（CSP）').toEqual([]);
  };
}

export const test = base.extend<{ guardedPage: Page; otherTab: Page }>({
  guardedPage: async ({ page, baseURL }, use) => {
    const check = await guard(page, new URL(baseURL!).origin);
    await use(page);
    check();
  },
  otherTab: async ({ context, baseURL }, use) => {
    const page = await context.newPage();
    const check = await guard(page, new URL(baseURL!).origin);
    await use(page);
    check();
  },
});

/**
 * A new folder for a test's files (downloads, PDFs, a site it builds), under test-results/: Playwright
 * empties that at the start of every run, and keeps it after a failure to look at. Works in hooks too.
 */
export function scratchDir(name: string): string {
  const { outputDir } = test.info();
  mkdirSync(outputDir, { recursive: true });
  return mkdtempSync(`${outputDir}/${name}-`);
}

export { expect };
