import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'baoxue-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npx baoxue validate', () => {
  it('exits 0 on the shipped config and prints only the expected warnings (板当镇’s looser 巩固率; rules resting on the expired plans of 金安区 and 唐河县)', () => {
    const r = runCli(['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      'config/jurisdictions/bandang.yaml:25:12  /targets/2/value  警告：九年义务教育巩固率目标 ≥ 85% 比上级 国家 的 ≥ 95% 宽松，请确认是否有意如此。',
      'config/jurisdictions/jinanqu.yaml:20:13  /targets/0/source  警告：引用的文件 金安区2022年控辍保学工作方案 已到期（目标年份或实施期限已过），共 64 处（第 20、42、47、49、51、53 行等），请确认这些规定仍然适用，或改为引用现行文件。',
      'config/jurisdictions/tanghe.yaml:22:13  /categories/0/source  警告：引用的文件 教基〔2022〕33号 已到期（目标年份或实施期限已过），共 45 处（第 22、28、37、46、52、58 行等），请确认这些规定仍然适用，或改为引用现行文件。',
      '',
    ]);
    expect(r.stderr).toContain('配置有效');
  });

  it('exits 1 with file:line:col, pointer and a Chinese message, and no stack trace', () => {
    const dir = join(work, 'bad');
    cpSync(join(repoRoot, 'test/fixtures/configs/base'), dir, { recursive: true });
    const file = join(dir, 'jurisdictions/demo.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('parent: national', 'parent: natonal'));
    const r = runCli(['validate', '--config-dir', 'bad'], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('bad/jurisdictions/demo.yaml:4:9  /parent  找不到上级辖区 “natonal”。您是否想写 “national”（国家）？\n');
    expect(r.stderr).not.toMatch(/\s+at\s/);
  });

  it('exits 1 with a clear message when the config folder does not exist', () => {
    const r = runCli(['validate', '--config-dir', 'nowhere'], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('nowhere  找不到配置目录：“nowhere”不存在。请检查 --config-dir 的路径；不写 --config-dir 时读取当前目录下的 config/。\n');
  });

  it('names an absolute missing folder as given, without a made-up file:1:1', () => {
    const r = runCli(['validate', '--config-dir', '/nonexistent']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\/nonexistent  找不到配置目录：“\/nonexistent”不存在。/);
    expect(r.stdout).not.toMatch(/:\d+:\d+/);
  });
});

describe('usage errors exit 2', () => {
  it('suggests the command that was meant', () => {
    const r = runCli(['valdate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知命令 “valdate”。您是否想写 “validate”？');
    expect(r.stderr).toContain('用法：npx baoxue');
  });

  it('rejects unknown options and missing arguments', () => {
    expect(runCli(['validate', '--confg-dir', 'x']).code).toBe(2);
    expect(runCli(['resolve']).code).toBe(2);
    expect(runCli([]).code).toBe(2);
  });
});

describe('npx baoxue resolve', () => {
  it('prints the fully inherited jurisdiction as JSON', () => {
    const r = runCli(['resolve', 'qingtongxia']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['id', 'name', 'level', 'parent', 'documents', 'targets', 'leadingGroup', 'duties', 'escalation', 'calendar', 'categories', 'forms']));
    expect(j.targets.find((t: { indicator: string }) => t.indicator === 'consolidation-rate')).toMatchObject({ value: 95, source: 'guobanfa-2017-72#preamble', from: 'national' });
    expect(j.leadingGroup.members).toHaveLength(24);
  });

  it('exits 1 for an unknown jurisdiction, with a hint', () => {
    const r = runCli(['resolve', 'tanghee']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('您是否想写 “tanghe”？');
  });
});

describe('npx baoxue new', () => {
  it('scaffolds a jurisdiction that validates and inherits from its parent', () => {
    const dir = join(work, 'new');
    cpSync(join(repoRoot, 'test/fixtures/configs/base'), dir, { recursive: true });
    const r = runCli(['new', 'xixian', '--name', '息县', '--parent', 'demo', '--config-dir', 'new'], { cwd: work });
    expect(r.code).toBe(0);
    expect(runCli(['validate', '--config-dir', 'new'], { cwd: work }).code).toBe(0);
    const resolved = JSON.parse(runCli(['resolve', 'xixian', '--config-dir', 'new'], { cwd: work }).stdout);
    expect(resolved).toMatchObject({ name: '息县', parent: 'demo' });
    expect(resolved.targets[0]).toMatchObject({ value: 96, from: 'demo' });
    // A second run never overwrites.
    expect(runCli(['new', 'xixian', '--name', '息县', '--parent', 'demo', '--config-dir', 'new'], { cwd: work }).code).toBe(1);
  });

  it('refuses an unknown parent with a hint', () => {
    const r = runCli(['new', 'abc', '--name', '某县', '--parent', 'nationl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('您是否想写 “national”（国家）？');
  });
});
