/**
 * Messages that quote a value from a file (validate, check, aggregate, the .xlsx and school-list
 * imports) quote at most its first 60 characters and say how long it is, show controls as \n /
 * \u001B, and isolate a right-to-left override: a 10,000-character value does not bury the
 * message, a terminal escape in a school's file cannot rewrite the clerk's terminal, and every
 * message stays one line.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSchoolsSheet } from '../../../site/lib/config/schools-sheet.ts';
import { buildEnvelope } from '../../../site/lib/forms/envelope.ts';
import { forms } from '../../../site/lib/forms/form-registry.ts';
import { fromXlsx } from '../../../site/lib/forms/xlsx/from-xlsx.ts';
import { toXlsx } from '../../../site/lib/forms/xlsx/to-xlsx.ts';
import { quote, showValue } from '../../../site/lib/text/quote-value.ts';
import { writeWorkbook } from '../../../site/lib/xlsx/write-workbook.ts';
import { longText, rtlOverride } from '../../fixtures/hostile/payloads.ts';
import { writeHostileConfig } from '../../fixtures/hostile/write-config.ts';
import { repoRoot, runCli } from './run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'baoxue-long-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** 10,006 characters ending in an override and a terminal colour escape. */
const hostileLong = `${longText}${rtlOverride}\u001B[31m`;
const cut = (s: string) => [...s].slice(0, 60).join('');
const shippedConfig = join(repoRoot, 'config');
const example = (id: keyof typeof forms) => structuredClone((forms[id].schema.examples as any[])[0]);

/** No line is long, none holds a raw control or an unisolated override. */
function expectShortLines(text: string, most = 400) {
  const lines = text.split('\n').filter(Boolean);
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    expect([...line].length, line.slice(0, 120)).toBeLessThanOrEqual(most);
    expect(line).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    const rlo = line.indexOf(rtlOverride);
    if (rlo >= 0) expect(line.lastIndexOf('\u2068', rlo), line.slice(0, 120)).toBeGreaterThanOrEqual(0);
  }
}

describe('quote', () => {
  it('quotes a short value as it is and cuts a long one to 60 characters with its length', () => {
    expect(quote('natonal')).toBe('“natonal”');
    expect(quote(longText)).toBe(`“${[...longText].slice(0, 60).join('')}…”（共 10000 字）`);
    expect(quote('x'.repeat(60))).toBe(`“${'x'.repeat(60)}”`);
    expect(quote('x'.repeat(61))).toBe(`“${'x'.repeat(60)}…”（共 61 字）`);
  });

  it('counts and cuts by character: a character outside the BMP is not split', () => {
    const v = '𠀀'.repeat(61);
    expect(quote(v)).toBe(`“${'𠀀'.repeat(60)}…”（共 61 字）`);
  });

  it('shows line breaks and controls, and isolates an override', () => {
    expect(quote('第一行\n第二行\t\u001B[31m')).toBe('“第一行\\n第二行\\t\\u001B[31m”');
    expect(quote(`右到左${rtlOverride}txt.exe`)).toBe(`“\u2068右到左${rtlOverride}txt.exe\u2069”`);
    expect(showValue([1, 2])).toBe('[1,2]');
    const list = Array.from({ length: 100 }, (_, i) => i);
    expect(showValue(list)).toBe(`${JSON.stringify(list).slice(0, 60)}…（共 ${JSON.stringify(list).length} 字）`);
  });
});

describe('npx baoxue validate', () => {
  beforeAll(() => {
    writeHostileConfig(join(work, 'hostile'));
    const file = join(work, 'hostile/jurisdictions/hostile.yaml');
    const long = JSON.stringify(hostileLong);
    const yaml = readFileSync(file, 'utf8')
      .replace('level: county', `level: ${long}`)
      .replace('parent: national', `parent: ${long}`)
      .replace('comparator: ">="', `comparator: ${long}`)
      .replace('code: "4113280001"', `code: ${long}`)
      .replace('source: hostile-doc#c2', `source: ${JSON.stringify(`hostile-doc#${longText}`)}`);
    writeFileSync(file, `${yaml}${JSON.stringify(longText.slice(0, 500))}: 1\n`);
  });

  it('quotes each long value by its first 60 characters and its length, one short line per problem', () => {
    const r = runCli(['validate', '--config-dir', 'hostile'], { cwd: work });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.includes('（共 10006 字）')).length).toBeGreaterThanOrEqual(4);
    expect(lines.some((l) => l.includes('（共 10012 字）'))).toBe(true);
    expect(lines.find((l) => l.includes('/level'))).toBe(
      `hostile/jurisdictions/hostile.yaml:3:8  /level  “层级”不能是 “${[...longText].slice(0, 60).join('')}…”（共 10006 字），可选：national（国家）、province（省级）、city（市级）、county（县级）、town（乡镇）、school（学校）。`,
    );
    // The pointer names the 500-character key in full (it is the key's address); its message quotes it cut.
    const unknownKey = lines.find((l) => l.includes('不认识的字段'))!;
    expect(unknownKey.split('  ')[2]).toContain('（共 500 字）');
    expectShortLines(lines.filter((l) => l !== unknownKey).join('\n'));
  });
});

describe('npx baoxue check', () => {
  it('quotes a long 身份证号, phone and gender cut, with the line short', () => {
    const data = example('dropout-registration');
    data.student.idNumber = hostileLong;
    data.student.gender = hostileLong;
    data.guardians[0].phone = hostileLong;
    mkdirSync(join(work, 'check'), { recursive: true });
    writeFileSync(join(work, 'check/long.json'), JSON.stringify(buildEnvelope('dropout-registration', 'tanghe', data)));
    const r = runCli(['check', 'dropout-registration', 'check/long.json', '--config-dir', shippedConfig], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('（共 10006 字）');
    expectShortLines(r.stdout, 600);
    expect(r.stdout).not.toContain(longText.slice(0, 200));
  });
});

describe('npx baoxue aggregate', () => {
  it('names a school with a 100-character name by its first 60 characters in the flag', () => {
    // A name of 100 characters, the most 单位名称 takes (a longer one is refused as too long, as check does).
    const name = `${longText.slice(0, 90)}${rtlOverride}txt.exe\u001B[31m`.slice(0, 100);
    const report = example('monthly-report');
    // Sent after 唐河's deadline (the 20th): the late-report flag names the school.
    Object.assign(report, { school: { name }, period: '2022-03', fillDate: '2022-03-25' });
    mkdirSync(join(work, 'reports'), { recursive: true });
    writeFileSync(join(work, 'reports/long.json'), JSON.stringify(buildEnvelope('monthly-report', 'tanghe', report)));
    const r = runCli(['aggregate', 'tanghe', 'reports', '--format', 'json', '--config-dir', shippedConfig], { cwd: work, env: { BAOXUE_TODAY: '2022-04-10' } });
    const j = JSON.parse(r.stdout);
    // The data keeps the name whole; the messages about it quote it cut.
    expect(j.invalid).toEqual([]);
    expect(j.schools.some((s: { name: string }) => s.name === name)).toBe(true);
    const messages = j.flags.map((f: { message: string }) => f.message).join('\n');
    expect(messages).toContain(`${cut(name)}… 2022-03 月报于 2022-03-25 填报`);
    expect(messages).not.toContain(name);
    expectShortLines(messages);
  });
});

describe('imports', () => {
  it('an .xlsx cell holding 10,000 characters where a number belongs: the message quotes it cut', () => {
    const form = forms['monthly-report'];
    const files = unzipSync(toXlsx(form, buildEnvelope('monthly-report', 'tanghe', example('monthly-report'))));
    // Sheet 2 is the grade grid; B2 一年级's 在籍学生数.
    const grid = strFromU8(files['xl/worksheets/sheet2.xml']!);
    expect(grid).toMatch(/<c r="B2"><v>\d+<\/v><\/c>/);
    files['xl/worksheets/sheet2.xml'] = strToU8(grid.replace(/<c r="B2"><v>\d+<\/v><\/c>/, `<c r="B2" t="inlineStr"><is><t>${longText}</t></is></c>`));
    const read = fromXlsx(form, zipSync(files));
    expect(read.ok).toBe(false);
    const messages = read.problems.map((p) => `${p.where}：${p.message}`).join('\n');
    expect(messages).toContain('（共 10000 字）');
    expectShortLines(messages);
  });

  it('a school list with a 10,000-character column title and 学校标识码', () => {
    const header = ['学校名称', '学校标识码', '学段'];
    const title = readSchoolsSheet(writeWorkbook([{ name: '学校名单', header: [...header, hostileLong], rows: [['样例小学', null, '小学', null]] }])).problems;
    const code = readSchoolsSheet(writeWorkbook([{ name: '学校名单', header, rows: [['样例小学', longText, longText]] }])).problems;
    const messages = [...title, ...code].map((p) => p.message).join('\n');
    expect(messages.match(/（共 1000\d 字）/g)).toHaveLength(3);
    expectShortLines(messages);
  });
});
