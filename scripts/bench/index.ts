/**
 * `npm run bench [-- NAME] [-- --quick] [-- --check]`: the benchmarks in
 * scripts/bench/*.bench.ts (those whose name contains NAME), each printing its
 * own figures. With --check, the figures are held against budgets.json and
 * the run exits 1 when one is exceeded or missing; --quick runs only the
 * benchmarks and rounds that budgets marked `quick` need (CI). A budget with
 * a `flag` (`--national`) is held only when that flag is given.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkBudgets, selectBudgets, type Budget } from './check-budgets.ts';
import type { BenchOptions, Metrics } from './metrics.ts';

const dir = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const quick = args.includes('--quick');
const only = args.find((a) => !a.startsWith('--'));
const all = (JSON.parse(readFileSync(join(dir, 'budgets.json'), 'utf8')) as { budgets: Budget[] }).budgets;
const { held: budgets, skipped } = selectBudgets(all, args);

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .filter((f) => !quick || budgets.some((b) => b.bench === f.replace(/\.bench\.ts$/, '')))
  .sort();
const results: Record<string, Metrics> = {};
for (const f of files) {
  const name = f.replace(/\.bench\.ts$/, '');
  console.log(`\n== ${name} ==`);
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { run: (o: BenchOptions) => Promise<Metrics | void> };
  results[name] = (await mod.run({ quick })) ?? {};
}

if (check) {
  const ran = new Set(Object.keys(results));
  const { lines, failed } = checkBudgets(budgets.filter((b) => ran.has(b.bench)), results);
  console.log('\n== 预算 ==');
  for (const line of lines) console.log(line);
  for (const b of skipped) console.log(`- ${b.bench} ${b.metric}：未检查（需要 ${b.flag}）— ${b.why}`);
  if (failed) {
    console.log(`\n${failed} 项超出预算（scripts/bench/budgets.json）。`);
    process.exit(1);
  }
  console.log('\n全部在预算之内。');
}
