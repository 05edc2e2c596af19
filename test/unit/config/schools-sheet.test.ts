import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSchoolsSheet } from '../../../site/lib/config/schools-sheet.ts';
import { writeWorkbook } from '../../../site/lib/xlsx/write-workbook.ts';
import { repoRoot, runCli } from '../cli/run-cli.ts';

const header = ['学校名称', '学校标识码', '所在乡镇', '学段'];
const book = (rows: (string | number | null)[][], head = header) => writeWorkbook([{ name: '学校名单', header: head, rows }]);
const work = mkdtempSync(join(tmpdir(), 'baoxue-schools-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('readSchoolsSheet', () => {
  it('reads names, codes (also typed as numbers), towns and stages, skipping empty rows', () => {
    const r = readSchoolsSheet(book([
      ['样例镇第一小学', '9000000001', '样例镇', '小学'],
      [null, null, null, null],
      ['样例镇中学', 9000000002, '样例镇', '初中'],
      ['示范乡中心学校', null, '示范乡', '小学、初中'],
      ['示范乡九年制学校', null, null, '九年一贯制'],
    ]));
    expect(r.problems).toEqual([]);
    expect(r.schools).toEqual([
      { name: '样例镇第一小学', code: '9000000001', town: '样例镇', stages: ['primary'] },
      { name: '样例镇中学', code: '9000000002', town: '样例镇', stages: ['junior'] },
      { name: '示范乡中心学校', town: '示范乡', stages: ['primary', 'junior'] },
      { name: '示范乡九年制学校', stages: ['primary', 'junior'] },
    ]);
  });

  it('names sheet, row and column of every bad cell, and keeps the good rows', () => {
    const r = readSchoolsSheet(book([
      ['甲校', '12345', '样例镇', '小学'],
      [null, '9000000001', '样例镇', '小学'],
      ['乙校', '9000000002', '样例镇', '高中'],
      ['丙校', '9000000002', '样例镇', ''],
      ['丁校', '9000000003', '样例镇', '初中'],
    ]));
    expect(r.problems.map((p) => [p.row, p.col, p.message])).toEqual([
      [2, 2, '工作表“学校名单” 第2行 B列“学校标识码”：应为 10 位数字，实际是 “12345”。'],
      [3, 1, '工作表“学校名单” 第3行 A列“学校名称”：学校名称不能为空。'],
      [4, 4, '工作表“学校名单” 第4行 D列“学段”：不认识的学段 “高中”：填 小学、初中，或 小学、初中（九年一贯制）。'],
      [5, 2, '工作表“学校名单” 第5行 B列“学校标识码”：学校标识码 9000000002 与第4行重复。'],
      [5, 4, '工作表“学校名单” 第5行 D列“学段”：学段不能为空：填 小学、初中，或 小学、初中（九年一贯制）。'],
    ]);
    expect(r.schools.map((s) => s.name)).toEqual(['丁校']);
  });

  it('says which column titles are missing or unknown', () => {
    const r = readSchoolsSheet(book([['甲校', '小学']], ['学校', '学段']));
    expect(r.problems.map((p) => p.message)).toEqual([
      '工作表“学校名单” 第1行：缺少“学校名称”列。第一行应为列标题：学校名称、学校标识码、所在乡镇、学段。',
      '工作表“学校名单” 第1行 A列：不认识的列标题 “学校”；学校名单的列为：学校名称、学校标识码、所在乡镇、学段。',
    ]);
    expect(readSchoolsSheet(new Uint8Array([1, 2, 3])).problems).toHaveLength(1);
  });
});

describe('schoolsFile in a jurisdiction’s config', () => {
  const configWith = (name: string, sheet: Uint8Array | null) => {
    const dir = join(work, name);
    cpSync(join(repoRoot, 'config'), dir, { recursive: true });
    const yaml = join(dir, 'jurisdictions/tanghe.yaml');
    writeFileSync(yaml, `${readFileSync(yaml, 'utf8').trimEnd()}\nschoolsFile: schools/tanghe.xlsx\n`);
    if (sheet) {
      mkdirSync(join(dir, 'schools'));
      writeFileSync(join(dir, 'schools/tanghe.xlsx'), sheet);
    }
    return name;
  };

  it('adds the sheet’s schools to the resolved jurisdiction', () => {
    const dir = configWith('good', book([['样例镇第一小学', '9000000001', '样例镇', '小学']]));
    const r = runCli(['resolve', 'tanghe', '--config-dir', dir], { cwd: work });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).schools).toEqual([{ name: '样例镇第一小学', code: '9000000001', town: '样例镇', stages: ['primary'] }]);
  });

  it('makes validate report the sheet’s problems at file:row:column, and a missing file at its YAML line', () => {
    const bad = configWith('bad', book([['甲校', '12345', '样例镇', '小学']]));
    const r = runCli(['validate', '--config-dir', bad], { cwd: work });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad/schools/tanghe.xlsx:2:2  /  工作表“学校名单” 第2行 B列“学校标识码”：应为 10 位数字，实际是 “12345”。');
    const none = configWith('none', null);
    const m = runCli(['validate', '--config-dir', none], { cwd: work });
    expect(m.code).toBe(1);
    expect(m.stdout).toMatch(/none\/jurisdictions\/tanghe\.yaml:\d+:\d+  \/schoolsFile  找不到学校名单文件 none\/schools\/tanghe\.xlsx（路径相对于配置目录）。/);
  });
});
