/**
 * Reading pages on paper (site/styles/print-content.css): printed as
 * Chromium prints them for Ctrl+P (A4, the page's own @page), then read back
 * with poppler: page size, where every word sits, and what the text says.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { scratchDir, test, expect } from './fixtures.ts';

interface Word {
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  text: string;
}

interface Printed {
  info: string;
  width: number;
  height: number;
  words: Word[];
  /** each page's text, whitespace removed */
  pages: string[];
}

async function print(page: Page, path: string): Promise<Printed> {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await page.emulateMedia({ media: 'print' });
  const pdf = join(scratchDir('print-content'), 'page.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  const [, width, height] = /<page width="([\d.]+)" height="([\d.]+)"/.exec(bbox)!;
  const words: Word[] = [];
  bbox.split('<page ').slice(1).forEach((chunk, i) => {
    for (const m of chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: i + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]! });
    }
  });
  const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ''),
  );
  return { info, width: Number(width), height: Number(height), words, pages };
}

/** A page's text without its page number (a margin box, which poppler may read first or last). */
const body = (text: string) => text.replace(/第\d+页，共\d+页/g, '');

/** 15 mm and more left and right: nothing runs to the edge of the sheet or under a punch. */
const minMargin = 42;
/** 7 mm above and below: the running head and page number sit in the margins, nothing at the edge. */
const minEdge = 20;

function expectA4WithMargins(printed: Printed) {
  expect(printed.info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  expect(printed.words.length).toBeGreaterThan(100);
  const outside = printed.words.filter(
    (w) => w.xMin < minMargin || w.xMax > printed.width - minMargin || w.yMin < minEdge || w.yMin > printed.height - minEdge,
  );
  expect(outside.map((w) => `p${w.page} ${w.text} x=${w.xMin.toFixed(0)}–${w.xMax.toFixed(0)} y=${w.yMin.toFixed(0)}`)).toEqual([]);
}

/** What only works on a screen: site navigation, breadcrumb, search box, buttons, links to other views. */
const screenOnly = ['保学·控辍保学工作平台', '跳到正文', '搜索政策条款', '›', '复制引用', '已复制', '引用：', '对照阅读', '在线填写', '目录', '本站为静态网站'];

function expectNoScreenUi(printed: Printed, extra: string[] = []) {
  const text = printed.pages.join('');
  for (const ui of [...screenOnly, ...extra]) expect(text, `打印稿中不应有“${ui}”`).not.toContain(ui);
  // Links print as their text; no URL is spelled out after them.
  expect(text).not.toMatch(/https?:|\/policies\/|\/tanghe\//);
}

test('政策文件打印：A4、有页边距，首页是标题和发文字号，续页有页眉，没有导航、按钮和搜索框', async ({ guardedPage: page }) => {
  const printed = await print(page, '/policies/guobanfa-2017-72/');
  expectA4WithMargins(printed);
  expectNoScreenUi(printed);
  const title = '国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知';
  expect(body(printed.pages[0]!).startsWith(title), '第一页以文件标题开头').toBe(true);
  expect(body(printed.pages[0]!).slice(0, 200)).toContain('发文字号国办发〔2017〕72号');
  expect(printed.pages.length).toBeGreaterThan(1);
  for (const [i, text] of printed.pages.entries()) {
    expect(text, `第 ${i + 1} 页的页码`).toContain(`第${i + 1}页，共${printed.pages.length}页`);
    if (i > 0) expect(text, `第 ${i + 1} 页的页眉`).toContain(`国办发〔2017〕72号《${title}》`);
  }
  // Clause numbers and headings stay with their text: none is the last line of a page.
  const headings = (await page.locator('.clause-head .number').evaluateAll((nodes) => nodes.map((n) => n.parentElement!.textContent!.replace(/[#\s]/g, ''))))
    .filter((h) => h.length < 40);
  expect(headings.length).toBeGreaterThan(10);
  for (const [i, text] of printed.pages.entries()) {
    const lines = body(text);
    expect(headings.filter((h) => lines.endsWith(h)), `第 ${i + 1} 页以标题结尾`).toEqual([]);
  }
  for (const selector of ['h1', '.clause-head']) {
    expect(await page.locator(selector).first().evaluate((e) => getComputedStyle(e).breakAfter), selector).toBe('avoid');
  }
});

test('政策文件打印：附件只列名称，不印“在线填写”和“对照阅读”', async ({ guardedPage: page }) => {
  const printed = await print(page, '/policies/tanghe-jiaoji-2022-33/');
  expectA4WithMargins(printed);
  expectNoScreenUi(printed);
  expect(printed.pages[0]).toContain('附件2022年春季学期义务教育辍学学生登记表');
  expect(printed.pages[1]).toContain('教基〔2022〕33号《唐河县教育体育局关于印发〈2022年唐河县义务教育阶段控辍保学工作实施方案〉的通知》');
});

test('辖区责任分工打印：A4、有页边距，标题在首页顶端，没有栏目导航和面包屑', async ({ guardedPage: page }) => {
  const printed = await print(page, '/tanghe/duties/');
  expectA4WithMargins(printed);
  expectNoScreenUi(printed, ['概况', '处置程序', '河南省']);
  expect(body(printed.pages[0]!).startsWith('唐河县·责任分工')).toBe(true);
});

test('搜索结果打印：印出检索词和结果，不印搜索框和筛选', async ({ guardedPage: page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('四不办理'));
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('link').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const pdf = join(scratchDir('print-content'), 'search.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('检索词：四不办理');
  expect(text).toContain('青政办发〔2018〕49号四（三）');
  for (const ui of ['筛选结果', '全部辖区', '可输入词语']) expect(text).not.toContain(ui);
});
