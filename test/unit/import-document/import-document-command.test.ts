/** `baoxue import-document` end to end, as a clerk runs it (the CLI in a child process with the project's Node). */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDocument } from '../../../site/lib/import-document/parse-document.ts';
import { policyYaml } from '../../../site/lib/import-document/policy-yaml.ts';
import { repoRoot, runCli } from '../cli/run-cli.ts';
import { splitSamplePlans } from './seed-comparison.ts';

const work = mkdtempSync(join(tmpdir(), 'baoxue-import-'));
const config = join(work, 'config');
cpSync(join(repoRoot, 'config'), config, { recursive: true });
const shippedCount = readdirSync(join(config, 'policies')).length;
const seed = (name: string) => join(repoRoot, 'test/fixtures/seeds', name);
const fixture = (name: string) => join(repoRoot, 'test/fixtures/import-document', name);
const importDoc = (file: string, id: string, ...more: string[]) => runCli(['import-document', file, '--id', id, '--config-dir', config, ...more]);

// each run starts Node with tsx; on the shared 2-core machine that takes seconds
describe('baoxue import-document', { timeout: 180_000 }, () => {
  it('imports every seed text and a county plan not in the seeds; validate accepts them all unchanged', () => {
    const plans = splitSamplePlans(readFileSync(seed('003_517c7261fcf8fea8.txt'), 'utf8'));
    const runs = [
      importDoc(seed('000_a77cf61dcc178e12.txt'), 'seed-000'),
      importDoc(seed('001_49c8f8317c90cac2.txt'), 'seed-001'),
      importDoc(seed('002_b9cb2ff9d2735694.txt'), 'seed-002'),
      importDoc(seed('004_8dc2e0ef094337e8.txt'), 'seed-004'),
      importDoc(fixture('qingxi-special-action.txt'), 'qingxi-2024-plan'),
      importDoc(fixture('qingxi-attendance-rules.txt'), 'qingxi-attendance-rules'),
      // one of the five sample plans through the CLI (with --title and --issuer, which they lack) …
      (() => {
        const file = join(work, 'plan-1.txt');
        writeFileSync(file, plans[0]!);
        return importDoc(file, 'seed-003-1', '--title', '样本方案篇一', '--issuer', '某学校');
      })(),
    ];
    // … and the other four written in-process by the same writer, to spare the shared machine four CLI starts
    plans.slice(1).forEach((plan, k) => {
      const id = `seed-003-${k + 2}`;
      writeFileSync(join(config, 'policies', `${id}.yaml`), policyYaml(parseDocument(plan), { id, sourceName: 'plan.txt', title: `样本方案篇${k + 2}`, issuer: '某学校' }));
    });
    for (const r of runs) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    const v = runCli(['validate', '--config-dir', config]);
    const output = v.stdout + v.stderr;
    expect(output.split('\n').filter((l) => l.includes('policies/'))).toEqual([]);
    expect(v.code).toBe(0);
    expect(output).toContain(`个辖区、${shippedCount + 11} 份政策文件`);
  });

  it('prints what it found, the clause counts per level and every unplaced line with its number', () => {
    const r = importDoc(fixture('qingxi-special-action.txt'), 'qingxi-summary');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  标题：清溪县教育体育局关于印发《清溪县2024年义务教育控辍保学专项行动方案》的通知\n');
    expect(r.stdout).toContain('  发文字号：清教体〔2024〕12号\n  发文机关：清溪县教育体育局\n  日期：2024-03-05\n');
    expect(r.stdout).toContain('  附件：清溪县适龄儿童少年排查登记表；清溪县劝返复学台账\n');
    expect(r.stdout).toContain('  条款：第一层“一”3 条，第二层“（一）”4 条，第三层“1”4 条，第四层“（1）”3 条，第五层“①”3 条\n');
    expect(r.stdout).toContain('  删除的扫描痕迹：第 46 行（页脚网址）\n');
    expect(r.stdout).toContain('未能归入条款的 4 行（已原样写入文件的 note，请核对后删去或移入条款）：\n');
    expect(r.stdout).toContain('  第 69 行（附件正文，未收入条款）：姓名\t性别\t出生日期\t户籍地\t就读情况\n');
    const written = parse(readFileSync(join(config, 'policies/qingxi-summary.yaml'), 'utf8'));
    expect(written.note).toContain('第69行（附件正文，未收入条款）：姓名');
  });

  it('refuses to overwrite an existing document without --force', () => {
    const path = join(config, 'policies/luzhengban-2019-18.yaml');
    const before = readFileSync(path, 'utf8');
    const r = importDoc(seed('000_a77cf61dcc178e12.txt'), 'luzhengban-2019-18');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^文件 “luzhengban-2019-18” 已存在（.*luzhengban-2019-18\.yaml），未做任何修改。要覆盖请加 --force。\n$/);
    expect(readFileSync(path, 'utf8')).toBe(before);
    const forced = importDoc(seed('000_a77cf61dcc178e12.txt'), 'luzhengban-2019-18', '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toContain('# 由 npx baoxue import-document 从 000_a77cf61dcc178e12.txt 导入的政策文件。');
  });

  it.each([
    ['empty.txt', '文件是空的，没有可导入的文字。'],
    ['binary.bin', '这不是文本文件（含有二进制内容）'],
    ['gbk.txt', '文件不是 UTF-8 编码，看起来是 GBK（GB2312）编码。请用记事本或 WPS 打开原文，选择“另存为”，编码选 UTF-8'],
    ['no-numbering.txt', '没有找到任何编号的条款（一、 （一） 1. （1） ① 第一条 第一章 ……），无法生成条款树。'],
  ])('refuses %s with a Chinese message and writes nothing', (name, message) => {
    const r = importDoc(fixture(name), `bad-${name.replace(/\W/g, '-')}`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${name}：${message}`);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(existsSync(join(config, `policies/bad-${name.replace(/\W/g, '-')}.yaml`))).toBe(false);
  });

  it('asks for --title and --issuer when the text has neither', () => {
    const file = join(work, 'bare.txt');
    writeFileSync(file, '一、工作目标\n巩固率达到96%以上。\n');
    const r = importDoc(file, 'bare');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${file}：没有找到标题（请在第一行写上文件标题，或用 --title 指定）；也没有找到发文机关（请在标题前或文末落款写上机关名称，或用 --issuer 指定）。未写入任何文件。\n`);
  });

  it('reports usage errors with exit code 2, a bad id and a missing file with 1', () => {
    expect(runCli(['import-document', fixture('gbk.txt')]).code).toBe(2);
    expect(runCli(['import-document', '--id', 'x']).code).toBe(2);
    const badId = importDoc(fixture('gbk.txt'), 'Bad_Id');
    expect([badId.code, badId.stderr]).toEqual([1, '文件标识 “Bad_Id” 不合法：只能用小写英文字母、数字和连字符，例如 xixian-jiaoji-2024-5。\n']);
    const missing = importDoc(join(work, 'nope.txt'), 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('找不到文件');
  });
});
