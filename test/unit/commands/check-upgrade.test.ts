/**
 * `baoxue check` on a file exported under an older form version: the CLI as a
 * user runs it (child process), with the test-only version 2 of
 * 辍学学生登记表 (test/fixtures/form-upgrade/) swapped in by a resolve hook —
 * the shipped CLI has no version 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../cli/run-cli.ts';

const v1 = 'test/fixtures/form-upgrade/dropout-registration-v1.json';
const runUpgraded = (args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', './test/fixtures/form-upgrade/register.mjs', 'scripts/bin/baoxue.mjs', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, BAOXUE_TODAY: '2022-06-30' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('baoxue check with a test-only version 2 of a form', () => {
  it('accepts a version-1 file, says it was upgraded, and checks the upgraded data', () => {
    const r = runUpgraded(['check', 'dropout-registration', v1]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `${v1}  记录1  /version  说明：这是第 1 版“辍学学生登记表”的文件，已自动升级到第 2 版后检查（文件本身没有改动）。\n` +
        '检查了 1 个文件、1 条“辍学学生登记表”记录，全部通过（1 条记录由旧版表单升级）。\n',
    );
    expect(r.code).toBe(0);
  });

  it('checks the renamed field under its new name: a wrong 身份证号 of version 1 is found', () => {
    const work = mkdtempSync(join(tmpdir(), 'baoxue-upgrade-'));
    const file = join(work, 'wrong.json');
    const envelope = JSON.parse(readFileSync(join(repoRoot, v1), 'utf8'));
    envelope.data.student.idCard = '411328201003151237';
    writeFileSync(file, JSON.stringify(envelope));
    const r = runUpgraded(['check', 'dropout-registration', file]);
    expect(r.stdout).toMatch(/记录1  \/data\/student\/idNumber  .*校验码/);
    expect(r.code).toBe(1);
  });

  it('is refused by the shipped CLI, which knows only version 1 — the version 2 above is the fixture’s', () => {
    const envelope = JSON.parse(readFileSync(join(repoRoot, v1), 'utf8'));
    const work = mkdtempSync(join(tmpdir(), 'baoxue-upgrade-'));
    const file = join(work, 'v2.json');
    writeFileSync(file, JSON.stringify({ ...envelope, version: 2 }));
    const r = runCli(['check', 'dropout-registration', file], { env: { BAOXUE_TODAY: '2022-06-30' } });
    expect(r.stdout).toContain('本站只认识到第 1 版');
    expect(r.code).toBe(1);
  });
});
