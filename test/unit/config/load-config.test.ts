/**
 * Reading a config folder (load-config.ts) and its Excel school lists (load-schools-file.ts):
 * what `validate` prints for a folder that is not there, a YAML file in the wrong place, a
 * school list that is missing, broken or has bad rows, and the file names it shows.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../../../site/lib/config/diagnostic.ts';
import { hasErrors, loadConfig } from '../../../site/lib/config/load-config.ts';
import { writeWorkbook } from '../../../site/lib/xlsx/write-workbook.ts';

const base = join(import.meta.dirname, '../../fixtures/configs/base');
const header = ['学校名称', '学校标识码', '所在乡镇', '学段'];
let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

/** A copy of the base fixture in a fresh folder; returns the folder holding `config/`. */
function copyBase(): { work: string; dir: string } {
  work = mkdtempSync(join(tmpdir(), 'baoxue-load-'));
  const dir = join(work, 'config');
  cpSync(base, dir, { recursive: true });
  return { work, dir };
}
const printed = (list: Diagnostic[]) => sortDiagnostics(list).map(formatDiagnostic);
const appendToDemo = (dir: string, yaml: string) => {
  const file = join(dir, 'jurisdictions/demo.yaml');
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n${yaml}`);
};

describe('the config folder', () => {
  it('a folder that does not exist, or a file given as the folder, is one error with no line', () => {
    const { work, dir } = copyBase();
    const missing = loadConfig(join(work, 'nope'), { displayBase: work });
    expect(missing.diagnostics).toEqual([
      {
        file: join(work, 'nope'),
        line: 0,
        col: 0,
        pointer: '',
        message: `找不到配置目录：“${join(work, 'nope')}”不存在。请检查 --config-dir 的路径；不写 --config-dir 时读取当前目录下的 config/。`,
        severity: 'error',
        code: 'no-config-dir',
      },
    ]);
    expect(hasErrors(missing)).toBe(true);
    expect(missing.jurisdictions.size + missing.documents.size).toBe(0);
    const file = join(dir, 'policies/base-doc.yaml');
    expect(loadConfig(file, { displayBase: work }).diagnostics.map((d) => d.message)).toEqual([
      `找不到配置目录：“${file}”不是目录。请检查 --config-dir 的路径；不写 --config-dir 时读取当前目录下的 config/。`,
    ]);
  });

  it('a YAML file beside the sub-folders is a warning and is not read; other files are ignored', () => {
    const { work, dir } = copyBase();
    writeFileSync(join(dir, 'stray.yaml'), 'id: stray\n');
    writeFileSync(join(dir, 'other.YML'), 'id: other\n');
    writeFileSync(join(dir, 'notes.txt'), 'x');
    writeFileSync(join(dir, 'jurisdictions/readme.md'), '# 说明\n');
    const set = loadConfig(dir, { displayBase: work });
    const note = '警告：配置文件应放在 jurisdictions/（辖区）或 policies/（政策文件）子目录中，此文件未被读取。';
    expect(printed(set.diagnostics)).toEqual([`config/other.YML:1:1  /  ${note}`, `config/stray.yaml:1:1  /  ${note}`]);
    expect(set.diagnostics.map((d) => d.code)).toEqual(['misplaced-file', 'misplaced-file']);
    expect(hasErrors(set)).toBe(false);
    expect([...set.jurisdictions.keys()].sort()).toEqual(['demo', 'national']);
    expect([...set.documents.keys()].sort()).toEqual(['base-doc', 'county-doc']);
  });

  it('names files relative to the working directory by default, and keeps each file’s text', () => {
    const set = loadConfig('test/fixtures/configs/base');
    expect(set.diagnostics).toEqual([]);
    const demo = set.jurisdictions.get('demo')!;
    expect(demo.file).toBe(join('test/fixtures/configs/base/jurisdictions/demo.yaml'));
    expect(demo.text).toBe(readFileSync(join(base, 'jurisdictions/demo.yaml'), 'utf8'));
    expect(set.documents.get('county-doc')!.file).toBe(join('test/fixtures/configs/base/policies/county-doc.yaml'));
  });

  it('reads templates/ too: checked, never a jurisdiction', () => {
    const { work, dir } = copyBase();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(join(dir, 'templates/town.yaml'), 'id: town\nname: 某镇\nlevel: town\nparent: demo\ndocuments: [nowhere]\n');
    const set = loadConfig(dir, { displayBase: work });
    expect(set.jurisdictions.has('town')).toBe(false);
    expect(printed(set.diagnostics)).toEqual(['config/templates/town.yaml:5:13  /documents/0  找不到政策文件 “nowhere”。']);
  });
});

describe('schoolsFile: the Excel school list beside the YAML', () => {
  it('a missing file is an error at the schoolsFile line, naming the path it looked for', () => {
    const { work, dir } = copyBase();
    appendToDemo(dir, 'schoolsFile: schools/demo.xlsx\n');
    const set = loadConfig(dir, { displayBase: work });
    expect(printed(set.diagnostics)).toEqual(['config/jurisdictions/demo.yaml:19:14  /schoolsFile  找不到学校名单文件 config/schools/demo.xlsx（路径相对于配置目录）。']);
    expect(set.diagnostics[0]!.code).toBe('missing-schools-file');
  });

  it('adds the sheet’s good rows after the schools written in the YAML, and reports bad rows at row:column of the .xlsx', () => {
    const { work, dir } = copyBase();
    appendToDemo(dir, 'schools:\n  - name: 已有小学\n    stages: [primary]\nschoolsFile: schools/demo.xlsx\n');
    mkdirSync(join(dir, 'schools'));
    const rows = [['甲校', '9000000001', '样例镇', '小学'], ['乙校', '123', '样例镇', '初中']];
    writeFileSync(join(dir, 'schools/demo.xlsx'), writeWorkbook([{ name: '学校名单', header, rows }]));
    const set = loadConfig(dir, { displayBase: work });
    expect(printed(set.diagnostics)).toEqual(['config/schools/demo.xlsx:3:2  /  工作表“学校名单” 第3行 B列“学校标识码”：应为 10 位数字，实际是 “123”。']);
    expect(set.diagnostics.map((d) => [d.code, d.severity])).toEqual([['schools-sheet', 'error']]);
    expect(set.jurisdictions.get('demo')!.data.schools).toEqual([
      { name: '已有小学', stages: ['primary'] },
      { name: '甲校', code: '9000000001', town: '样例镇', stages: ['primary'] },
    ]);
  });

  it('a file that is not a workbook is reported at its first line and column, not at 0:0', () => {
    const { work, dir } = copyBase();
    appendToDemo(dir, 'schoolsFile: schools/demo.xlsx\n');
    mkdirSync(join(dir, 'schools'));
    writeFileSync(join(dir, 'schools/demo.xlsx'), new Uint8Array([1, 2, 3]));
    const set = loadConfig(dir, { displayBase: work });
    expect(set.diagnostics).toHaveLength(1);
    expect(set.diagnostics[0]).toMatchObject({ file: join('config/schools/demo.xlsx'), line: 1, col: 1, pointer: '', severity: 'error', code: 'schools-sheet' });
    expect(set.diagnostics[0]!.message).toContain('不是有效的 Excel（.xlsx）文件');
    expect(set.jurisdictions.get('demo')!.data.schools).toEqual([]);
  });
});

describe('printing diagnostics', () => {
  it('file:line:col, the pointer (/ for the whole file), 警告 for warnings; no made-up place for a missing folder', () => {
    const d = (over: Partial<Diagnostic>): Diagnostic => ({ file: 'a.yaml', line: 3, col: 5, pointer: '/x', message: '消息。', severity: 'error', code: 'c', ...over });
    expect(formatDiagnostic(d({}))).toBe('a.yaml:3:5  /x  消息。');
    expect(formatDiagnostic(d({ pointer: '', severity: 'warning' }))).toBe('a.yaml:3:5  /  警告：消息。');
    expect(formatDiagnostic(d({ line: 0, col: 0 }))).toBe('a.yaml  消息。');
    expect(formatDiagnostic(d({ line: 0, col: 0, severity: 'warning' }))).toBe('a.yaml  警告：消息。');
  });

  it('sorts by file, then line, then column, without changing the list it was given', () => {
    const d = (file: string, line: number, col: number): Diagnostic => ({ file, line, col, pointer: '', message: `${file}:${line}:${col}`, severity: 'error', code: 'c' });
    const list = [d('b.yaml', 1, 1), d('a.yaml', 10, 1), d('a.yaml', 2, 7), d('a.yaml', 2, 3)];
    expect(sortDiagnostics(list).map((x) => x.message)).toEqual(['a.yaml:2:3', 'a.yaml:2:7', 'a.yaml:10:1', 'b.yaml:1:1']);
    expect(list.map((x) => x.message)).toEqual(['b.yaml:1:1', 'a.yaml:10:1', 'a.yaml:2:7', 'a.yaml:2:3']);
  });
});
