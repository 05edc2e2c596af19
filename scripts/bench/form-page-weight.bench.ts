/**
 * How much JavaScript each form page of the built site loads (dist/, or
 * BAOXUE_OUT_DIR): "initial" is what the HTML pulls in with its static
 * imports, "lazy" what the page imports by itself while opening (the form's
 * precompiled validator) — measured in Chromium, since only a browser knows
 * which dynamic imports run. Chunks a page can import only on a click
 * (Excel, import/export) are listed as "on demand" and not counted.
 * Budget: initial + lazy per page, the `maxJsGzip` limit of budgets.json (one
 * number for this printout and `bench --check`); a page over it is flagged
 * loudly in the printout (benchmarks never throw).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveDir } from './serve-dir.ts';
import type { BenchOptions, Metrics } from './metrics.ts';

import budgets from './budgets.json' with { type: 'json' };

const BUDGET_GZIP = (budgets.budgets as { bench: string; metric: string; max?: number }[]).find((b) => b.bench === 'form-page-weight' && b.metric === 'maxJsGzip')!.max!;

function formPages(root: string): string[] {
  const pages: string[] = [];
  for (const j of readdirSync(root)) {
    const forms = join(root, j, 'forms');
    if (!existsSync(forms) || !statSync(forms).isDirectory()) continue;
    for (const f of readdirSync(forms)) if (existsSync(join(forms, f, 'index.html'))) pages.push(`/${j}/forms/${f}/`);
  }
  return pages.sort();
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface Sizes {
  raw: number;
  gzip: number;
}

function sizeOf(text: string | Buffer): Sizes {
  const buf = typeof text === 'string' ? Buffer.from(text) : text;
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

const sum = (xs: Sizes[]): Sizes => xs.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });

/** The page's scripts and everything they import statically: what loads before the island runs. */
function staticClosure(root: string, html: string): Set<string> {
  const entry = [...html.matchAll(/(?:src|component-url|renderer-url|href)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const out = new Set<string>();
  const queue = [...entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (out.has(file) || !existsSync(join(root, file))) continue;
    out.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    for (const m of code.matchAll(/(?:import|export)\s*(?:[^"'`();]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`/_astro/${m[1]}`);
  }
  return out;
}

/** Chunks reachable through dynamic import() from the given ones, that the page did not load. */
function onDemand(root: string, loaded: Set<string>, formIds: string[]): string[] {
  // Other forms' validators are reachable from the island's loader map but never loaded by this page.
  const otherValidator = (file: string) => formIds.some((id) => file.startsWith(`/_astro/${id}.`));
  const seen = new Set<string>();
  const queue = [...loaded];
  const out: string[] = [];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const code = readFileSync(path, 'utf8');
    for (const m of code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)) {
      const next = `/_astro/${m[1]}`;
      if (loaded.has(next) || otherValidator(next)) continue;
      if (!out.includes(next)) out.push(next);
      queue.push(next);
    }
  }
  return out;
}

export async function run(options: BenchOptions = {}): Promise<Metrics> {
  const root = resolve(process.env.BAOXUE_OUT_DIR ?? 'dist');
  if (!existsSync(root)) {
    console.log(`找不到构建结果 ${root}：请先运行 npm run build（或设置 BAOXUE_OUT_DIR）。`);
    return {};
  }
  const every = formPages(root);
  // The quick subset: one page of each form (every jurisdiction's page of a form loads the same code).
  const pages = options.quick ? every.filter((p, i) => every.findIndex((q) => q.split('/')[3] === p.split('/')[3]) === i) : every;
  const formIds = [...new Set(pages.map((p) => p.split('/')[3]!))];
  if (!pages.length) {
    console.log(`${root} 中没有表单页。`);
    return {};
  }
  const { server, origin } = await serveDir(root);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const over: string[] = [];
  let worst = 0;
  try {
    console.log(`表单页 JavaScript（${root}；预算：首次加载 + 打开时懒加载 ≤ ${kb(BUDGET_GZIP)} gzip）`);
    console.log('页面'.padEnd(44) + '首次 raw/gzip'.padEnd(22) + '懒加载 raw/gzip'.padEnd(22) + '合计 gzip    按需（点击后）gzip');
    for (const path of pages) {
      const page = await browser.newPage();
      const requested = new Set<string>();
      page.on('request', (r) => {
        if (r.resourceType() === 'script' && r.url().startsWith(origin)) requested.add(new URL(r.url()).pathname);
      });
      await page.goto(origin + path, { waitUntil: 'load' });
      // The island imports its validator once React has rendered.
      await page.waitForSelector('.screen-form form, .unlock-panel', { timeout: 15_000 }).catch(() => undefined);
      await page.waitForLoadState('networkidle');
      const inline = (await page.locator('script:not([src])').allTextContents()).join('\n');
      await page.close();
      const initial = staticClosure(root, readFileSync(join(root, path, 'index.html'), 'utf8'));
      const lazy = [...requested].filter((p) => !initial.has(p));
      const read = (p: string) => sizeOf(readFileSync(join(root, p)));
      const init = sum([...[...initial].map(read), sizeOf(inline)]);
      const lz = sum(lazy.map(read));
      const demand = sum(onDemand(root, new Set([...initial, ...lazy]), formIds).map(read));
      const total = init.gzip + lz.gzip;
      worst = Math.max(worst, total);
      const flag = total > BUDGET_GZIP ? '  ✗ 超出预算！' : '';
      if (flag) over.push(path);
      console.log(
        path.padEnd(44) +
          `${kb(init.raw)} / ${kb(init.gzip)}`.padEnd(22) +
          `${kb(lz.raw)} / ${kb(lz.gzip)}`.padEnd(22) +
          `${kb(total)}`.padEnd(13) +
          `${kb(demand.gzip)}${flag}`,
      );
    }
    console.log(`最大：${kb(worst)} gzip（预算 ${kb(BUDGET_GZIP)}）`);
    if (over.length) {
      console.log(`\n!!!!!!!! 超出预算：${over.length} 个表单页的 JavaScript 超过 ${kb(BUDGET_GZIP)} gzip !!!!!!!!`);
      for (const p of over) console.log(`  ✗ ${p}`);
    } else {
      console.log('全部表单页都在预算之内。');
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { maxJsGzip: worst };
}
