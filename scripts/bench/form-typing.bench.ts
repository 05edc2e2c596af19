/**
 * Keystroke latency on long forms, as a slow school PC feels it: Chromium
 * with its CPU throttled 6× (CDP Emulation.setCPUThrottlingRate) types into
 * the built site (dist/, or BAOXUE_OUT_DIR). Each keystroke is timed from the
 * key event's own timestamp to the first task after the next frame, i.e.
 * input delay + React/rjsf work + style/layout/paint; keys are pressed one at
 * a time, each after the previous one has settled. Prints p50 / p95 per case,
 * and the main thread's busy time per keystroke (CDP Performance.getMetrics
 * TaskDuration and its ScriptDuration, averaged): steadier than latency on a
 * shared machine, whose other processes stretch every wall-clock figure.
 * Never asserts.
 *
 * Cases: a 送教上门记录 with 13 visits (typing into the last visit's 送教内容)
 * and a 辍学学生登记表 with 13 劝返记录, each with one required field left
 * empty, timed before and after 检查填写 (after it, rjsf validates on every
 * change and the error list is live).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { serveDir } from './serve-dir.ts';
import { commitDelay } from '../../site/islands/form/deferred-commit.ts';

const THROTTLE = 6;
const WARMUP = 5;
const KEYS = 60;
/** how long after the commit delay the commit's main-thread time is still counted, ms (throttled) */
const COMMIT_WAIT = 2000;

interface Case {
  name: string;
  form: string;
  /** the long record, from the schema's example, with one required field left empty */
  record: (example: Record<string, any>) => Record<string, unknown>;
  /** the field typed into */
  field: string;
}

const cases: Case[] = [
  {
    name: '送教上门记录（13 次送教）',
    form: 'home-education-record',
    record: ({ term: _term, ...d }) => ({
      ...d,
      fillDate: '2022-06-03',
      visits: Array.from({ length: 13 }, (_, i) => ({ ...d.visits[i % d.visits.length], date: isoDay('2022-03-07', i * 7) })),
    }),
    field: '#f_visits_12_content',
  },
  {
    name: '辍学学生登记表（13 条劝返记录）',
    form: 'dropout-registration',
    record: ({ dropoutReason: _reason, ...d }) => ({
      ...d,
      fillDate: '2022-03-20',
      persuasion: { ...d.persuasion, count: 13 },
      attempts: Array.from({ length: 13 }, (_, i) => ({ ...d.attempts[i % d.attempts.length], date: isoDay('2022-03-01', i) })),
    }),
    field: '#f_attempts_12_method',
  },
];

function isoDay(start: string, plus: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plus);
  return d.toISOString().slice(0, 10);
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

type Timed = { __keyTimes: number[]; __settled?: () => void };

/** Times every keystroke in the page: key event timestamp → first task after the next frame. */
function installTimer(): void {
  const w = window as unknown as Timed;
  w.__keyTimes = [];
  let start = 0;
  document.addEventListener('keydown', (e) => (start = e.timeStamp), true);
  document.addEventListener(
    'input',
    () => {
      const t0 = start;
      requestAnimationFrame(() =>
        setTimeout(() => {
          w.__keyTimes.push(performance.now() - t0);
          w.__settled?.();
        }),
      );
    },
    true,
  );
}

/** Resolves once the page has timed more than `n` keystrokes; no polling, which would load the throttled page itself. */
const settled = (page: Page, n: number) =>
  page.evaluate(
    (count) =>
      new Promise<void>((ok) => {
        const w = window as unknown as Timed;
        if (w.__keyTimes.length > count) ok();
        else w.__settled = () => w.__keyTimes.length > count && ok();
      }),
    n,
  );

async function importRecord(page: Page, form: string, data: Record<string, unknown>, dir: string): Promise<void> {
  const schema = JSON.parse(readFileSync(`schemas/forms/${form}.schema.json`, 'utf8'));
  const path = join(dir, `${form}.json`);
  writeFileSync(path, JSON.stringify({ form, version: schema['x-form-version'], jurisdiction: 'tanghe', data }));
  await page.locator('input[type=file]').setInputFiles(path);
  await page.getByRole('status').filter({ hasText: '已导入' }).waitFor();
}

interface Measured {
  latencies: number[];
  /** main-thread task and script time per keystroke, ms */
  task: number;
  script: number;
  /** main-thread time after the last key, while the typed text goes to rjsf (deferred-commit.ts), ms */
  commit: number;
}

async function measure(page: Page, cdp: CDPSession, field: string): Promise<Measured> {
  await page.locator(field).click();
  await page.keyboard.press('End');
  await page.evaluate(() => ((window as unknown as Timed).__keyTimes.length = 0));
  const metrics = async () => {
    const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const get = (name: string) => m.find((x) => x.name === name)?.value ?? 0;
    return { task: get('TaskDuration'), script: get('ScriptDuration') };
  };
  let start = await metrics();
  for (let i = 0; i < WARMUP + KEYS; i++) {
    if (i === WARMUP) start = await metrics();
    const done = settled(page, i);
    await page.keyboard.press('a');
    await done;
  }
  const end = await metrics();
  // The form takes the text once typing pauses: one commit, whatever the number of keys.
  await page.waitForTimeout(commitDelay + COMMIT_WAIT);
  const after = await metrics();
  const all = await page.evaluate(() => (window as unknown as Timed).__keyTimes);
  return {
    latencies: all.slice(WARMUP),
    task: ((end.task - start.task) * 1000) / KEYS,
    script: ((end.script - start.script) * 1000) / KEYS,
    commit: (after.task - end.task) * 1000,
  };
}

/** The same keys into a page holding one <textarea> and nothing else, in the same browser and throttling: what typing costs by itself. */
async function reference(page: Page, cdp: CDPSession, origin: string): Promise<Measured> {
  // A page of its own, not setContent: document.open() would drop the timer's listeners.
  const url = `${origin}/__typing-reference`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="zh-CN"><body><textarea id="t" rows="4">送教内容</textarea></body></html>' }));
  await page.goto(url);
  return measure(page, cdp, '#t');
}

export async function run(): Promise<void> {
  const root = resolve(process.env.BAOXUE_OUT_DIR ?? 'dist');
  if (!existsSync(root)) {
    console.log(`找不到构建结果 ${root}：请先运行 npm run build（或设置 BAOXUE_OUT_DIR）。`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'baoxue-typing-'));
  const { server, origin } = await serveDir(root);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  let ref: Measured;
  try {
    console.log(`按键延迟（CPU 降速 ${THROTTLE}×，每种情形 ${KEYS} 次按键，先预热 ${WARMUP} 次；${root}）`);
    console.log(`“停顿后提交”：最后一次按键后 ${commitDelay} ms 表单接收输入的内容，这一次的主线程时间（与按键次数无关）。`);
    const fmt = (m: Measured) => `${percentile(m.latencies, 50).toFixed(0)} / ${percentile(m.latencies, 95).toFixed(0)} ms · ${m.task.toFixed(0)}/${m.script.toFixed(0)} ms`;
    {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      await page.addInitScript(installTimer);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      ref = await reference(page, cdp, origin);
      console.log('参照：只有一个文本框的页面'.padEnd(30) + fmt(ref));
      await context.close();
    }
    console.log('情形'.padEnd(34) + '检查填写前 p50 / p95 · 主线程/脚本'.padEnd(38) + '检查填写后 p50 / p95 · 主线程/脚本'.padEnd(38) + '停顿后提交（前/后）');
    for (const c of cases) {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(installTimer);
      await page.goto(`${origin}/tanghe/forms/${c.form}/`);
      await page.getByRole('button', { name: '打印' }).and(page.locator(':enabled')).waitFor();
      const example = JSON.parse(readFileSync(`schemas/forms/${c.form}.schema.json`, 'utf8')).examples[0];
      await importRecord(page, c.form, c.record(structuredClone(example)), dir);
      await page.locator(c.field).waitFor();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      const before = await measure(page, cdp, c.field);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.getByRole('button', { name: '检查填写' }).click();
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
      const after = await measure(page, cdp, c.field);
      console.log(c.name.padEnd(28) + fmt(before).padEnd(33) + fmt(after).padEnd(33) + `${before.commit.toFixed(0)} / ${after.commit.toFixed(0)} ms`);
      const ratio = (m: Measured) => (percentile(m.latencies, 50) / percentile(ref.latencies, 50)).toFixed(2);
      console.log(''.padEnd(28) + `p50 ÷ 参照 p50：检查填写前 ${ratio(before)}，之后 ${ratio(after)}`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}
