import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'baoxue-new-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// A copy of the shipped config, so that new files land in the temporary folder.
beforeAll(() => cpSync(join(repoRoot, 'config'), join(work, 'config'), { recursive: true }));

const inWork = (args: string[]) => runCli(args, { cwd: work });
const created = (id: string) => readFileSync(join(work, 'config/jurisdictions', `${id}.yaml`), 'utf8');

describe('npx baoxue new: an unknown parent', () => {
  it('says both ways out: create the parent first, or attach to national', () => {
    const r = inWork(['new', 'zhiduo', '--name', '治多县', '--parent', 'yushu']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('找不到上级辖区 “yushu”。\n');
    // “yushu” is another place, not a typo of “lushi”.
    expect(r.stderr).not.toContain('lushi”（卢氏县）？');
    expect(r.stderr).toContain('npx baoxue new yushu --name <上级名称> --level province --parent national');
    expect(r.stderr).toContain('npx baoxue new zhiduo --name 治多县 --parent national');
    expect(r.stderr).toContain('lushi（卢氏县）');
  });

  it('finds the id of a parent given by its Chinese name, with or without 县', () => {
    for (const given of ['卢氏县', '卢氏']) {
      const r = inWork(['new', 'xx', '--name', '某乡', '--level', 'town', '--parent', given]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`找不到上级辖区 “${given}”。您是否想写 “lushi”（卢氏县）？`);
      expect(r.stderr).toContain(`--name ${given} --level county --parent national`);
    }
  });

  it('finds a parent spelt with a pinyin suffix or a typo', () => {
    expect(inWork(['new', 'xx', '--name', '某乡', '--parent', 'tanghexian']).stderr).toContain('您是否想写 “tanghe”（唐河县）？');
    expect(inWork(['new', 'xx', '--name', '某县', '--parent', 'nationl']).stderr).toContain('您是否想写 “national”（国家）？');
  });
});

describe('npx baoxue new --from', () => {
  it('copies a shipped jurisdiction with its id, name and parent replaced and its note dropped', () => {
    const r = inWork(['new', 'zhiduo', '--name', '治多县', '--parent', 'national', '--from', 'lushi']);
    expect(r.code, r.stderr).toBe(0);
    const text = created('zhiduo');
    expect(text).toMatch(/^# 治多县的控辍保学配置，由辖区 lushi（卢氏县）复制。/);
    const data = parse(text);
    expect(data).toMatchObject({ id: 'zhiduo', name: '治多县', parent: 'national', level: 'county' });
    expect(data.note).toBeUndefined();
    const lushi = parse(readFileSync(join(repoRoot, 'config/jurisdictions/lushi.yaml'), 'utf8'));
    expect(data.targets).toEqual(lushi.targets);
    expect(text).toContain('comparator: ">="');
    const resolved = JSON.parse(inWork(['resolve', 'zhiduo']).stdout);
    expect(resolved.targets.find((t: { indicator: string }) => t.indicator === 'consolidation-rate')).toMatchObject({ value: 96, from: 'zhiduo' });
  });

  for (const [template, level] of [['county', 'county'], ['town', 'town'], ['school', 'school']] as const) {
    it(`starts from the ${template} template, keeping its comments, and the result validates`, () => {
      const id = `from-${template}`;
      const r = inWork(['new', id, '--name', `某${template}`, '--parent', 'national', '--from', template]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const text = created(id);
      expect(text).toContain(`由范本 ${template} 复制`);
      expect(text).toContain('npx baoxue validate');
      expect(parse(text)).toMatchObject({ id, level, parent: 'national' });
      const v = inWork(['validate']);
      expect(v.code, v.stdout).toBe(0);
      expect(v.stdout).not.toContain(`${id}.yaml`);
    });
  }

  it('the school template is an escalation ladder from the seed texts', () => {
    inWork(['new', 'a-school', '--name', '某小学', '--parent', 'national', '--from', 'school']);
    const resolved = JSON.parse(inWork(['resolve', 'a-school']).stdout);
    expect(resolved.escalation.map((s: Record<string, string>) => [s.after, s.actor, s.source])).toEqual([
      ['PT4H', '班主任', 'school-attendance-rules#5'],
      ['P2D', '班主任', 'school-dropout-measures#1'],
    ]);
    expect(resolved.escalation[0].action).toContain('政教处');
    expect(resolved.escalation[1]).toMatchObject({ afterText: '旷课1节或缺课2天' });
    expect(resolved.escalation[1].action).toMatch(/与家长联系.*报告学校.*家访/);
  });

  it('--level overrides the level of the copy', () => {
    expect(inWork(['new', 'a-city', '--name', '某市', '--parent', 'national', '--level', 'city', '--from', 'county']).code).toBe(0);
    expect(parse(created('a-city')).level).toBe('city');
  });

  it('names the templates and jurisdictions there are when --from is unknown', () => {
    const r = inWork(['new', 'yy', '--name', '某县', '--parent', 'national', '--from', 'cuonty']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('找不到范本或辖区 “cuonty”。您是否想写 “county”？');
    expect(r.stderr).toContain('可用的范本：county、school、town');
  });
});

describe('--help after a command', () => {
  it('prints that command’s usage and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = runCli(['new', flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^用法：npx baoxue new <辖区标识> --name <名称> --parent <上级标识>/);
      expect(r.stdout).toContain('--from <辖区或范本>');
    }
  });

  for (const command of ['validate', 'resolve', 'build', 'check']) {
    it(`${command} --help`, () => {
      const r = runCli([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^用法：npx baoxue ${command}`));
    });
  }

  it('help <command>', () => {
    expect(runCli(['help', 'resolve']).stdout).toMatch(/^用法：npx baoxue resolve <辖区标识>/);
  });

  it('wins over other arguments, even incomplete ones', () => {
    expect(runCli(['new', 'xixian', '--name', '--help']).code).toBe(0);
  });
});

describe('option placeholders', () => {
  it('a missing option value is explained with the Chinese placeholder, not node’s <value>', () => {
    const r = runCli(['build', '--only']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('选项 --only 缺少取值，应写成 --only <辖区标识>。');
    expect(r.stderr).not.toContain('<value>');
  });
});
