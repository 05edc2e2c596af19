import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** The form page the drafts tests work on, and what they look for on it. */
export const url = '/tanghe/forms/dropout-registration/';
export const unit = (page: Page) => page.getByLabel(/^单位\*?$/);
export const draftsList = (page: Page) => page.getByRole('region', { name: /草稿/ });
export const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();

/** The toolbar works (the first draft is open) and the form is drawn. */
export async function ready(page: Page) {
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
  await expect(unit(page)).toBeVisible();
}

/** Open the form page and fill in a draft, saved. */
export async function openWithDraft(page: Page, unitName: string) {
  await page.goto(url);
  await ready(page);
  await unit(page).fill(unitName);
  await saved(page);
}
