/** `baoxue check` end to end, as a user runs it (the CLI in a child process with the project's Node). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnvelope } from '../../../site/lib/forms/envelope.ts';
import { formIds, forms } from '../../../site/lib/forms/form-registry.ts';
import { toXlsx } from '../../../site/lib/forms/xlsx/to-xlsx.ts';
import { runCli } from '../cli/run-cli.ts';

const env = { BAOXUE_TODAY: '2022-06-30' };
const work = mkdtempSync(join(tmpdir(), 'baoxue-check-'));
const fixture = (form: string, name: string) => `test/fixtures/forms/${form}/${name}.json`;
const example = (id: (typeof formIds)[number]) => structuredClone((forms[id].schema.examples as Record<string, any>[])[0]!);

describe('baoxue check', () => {
  it.each(formIds.map((id) => [id] as const))('passes examples[0] of %s, as .json and as .xlsx', (formId) => {
    const json = join(work, `${formId}.json`);
    const xlsx = join(work, `${formId}.xlsx`);
    const envelope = buildEnvelope(formId, 'tanghe', example(formId));
    writeFileSync(json, JSON.stringify(envelope));
    writeFileSync(xlsx, toXlsx(forms[formId], envelope));
    const r = runCli(['check', formId, json, xlsx], { env });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`检查了 2 个文件、2 条“${forms[formId].title}”记录，全部通过。\n`);
    expect(r.code).toBe(0);
  });

  it('reads an .xlsx exported with the jurisdiction’s own column titles', () => {
    const labels = { '/guardians/relation': '与被核查人关系' };
    const xlsx = join(work, 'tanghe-labels.xlsx');
    writeFileSync(xlsx, toXlsx(forms['dropout-registration'], buildEnvelope('dropout-registration', 'tanghe', example('dropout-registration')), { labels }));
    const r = runCli(['check', 'dropout-registration', xlsx], { env });
    expect(r.stdout).toContain('全部通过');
    expect(r.code).toBe(0);
  });

  it('fails a 身份证号 with one digit changed and a birth date that disagrees with it', () => {
    const r = runCli(['check', 'dropout-registration', fixture('dropout-registration', 'invalid-id-digit-changed'), fixture('dropout-registration', 'invalid-birthdate-mismatch')], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatchInlineSnapshot(`
      "test/fixtures/forms/dropout-registration/invalid-id-digit-changed.json  记录1  /data/student/idNumber  “身份证号”校验码不正确（应为 5），请逐位核对号码。
      test/fixtures/forms/dropout-registration/invalid-birthdate-mismatch.json  记录1  /data/student/birthDate  “出生日期”2010-03-16 与“身份证号”中的出生日期 2010-03-15 不一致。
      检查了 2 个文件、2 条“辍学学生登记表”记录：2 条有误。
      "
    `);
  });

  it('fails a monthly report with more dropouts than enrolled, naming the grade', () => {
    const r = runCli(['check', 'monthly-report', fixture('monthly-report', 'invalid-dropouts-exceed-enrolled')], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('/data/grades/7/dropouts  八年级的“辍学人数”（96）超过了该年级的“在籍学生数”（95）。');
  });

  it('names the group of a field whose title several groups share, one line per field, in form order', () => {
    const file = join(work, 'empty-addresses.json');
    const d = example('dropout-registration');
    d.household = {};
    d.registry = { county: '唐河县' };
    d.persuasion.result = 'x';
    writeFileSync(file, JSON.stringify(buildEnvelope('dropout-registration', 'tanghe', d)));
    const r = runCli(['check', 'dropout-registration', file], { env });
    expect(r.code).toBe(1);
    expect(r.stdout.replaceAll(work, '<tmp>')).toMatchInlineSnapshot(`
      "<tmp>/empty-addresses.json  记录1  /data/household/county  请填写“户籍所在地”的“县（市、区）”。
      <tmp>/empty-addresses.json  记录1  /data/household/township  请填写“户籍所在地”的“乡镇（街道、办事处）”。
      <tmp>/empty-addresses.json  记录1  /data/household/village  请填写“户籍所在地”的“村（小区、门牌号码等）”。
      <tmp>/empty-addresses.json  记录1  /data/registry/township  请填写“学籍所在地”的“乡镇（街道、办事处）”。
      <tmp>/empty-addresses.json  记录1  /data/registry/village  请填写“学籍所在地”的“村（小区、门牌号码等）”。
      <tmp>/empty-addresses.json  记录1  /data/persuasion/result  “核查情况”的“劝返结果”不能是 “x”，可选：已复学、未复学。
      检查了 1 个文件、1 条“辍学学生登记表”记录：1 条有误。
      "
    `);
  });

  it('points at the cell of an .xlsx record and checks every record of a JSON array', () => {
    const d = example('dropout-registration');
    d.student.idNumber = '411328201003151536';
    const xlsx = join(work, 'broken.xlsx');
    writeFileSync(xlsx, toXlsx(forms['dropout-registration'], buildEnvelope('dropout-registration', 'tanghe', d)));
    const list = join(work, 'list.json');
    const ok = JSON.parse(readFileSync(fixture('dropout-registration', 'valid-example'), 'utf8'));
    const bad = JSON.parse(readFileSync(fixture('dropout-registration', 'invalid-gender-mismatch'), 'utf8'));
    writeFileSync(list, JSON.stringify([ok, bad]));
    const r = runCli(['check', 'dropout-registration', xlsx, list], { env });
    expect(r.code).toBe(1);
    expect(r.stdout.replaceAll(work, '<tmp>')).toMatchInlineSnapshot(`
      "<tmp>/broken.xlsx  记录1  /data/student/idNumber  “身份证号”校验码不正确（应为 5），请逐位核对号码。（工作表“辍学学生登记表” 第8行 B列“学生基本信息 / 身份证号”）
      <tmp>/list.json  记录2  /data/student/gender  “性别”填的是“女”，但“身份证号”第 17 位（3）表示男性。
      检查了 2 个文件、3 条“辍学学生登记表”记录：2 条有误。
      "
    `);
  });

  it('refuses a GBK-encoded .json instead of checking garbled text', () => {
    const utf8 = readFileSync(fixture('dropout-registration', 'valid-example'), 'utf8');
    expect(utf8).toContain('"张小明"');
    // 张小明 in GBK, as Notepad's “ANSI” saves it on a Chinese Windows.
    const [before, after] = utf8.split('张小明');
    const gbk = join(work, 'gbk.json');
    writeFileSync(gbk, Buffer.concat([Buffer.from(before!), Buffer.from([0xd5, 0xc5, 0xd0, 0xa1, 0xc3, 0xf7]), Buffer.from(after!)]));
    const r = runCli(['check', 'dropout-registration', gbk], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.replaceAll(work, '<tmp>').split('\n')[0]).toMatch(/^<tmp>\/gbk\.json {2}记录1 {2}\/ {2}文件不是 UTF-8 编码/);
  });

  it('says that Excel turned a 身份证号 into a number, rather than blaming its check digit, and lists the record’s other problems too', () => {
    const d = example('dropout-registration');
    d.guardians[0].phone = '1380000001';
    delete d.dropoutReason;
    const bytes = toXlsx(forms['dropout-registration'], buildEnvelope('dropout-registration', 'tanghe', d));
    const files = unzipSync(bytes);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    files['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace(/<c r="(B\d+)"[^>]*t="inlineStr"><is><t>411328201003151236<\/t><\/is><\/c>/, '<c r="$1"><v>4.11328201003151E+17</v></c>'));
    const xlsx = join(work, 'excel-number.xlsx');
    writeFileSync(xlsx, zipSync(files));
    const r = runCli(['check', 'dropout-registration', xlsx], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('“身份证号”被 Excel 存成了数字 411328201003151000');
    expect(r.stdout).toContain('设置为“文本”格式');
    expect(r.stdout).not.toContain('校验码');
    expect(r.stdout.replaceAll(work, '<tmp>')).toMatchInlineSnapshot(`
      "<tmp>/excel-number.xlsx  记录1  /data/student/idNumber  “身份证号”被 Excel 存成了数字 411328201003151000（Excel 只保留 15 位有效数字，末几位已经变了）。请在 Excel 中把这一列设置为“文本”格式，重新输入号码后再导入。（工作表“辍学学生登记表” 第8行 B列“学生基本信息 / 身份证号”）
      <tmp>/excel-number.xlsx  记录1  /data/guardians/0/phone  监护人第1条的“联系电话”“1380000001”不是有效的手机号：手机号为 11 位，以 13–19 开头。（工作表“监护人” 第2行 C列“联系电话”）
      <tmp>/excel-number.xlsx  记录1  /data/dropoutReason  请填写“辍学原因”。
      检查了 1 个文件、1 条“辍学学生登记表”记录：1 条有误。
      "
    `);
  });

  it('explains unreadable files without a stack trace', () => {
    const garbled = join(work, 'garbled.xlsx');
    writeFileSync(garbled, 'not a zip');
    const r = runCli(['check', 'monthly-report', garbled, join(work, 'missing.json'), 'README.md'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.replaceAll(work, '<tmp>')).toMatchInlineSnapshot(`
      "<tmp>/garbled.xlsx  文件不是有效的 Excel（.xlsx）文件，可能已损坏，或是旧式 .xls 文件（请在 Excel 中另存为 .xlsx）。
      <tmp>/missing.json  找不到这个文件。
      README.md  不支持 “.md” 文件：只能检查本站导出的 .json 或 .xlsx 文件。
      检查了 3 个文件、0 条“控辍保学月报表”记录：0 条有误，3 个文件无法读取。
      "
    `);
  });

  it('is a usage error (exit 2) for an unknown form or no files', () => {
    const r = runCli(['check', 'monthly-reprot', 'x.json'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('未知表单 “monthly-reprot”。您是否想写 “monthly-report”？');
    expect(runCli(['check', 'monthly-report'], { env }).code).toBe(2);
    expect(runCli(['check', 'monthly-report', 'x.json'], { env: { BAOXUE_TODAY: '2022-13-01' } }).code).toBe(2);
  });
});

describe('baoxue check outside the project folder', () => {
  it('uses the shipped config when there is no ./config and no --config-dir', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'baoxue-cwd-'));
    writeFileSync(join(elsewhere, '登记表.json'), JSON.stringify(buildEnvelope('dropout-registration', 'tanghe', example('dropout-registration'))));
    const r = runCli(['check', 'dropout-registration', '登记表.json'], { cwd: elsewhere, env });
    expect(r.stdout).toBe('检查了 1 个文件、1 条“辍学学生登记表”记录，全部通过。\n');
    expect(r.code).toBe(0);
    // The shipped rules apply there too: 唐河县 requires a tick on every evidence document.
    const v = example('verification');
    v.evidence[0].provided = false;
    writeFileSync(join(elsewhere, '核查.json'), JSON.stringify(buildEnvelope('verification', 'tanghe', v)));
    expect(runCli(['check', 'verification', '核查.json'], { cwd: elsewhere, env }).stdout).toContain('尚未留存');
  });

  it('still says so when an explicit --config-dir does not exist', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'baoxue-cwd-'));
    writeFileSync(join(elsewhere, 'a.json'), JSON.stringify(buildEnvelope('monthly-report', 'tanghe', example('monthly-report'))));
    const r = runCli(['check', 'monthly-report', 'a.json', '--config-dir', 'nowhere'], { cwd: elsewhere, env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('/jurisdiction  找不到配置目录 “nowhere”，无法按辖区 “tanghe” 的规则检查；请用 --config-dir 指定配置目录。');
  });
});

describe('baoxue check reminders', () => {
  it('registers a 17-year-old still in 初中, with a reminder to check the age; a 29-year-old still fails', () => {
    const r = runCli(['check', 'dropout-registration', fixture('dropout-registration', 'valid-overage-17'), fixture('dropout-registration', 'invalid-age-implausible')], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatchInlineSnapshot(`
      "test/fixtures/forms/dropout-registration/valid-overage-17.json  记录1  /data/student/birthDate  提醒：“出生日期”表明学生按“填表日期”（2022-03-10）计算为 17 周岁，不在义务教育适龄范围（6–16 周岁）内。超龄仍在读或不足龄已入学的学生照常登记，请核对出生日期和身份证号无误。
      test/fixtures/forms/dropout-registration/invalid-age-implausible.json  记录1  /data/student/birthDate  “出生日期”表明学生按“填表日期”（2022-03-10）计算为 29 周岁，不可能是义务教育阶段的学生（应在 3–25 周岁之间），请核对出生日期和身份证号。
      检查了 2 个文件、2 条“辍学学生登记表”记录：1 条有误（1 条记录有提醒，请核对）。
      "
    `);
  });

  it('prints a pledge looser than the jurisdiction’s target as a reminder, and still passes it', () => {
    const d = example('responsibility-pledge');
    d.targets[0].value = 94;
    const file = join(work, 'pledge-94.json');
    writeFileSync(file, JSON.stringify(buildEnvelope('responsibility-pledge', 'tanghe', d)));
    const r = runCli(['check', 'responsibility-pledge', file], { env });
    expect(r.stdout.replaceAll(work, '<tmp>')).toMatchInlineSnapshot(`
      "<tmp>/pledge-94.json  记录1  /data/targets/0/value  提醒：工作目标第1条的“目标值（%）”：九年义务教育巩固率不低于 94%，比唐河县的目标（不低于 95%）宽松，请核对。
      检查了 1 个文件、1 条“控辍保学目标责任书”记录，全部通过（1 条记录有提醒，请核对）。
      "
    `);
    expect(r.code).toBe(0);
  });
});
