/**
 * axe for these pages, run inside the page itself (axe.run). The default of @axe-core/playwright
 * runs axe.runPartial, then opens a blank page, injects axe's 500 KB source a second time and calls
 * axe.finishRun there: measured on the monthly-report and duties pages, that is 2.5× the time of
 * axe.run with the same violations, passes and incomplete results. What it buys, checking frames
 * of other origins, cannot apply here: no page of the site has an iframe, and the guard of
 * fixtures.ts fails any test whose page loads anything from another origin.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const axeOn = (page: Page) => new AxeBuilder({ page }).setLegacyMode();
