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
 *
 * Beside it, in the same run: a stock react-jsonschema-form page for the
 * heaviest page's form (React 19 + react-dom, @rjsf/core's default theme,
 * @rjsf/validator-ajv8 with Ajv's 2020-12 class, which the form schemas
 * declare), bundled by esbuild into a temp folder and opened in the same
 * browser, which must draw the form and list errors on an empty submit. Its
 * schema sits in the HTML as on our pages, so both sides count code only;
 * `ratioToStock` is ours ÷ stock.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'esbuild';
import { forms, type FormId } from '../../site/lib/forms/form-registry.ts';
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

const STOCK_ENTRY = `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import { customizeValidator } from '@rjsf/validator-ajv8';
import Ajv2020 from 'ajv/dist/2020.js';
const { schema, uiSchema } = JSON.parse(document.getElementById('form-data').textContent);
const validator = customizeValidator({ AjvClass: Ajv2020 });
createRoot(document.getElementById('root')).render(createElement(Form, { schema, uiSchema, validator }));
`;

/**
 * The stock rjsf page for one form, built outside dist/ and checked in the browser: its JavaScript
 * (one minified bundle, gzip like ours), or a reason it is not comparable.
 */
async function stockPage(browser: Browser, formId: FormId): Promise<Sizes | string> {
  const dir = mkdtempSync(join(tmpdir(), 'baoxue-stock-rjsf-'));
  try {
    const out = await build({
      stdin: { contents: STOCK_ENTRY, resolveDir: resolve('.'), loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"' },
      write: false,
      logLevel: 'silent',
    });
    const js = out.outputFiles[0]!.contents;
    writeFileSync(join(dir, 'stock.js'), js);
    const data = JSON.stringify({ schema: forms[formId].schema, uiSchema: forms[formId].uiSchema }).replace(/</g, '\\u003c');
    writeFileSync(join(dir, 'index.html'), `<!doctype html><meta charset="utf-8"><div id="root"></div><script type="application/json" id="form-data">${data}</script><script type="module" src="/stock.js"></script>`);
    const { server, origin } = await serveDir(dir);
    try {
      const page = await browser.newPage();
      const failures: string[] = [];
      page.on('pageerror', (e) => failures.push(e.message));
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      const drawn = await page.waitForSelector('#root form input', { timeout: 15_000 }).then(() => true, () => false);
      const inputs = await page.locator('#root form input, #root form textarea, #root form select').count();
      // The browser's own required-field check would stop the submit before rjsf's validator runs.
      await page.evaluate(() => document.querySelector<HTMLFormElement>('#root form')?.setAttribute('novalidate', ''));
      await page.locator('#root form [type=submit]').click().catch(() => undefined);
      const listed = await page.waitForSelector('#root .errors', { timeout: 10_000 }).then(() => true, () => false);
      await page.close();
      if (!drawn || !listed || failures.length) return `原版 rjsf 页面没有正常工作（画出表单：${drawn ? '是' : '否'}，空表提交列出错误：${listed ? '是' : '否'}${failures.length ? `，脚本错误：${failures[0]}` : ''}）`;
      console.log(`原版 rjsf 页面（${formId}）：画出 ${inputs} 个输入框，空表提交列出错误`);
    } finally {
      server.close();
    }
    return sizeOf(Buffer.from(js));
  } catch (e) {
    return `原版 rjsf 页面构建失败：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
  let worstPath = '';
  let ratioToStock: number | undefined;
  let stockJsGzip: number | undefined;
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
      if (total > worst) [worst, worstPath] = [total, path];
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
    const formId = worstPath.split('/')[3] as FormId;
    const stock = await stockPage(browser, formId);
    if (typeof stock === 'string') console.log(`\n${stock}：不比较。`);
    else {
      stockJsGzip = stock.gzip;
      ratioToStock = worst / stock.gzip;
      console.log(`原版 rjsf（React 19 + react-dom + @rjsf/core 默认主题 + validator-ajv8）：${kb(stock.raw)} / ${kb(stock.gzip)} gzip`);
      console.log(`最重的表单页 ${kb(worst)} ÷ 原版 ${kb(stock.gzip)} = ${ratioToStock.toFixed(2)}×`);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { maxJsGzip: worst, ...(stockJsGzip !== undefined && ratioToStock !== undefined ? { stockJsGzip, ratioToStock } : {}) };
}
