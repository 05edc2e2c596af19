/**
 * axe for these pages: axe-core's own source evaluated in the page once, then axe.run there, with
 * only the violations reported. @axe-core/playwright (even in legacy mode) evaluates the 500 KB
 * source twice per analysis and ships every pass and inapplicable node back to the test: measured
 * on CI's machine that was 2–4 s an analysis against 0.4–1.1 s for this, the same violations.
 * Frames of other origins, which the library's default mode checks, cannot occur here: no page of
 * the site has an iframe, and the guard of fixtures.ts fails any test whose page loads anything
 * from another origin.
 */
import type axe from 'axe-core';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The minified build: a third of the size of axe-core's `source` string, which V8 compiles in every new page.
const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: string[] }[];
}

class Axe {
  private runOnly: { type: 'tag' | 'rule'; values: string[] } | undefined;
  private context: string | undefined;

  constructor(private readonly page: Page) {}

  withTags(tags: string[]): this {
    this.runOnly = { type: 'tag', values: tags };
    return this;
  }

  withRules(rules: string[]): this {
    this.runOnly = { type: 'rule', values: rules };
    return this;
  }

  /** Analyse only what this selector matches. */
  include(selector: string): this {
    this.context = selector;
    return this;
  }

  async analyze(): Promise<{ violations: Violation[] }> {
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.evaluate(source);
    const violations = await this.page.evaluate(
      async ({ context, runOnly }) => {
        const core = (window as unknown as { axe: typeof axe }).axe;
        const options = { resultTypes: ['violations' as const], ...(runOnly ? { runOnly } : {}) };
        const results = await core.run(context ? { include: [[context]] } : document, options);
        // Only what the tests print: the rest of a result holds DOM snippets of every node.
        return results.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) }));
      },
      { context: this.context, runOnly: this.runOnly },
    );
    return { violations };
  }
}

export const axeOn = (page: Page) => new Axe(page);
