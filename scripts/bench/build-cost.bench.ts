/**
 * Build cost at scale beside bare Astro (`npm run bench -- build-cost`, add
 * `--national` for 3,000 jurisdictions, `--jurisdictions=N` for any size).
 *
 * For the shipped config and for the shipped config plus a synthetic province
 * (scripts/bench/synthetic/) of N jurisdictions — N/4 counties, each with 3
 * town jurisdictions; the province itself and the shipped jurisdictions come
 * on top — it runs the real build as a user does (generate, then `baoxue
 * build --config-dir … --out …`: validation + astro build) and, in the same
 * run, a bare Astro project building the same number of trivial pages
 * (build-cost/bare-astro.ts). Printed per build: pages (routes Astro
 * rendered), wall and CPU ms per page, peak memory; and the ratio per page
 * to bare Astro. CPU time is the budgeted figure: on a shared machine the
 * wall time mostly measures the other processes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../lib/schema-files.ts';
import { writeBareAstro } from './build-cost/bare-astro.ts';
import { addCosts, hasGnuTime, timedRun, type RunCost } from './build-cost/timed-run.ts';
import type { BenchOptions, Metrics } from './metrics.ts';
import { writeProvince } from './synthetic/write-province.ts';

const townsPerCounty = 3;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const node = process.execPath;

/** Astro's own count of rendered routes ("… 1234 page(s) built in …"). */
function pagesBuilt(stdout: string): number {
  const m = [...stdout.matchAll(/(\d+) page\(s\) built/g)].pop();
  if (!m) throw new Error(`没有在 astro build 的输出中找到 “page(s) built”：\n${stdout.slice(-2000)}`);
  return Number(m[1]);
}

/** generate + baoxue build, the two steps of a user's build. */
function realBuild(configDir: string, outDir: string): RunCost & { pages: number } {
  const generate = timedRun(node, [join(repoRoot, 'scripts/bin/run-ts.mjs'), join(repoRoot, 'scripts/generate/index.ts')], { cwd: repoRoot, env });
  const build = timedRun(node, [join(repoRoot, 'scripts/bin/baoxue.mjs'), 'build', '--config-dir', configDir, '--out', outDir], { cwd: repoRoot, env });
  return { ...addCosts([generate, build]), pages: pagesBuilt(build.stdout) };
}

function bareBuild(pages: number): RunCost & { pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'baoxue-bare-astro-'));
  try {
    writeBareAstro(dir, repoRoot, pages);
    const cost = timedRun(node, [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env });
    return { ...cost, pages: pagesBuilt(cost.stdout) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (kb: number) => (Number.isFinite(kb) ? `${fmt(kb / 1024)} MB` : '未测（没有 /usr/bin/time）');

function measure(label: string, key: string, configDir: string, metrics: Metrics): void {
  const out = mkdtempSync(join(tmpdir(), 'baoxue-build-cost-out-'));
  try {
    const real = realBuild(configDir, join(out, 'dist'));
    const bare = bareBuild(real.pages);
    const perPage = (r: RunCost & { pages: number }, ms: number) => ms / r.pages;
    const wallRatio = perPage(real, real.wallMs) / perPage(bare, bare.wallMs);
    const cpuRatio = perPage(real, real.cpuMs) / perPage(bare, bare.cpuMs);
    console.log(`${label}：${fmt(real.pages)} 页，墙钟 ${fmt(real.wallMs / 1000, 1)} s（${fmt(perPage(real, real.wallMs), 2)} ms/页），CPU ${fmt(real.cpuMs / 1000, 1)} s（${fmt(perPage(real, real.cpuMs), 2)} ms/页），内存峰值 ${mb(real.maxRssKb)}`);
    console.log(`  同一轮的空白 Astro：${fmt(bare.pages)} 页，墙钟 ${fmt(bare.wallMs / 1000, 1)} s（${fmt(perPage(bare, bare.wallMs), 2)} ms/页），CPU ${fmt(bare.cpuMs / 1000, 1)} s（${fmt(perPage(bare, bare.cpuMs), 2)} ms/页），内存峰值 ${mb(bare.maxRssKb)}`);
    console.log(`  每页之比：CPU ${hasGnuTime ? cpuRatio.toFixed(2) : '未测'}×，墙钟 ${wallRatio.toFixed(2)}×（目标 ≤ 1.5×）`);
    Object.assign(metrics, {
      [`${key}.pages`]: real.pages,
      [`${key}.msPerPage`]: perPage(real, real.wallMs),
      [`${key}.cpuMsPerPage`]: perPage(real, real.cpuMs),
      [`${key}.maxRssMb`]: real.maxRssKb / 1024,
      [`${key}.bareCpuMsPerPage`]: perPage(bare, bare.cpuMs),
      [`${key}.bareMaxRssMb`]: bare.maxRssKb / 1024,
      [`${key}.cpuRatioToBare`]: cpuRatio,
      [`${key}.wallRatioToBare`]: wallRatio,
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/**
 * What each page added between two sizes costs, beside bare Astro's added
 * pages: the fixed part of a build (bundling the islands, generate, loading
 * the config) cancels out, and what is left grows with the site — more than
 * linearly if it rises from one pair of sizes to the next.
 */
function marginal(metrics: Metrics, small: string, large: string): void {
  const pages = metrics[`${large}.pages`]! - metrics[`${small}.pages`]!;
  const cost = (key: string, perPage: string) => metrics[`${key}.${perPage}`]! * metrics[`${key}.pages`]!;
  const real = (cost(large, 'cpuMsPerPage') - cost(small, 'cpuMsPerPage')) / pages;
  const bareLarge = metrics[`${large}.bareCpuMsPerPage`]! * metrics[`${large}.pages`]!;
  const bareSmall = metrics[`${small}.bareCpuMsPerPage`]! * metrics[`${small}.pages`]!;
  const bare = (bareLarge - bareSmall) / pages;
  metrics[`${large}.marginalCpuMsPerPage`] = real;
  metrics[`${large}.marginalCpuRatioToBare`] = real / bare;
  console.log(`从 ${fmt(metrics[`${small}.pages`]!)} 页到 ${fmt(metrics[`${large}.pages`]!)} 页，每多一页：CPU ${fmt(real, 2)} ms，空白 Astro ${fmt(bare, 2)} ms，之比 ${(real / bare).toFixed(2)}×`);
}

function measureProvince(jurisdictions: number, metrics: Metrics): void {
  const counties = Math.max(1, Math.round(jurisdictions / (1 + townsPerCounty)));
  const dir = mkdtempSync(join(tmpdir(), 'baoxue-build-cost-config-'));
  try {
    writeProvince(dir, { counties, seed: 1, townsPerCounty }, join(repoRoot, 'config'));
    const label = `本站 + ${fmt(counties * (1 + townsPerCounty))} 个合成辖区（${fmt(counties)} 县 × ${townsPerCounty} 乡镇，另有示例省本身）`;
    measure(label, `synthetic${counties * (1 + townsPerCounty)}`, dir, metrics);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(options: BenchOptions = {}): Promise<Metrics> {
  const metrics: Metrics = {};
  const args = process.argv.slice(2);
  const sizeArg = args.find((a) => a.startsWith('--jurisdictions='));
  if (!hasGnuTime) console.log('没有 /usr/bin/time（GNU time）：只测墙钟时间，CPU 时间和内存峰值未测。');
  if (sizeArg) {
    const sizes = sizeArg.slice('--jurisdictions='.length).split(',').map(Number);
    for (const n of sizes) measureProvince(n, metrics);
    const keys = sizes.map((n) => `synthetic${Math.max(1, Math.round(n / (1 + townsPerCounty))) * (1 + townsPerCounty)}`);
    for (let i = 1; i < keys.length; i++) marginal(metrics, keys[i - 1]!, keys[i]!);
    return metrics;
  }
  measure('本站（随本站发布的配置）', 'shipped', join(repoRoot, 'config'), metrics);
  if (options.quick) return metrics;
  measureProvince(200, metrics);
  if (args.includes('--national')) measureProvince(3000, metrics);
  marginal(metrics, 'shipped', 'synthetic200');
  if (args.includes('--national')) marginal(metrics, 'synthetic200', 'synthetic3000');
  return metrics;
}
