/**
 * Runs a command as a child process and reports what it cost: wall time, CPU
 * time (user + system of the whole process tree) and peak memory (the largest
 * resident set of any process in the tree), as GNU time (/usr/bin/time)
 * reports them from the tree's rusage. Without GNU time only the wall time is
 * known; CPU and memory come back as NaN and the bench says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunCost {
  wallMs: number;
  cpuMs: number;
  maxRssKb: number;
  stdout: string;
}

const gnuTime = '/usr/bin/time';
export const hasGnuTime = existsSync(gnuTime);

export function timedRun(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): RunCost {
  const dir = mkdtempSync(join(tmpdir(), 'baoxue-time-'));
  const report = join(dir, 'rusage');
  try {
    const [file, argv] = hasGnuTime ? [gnuTime, ['-o', report, '-f', '%U %S %M', command, ...args]] : [command, args];
    const start = performance.now();
    const r = spawnSync(file, argv, { cwd: options.cwd, env: options.env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const wallMs = performance.now() - start;
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} 失败（退出码 ${r.status}）：\n${(r.stderr ?? '').slice(-4000)}\n${(r.stdout ?? '').slice(-2000)}`);
    if (!hasGnuTime) return { wallMs, cpuMs: NaN, maxRssKb: NaN, stdout: r.stdout };
    // GNU time appends its line after anything the command itself wrote to the report's stream.
    const [user, system, rss] = readFileSync(report, 'utf8').trim().split('\n').pop()!.trim().split(/\s+/).map(Number);
    return { wallMs, cpuMs: (user! + system!) * 1000, maxRssKb: rss!, stdout: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sum of several runs: times add up, the peak is the highest peak. */
export function addCosts(runs: RunCost[]): RunCost {
  return {
    wallMs: runs.reduce((s, r) => s + r.wallMs, 0),
    cpuMs: runs.reduce((s, r) => s + r.cpuMs, 0),
    maxRssKb: Math.max(...runs.map((r) => r.maxRssKb)),
    stdout: runs.map((r) => r.stdout).join(''),
  };
}
