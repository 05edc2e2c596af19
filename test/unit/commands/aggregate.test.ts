/** `baoxue aggregate` end to end, as a county clerk runs it: the sample county's folders, 唐河's rules, the sample registry as its schoolsFile. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../../site/lib/xlsx/write-workbook.ts';
import { repoRoot, runCli } from '../cli/run-cli.ts';
import { sampleSchools } from '../reports/report-fixtures.ts';

const env = { BAOXUE_TODAY: '2022-04-10' };
const work = mkdtempSync(join(tmpdir(), 'baoxue-aggregate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const stages = { primary: '小学', junior: '初中' } as const;

beforeAll(() => {
  // The county's folders as a clerk has them, and 唐河's config pointing at the sample school list.
  cpSync(join(repoRoot, 'test/fixtures/reports/monthly'), join(work, 'monthly'), { recursive: true });
  cpSync(join(repoRoot, 'test/fixtures/reports/cases'), join(work, 'cases'), { recursive: true });
  cpSync(join(repoRoot, 'config'), join(work, 'config'), { recursive: true });
  const yaml = join(work, 'config/jurisdictions/tanghe.yaml');
  writeFileSync(yaml, `${readFileSync(yaml, 'utf8').trimEnd()}\nschoolsFile: schools/tanghe.xlsx\n`);
  mkdirSync(join(work, 'config/schools'));
  writeFileSync(
    join(work, 'config/schools/tanghe.xlsx'),
    writeWorkbook([{ name: '学校名单', header: ['学校名称', '学校标识码', '所在乡镇', '学段'], rows: sampleSchools.map((s) => [s.name, s.code ?? null, s.town ?? null, s.stages.map((x) => stages[x]).join('、')]) }]),
  );
});

const run = (args: string[]) => runCli(['aggregate', 'tanghe', ...args], { cwd: work, env });

describe('baoxue aggregate', () => {
  it('prints the JSON interface: totals, schools, flags, ledger and the invalid record; exit 1 for the invalid one', () => {
    const r = run(['monthly', 'cases', '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['jurisdiction', 'period', 'totals', 'schools', 'towns', 'flags', 'missing', 'duplicates', 'ledger', 'invalid']));
    expect(j.period).toBe('2022-03');
    expect(j.totals.all).toMatchObject({ enrolled: 1160, suspected: 3, dropouts: 3, returned: 0, homeEducation: 1, dropoutRate: { numerator: 3, denominator: 1160, percent: 0.26 } });
    expect(j.schools.map((s: any) => [s.name, s.code, s.town, s.status])).toEqual([
      ['样例镇第一小学', '9000000001', '样例镇', 'reported'],
      ['样例镇中学', '9000000002', '样例镇', 'late'],
      ['示范乡中心学校', '9000000003', '示范乡', 'zero'],
      ['示范乡教学点', null, '示范乡', 'missing'],
      ['样例镇民办学校', '9000000009', null, 'reported'],
    ]);
    expect(j.missing).toEqual([{ name: '示范乡教学点', code: null, town: '示范乡' }]);
    expect(j.ledger[0]).toMatchObject({ student: '411328********1317', name: '王一', school: '样例镇中学', status: '辍学', due: '2022-03-01', overdue: true });
    expect(j.invalid).toEqual([{ file: 'monthly/2022-02/yangli-primary-feb-and-jan.json', record: 2, pointer: '/data/grades/2/dropouts', message: '三年级的“辍学人数”（120）超过了该年级的“在籍学生数”（100）。' }]);
    expect(r.stdout).not.toContain('411328200805121317');
    expect(r.stderr).toContain('有 1 处文件或记录有误');
  });

  it('gives the same invalid-record message as baoxue check', () => {
    const c = runCli(['check', 'monthly-report', 'monthly/2022-02/yangli-primary-feb-and-jan.json'], { cwd: work, env });
    expect(c.stdout).toContain('monthly/2022-02/yangli-primary-feb-and-jan.json  记录2  /data/grades/2/dropouts  三年级的“辍学人数”（120）超过了该年级的“在籍学生数”（100）。');
  });

  it('prints a readable Chinese table by default and exits 0 when every record is valid', () => {
    const r = run(['monthly/2022-03', 'cases']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('唐河县（tanghe）控辍保学月报汇总  月份：2022-03  报送截止：2022-03-20  统计日：2022-04-10');
    expect(r.stdout).toMatch(/合计\s+1160\s+3\s+3\s+0\s+1\s+0\.26%/);
    expect(r.stdout).toContain('【未报学校】1 所：示范乡教学点');
    expect(r.stdout).toContain('【逾期报送】样例镇中学 2022-03 月报于 2022-03-25 填报，晚于截止日 2022-03-20（每月 20 日前）。（出处：tanghe-jiaoji-2022-33#3-2）');
    expect(r.stdout).toContain('辍学率 = 辍学人数 ÷ 在籍学生数 × 100%');
  });

  it('lists a case record sent twice among the duplicates, in the table and the JSON', () => {
    mkdirSync(join(work, 'copied'), { recursive: true });
    cpSync(join(work, 'cases/zhao-san-persuasion.json'), join(work, 'copied/zhao-san-again.json'));
    const table = run(['monthly/2022-03', 'cases', 'copied']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('【重复报送】赵三（411328********1519）的“劝返复学记录”重复：cases/zhao-san-persuasion.json 第 1 条、copied/zhao-san-again.json 第 1 条 内容完全相同；台账中只计一次');
    const j = JSON.parse(run(['monthly/2022-03', 'cases', 'copied', '--format', 'json']).stdout);
    expect(j.duplicates.filter((d: any) => d.form === 'persuasion-record')).toEqual([
      expect.objectContaining({ student: '411328********1519', kept: 'cases/zhao-san-persuasion.json', dropped: ['copied/zhao-san-again.json'] }),
    ]);
    expect(j.ledger.find((l: any) => l.name === '赵三').records).toHaveLength(1);
  });

  it('takes --period, and writes CSV with a BOM and formula-looking cells neutralised', () => {
    const evil = join(work, 'evil');
    mkdirSync(evil, { recursive: true });
    const d = JSON.parse(readFileSync(join(work, 'monthly/2022-03/unknown-school.json'), 'utf8'));
    d.data.school = { name: '=HYPERLINK("http://example.invalid","点我")' };
    writeFileSync(join(evil, 'evil.json'), JSON.stringify(d));
    const r = run(['monthly', evil, '--period', '2022-03', '--format', 'csv', '--out', 'out.csv']);
    expect(r.code).toBe(1);
    const csv = readFileSync(join(work, 'out.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF【汇总】')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""点我"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain('示范乡教学点,,示范乡');
  });

  it('writes an .xlsx with the sheets 汇总, 学校, 未报学校, 台账, 问题', () => {
    const r = run(['monthly', 'cases', '--format', 'xlsx', '--out', 'summary.xlsx']);
    expect(r.code).toBe(1);
    const files = unzipSync(new Uint8Array(readFileSync(join(work, 'summary.xlsx'))));
    const workbook = strFromU8(files['xl/workbook.xml']!);
    expect([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual(['汇总', '学校', '未报学校', '台账', '问题']);
    const ledger = strFromU8(files['xl/worksheets/sheet4.xml']!);
    expect(ledger).toContain('411328********1317');
    expect(ledger).not.toContain('411328200805121317');
  });

  it('shows progress on stderr past 100 files, and lists a path that does not exist', () => {
    const many = join(work, 'many');
    mkdirSync(many, { recursive: true });
    const text = readFileSync(join(work, 'monthly/2022-03/yangli-primary.json'));
    for (let i = 0; i < 101; i++) writeFileSync(join(many, `r${String(i).padStart(3, '0')}.json`), text);
    const r = run([many, 'nowhere', '--format', 'json']);
    expect(r.stderr).toContain('已读取 100/101 个文件…');
    expect(r.stderr).toContain('已读取 101/101 个文件…');
    const j = JSON.parse(r.stdout);
    expect(j.invalid[0]).toEqual({ file: 'nowhere', record: null, pointer: '', message: '找不到这个文件或文件夹。' });
    expect(j.duplicates[0].dropped).toHaveLength(100);
    expect(r.code).toBe(1);
  });

  // One spawn per case: each starts Node and loads the config, slow on a busy machine.
  it.each([
    ['no jurisdiction', []],
    ['an unknown format', ['tanghe', 'monthly', '--format', 'pdf']],
    ['a month that does not exist', ['tanghe', 'monthly', '--period', '2022-13']],
    ['xlsx without --out', ['tanghe', 'monthly', '--format', 'xlsx']],
  ])('exits 2 on a usage error (%s), with a Chinese message and no stack trace', (_, args) => {
    const r = runCli(['aggregate', ...args], { cwd: work, env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(r.stderr).not.toMatch(/\s+at\s/);
  });

  it('exits 2 on an unknown jurisdiction, suggesting the right one', () => {
    const u = runCli(['aggregate', 'tanhe', 'monthly'], { cwd: work, env });
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('找不到辖区 “tanhe”');
  });
});
