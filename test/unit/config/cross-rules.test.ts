/**
 * The rules `validate` applies across files (cross-rules.ts), on the base fixture given as texts
 * (load-sources.ts, as the in-browser editor does): each message as printed, file:line:col,
 * pointer and code, for the slips a clerk makes when copying a block or citing a clause.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, sortDiagnostics } from '../../../site/lib/config/diagnostic.ts';
import { hasErrors, loadConfigSources, type ConfigSource } from '../../../site/lib/config/load-sources.ts';

const base = join(import.meta.dirname, '../../fixtures/configs/base');
const read = (path: string) => readFileSync(join(base, path), 'utf8');
const source = (kind: string, id: string, text: string): ConfigSource => ({ file: `config/${kind}/${id}.yaml`, name: `${id}.yaml`, text });

/** The base fixture with some files replaced or added (an empty text drops the file); every diagnostic printed with its code. */
function validate(over: { policies?: Record<string, string>; jurisdictions?: Record<string, string>; templates?: Record<string, string> }) {
  const policies = { 'base-doc': read('policies/base-doc.yaml'), 'county-doc': read('policies/county-doc.yaml'), ...over.policies };
  const jurisdictions = { national: read('jurisdictions/national.yaml'), demo: read('jurisdictions/demo.yaml'), ...over.jurisdictions };
  const list = (kind: string, files: Record<string, string>) => Object.entries(files).filter(([, t]) => t).map(([id, t]) => source(kind, id, t));
  const set = loadConfigSources('config', { policies: list('policies', policies), jurisdictions: list('jurisdictions', jurisdictions), templates: list('templates', over.templates ?? {}) });
  return { set, lines: sortDiagnostics(set.diagnostics).map((d) => `${formatDiagnostic(d)}  [${d.code}]`) };
}

describe('policy documents', () => {
  it('a clause may not be called preamble, a document may not implement itself or an unknown one, and fullText: false means no clauses', () => {
    const county = read('policies/county-doc.yaml').replace('id: "2"', 'id: preamble').replace('implements: [base-doc]', 'implements: [base-doc, county-doc, nodoc]');
    const { lines } = validate({ policies: { 'county-doc': `${county}fullText: false\n` } });
    expect(lines).toEqual([
      'config/jurisdictions/demo.yaml:18:13  /escalation/0/source  条款引用 “county-doc#2” 指向的条款 “2” 在 示县〔2021〕2号 中不存在。该文件未收录全文，不能引用其条款。  [unknown-clause]',
      'config/policies/county-doc.yaml:9:24  /implements/1  文件不能落实它自己。  [self-reference]',
      'config/policies/county-doc.yaml:9:36  /implements/2  找不到政策文件 “nodoc”。  [unknown-document]',
      'config/policies/county-doc.yaml:16:9  /clauses/1/id  条款标识 “preamble” 保留给导语，请换一个标识。  [reserved-id]',
      'config/policies/county-doc.yaml:21:11  /fullText  “是否收录全文”为 false，但文件列出了条款；请删去条款或改为 true。  [fulltext-with-clauses]',
    ]);
  });

  it('a document without clauses (fullText: false) cannot be cited by clause', () => {
    const baseDoc = read('policies/base-doc.yaml').replace(/clauses:[\s\S]*/, 'fullText: false\n');
    expect(validate({ policies: { 'base-doc': baseDoc } }).lines).toEqual([
      'config/policies/county-doc.yaml:20:18  /clauses/1/implements/0  条款引用 “base-doc#c2” 指向的条款 “c2” 在 示发〔2020〕1号 中不存在。该文件未收录全文，不能引用其条款。  [unknown-clause]',
    ]);
  });

  it('an unknown clause lists at most 12 ids, the closest first, and says where to find all; a document with none says so', () => {
    const county = read('policies/county-doc.yaml');
    const clauses = Array.from({ length: 14 }, (_, i) => `  - id: "${i + 1}"\n    text: 第${i + 1}条。\n`).join('');
    const big = county.replace('id: county-doc', 'id: big-doc').replace('docNumber: 示县〔2021〕2号\n', '').replace('jurisdiction: demo\n', '').replace(/clauses:[\s\S]*/, `clauses:\n${clauses}`);
    const empty = county.replace('id: county-doc', 'id: empty-doc').replace('jurisdiction: demo\n', '').replace(/clauses:[\s\S]*/, '');
    const demo = read('jurisdictions/demo.yaml').replace('source: county-doc#1', 'source: "big-doc#30"').replace('source: county-doc#2', 'source: "empty-doc#1"');
    expect(validate({ policies: { 'big-doc': big, 'empty-doc': empty }, jurisdictions: { demo } }).lines).toEqual([
      'config/jurisdictions/demo.yaml:11:13  /targets/0/source  条款引用 “big-doc#30” 指向的条款 “30” 在 示例县控辍保学实施方案 中不存在。该文件的条款标识（最接近的在前）：“3”、“10”、“1”、“2”、“4”、“5”、“6”、“7”、“8”、“9”、“11”、“12”……共 14 条，全部见 config/policies/big-doc.yaml。  [unknown-clause]',
      'config/jurisdictions/demo.yaml:18:13  /escalation/0/source  条款引用 “empty-doc#1” 指向的条款 “1” 在 示县〔2021〕2号 中不存在。该文件没有列出任何条款（见 config/policies/empty-doc.yaml）。  [unknown-clause]',
    ]);
  });

  it('twelve clauses are listed without “……共”', () => {
    const clauses = Array.from({ length: 12 }, (_, i) => `  - id: "${i + 1}"\n    text: 第${i + 1}条。\n`).join('');
    const county = read('policies/county-doc.yaml').replace(/clauses:[\s\S]*/, `clauses:\n${clauses}`);
    const demo = read('jurisdictions/demo.yaml').replace('source: county-doc#1', 'source: "county-doc#13"');
    const { lines } = validate({ policies: { 'county-doc': county }, jurisdictions: { demo } });
    expect(lines).toEqual([
      'config/jurisdictions/demo.yaml:11:13  /targets/0/source  条款引用 “county-doc#13” 指向的条款 “13” 在 示县〔2021〕2号 中不存在。该文件的条款标识（最接近的在前）：“1”、“3”、“10”、“11”、“12”、“2”、“4”、“5”、“6”、“7”、“8”、“9”。  [unknown-clause]',
    ]);
  });
});

describe('jurisdictions', () => {
  it('a level not below its parent’s is a warning only', () => {
    const demo = read('jurisdictions/demo.yaml').replace('level: county', 'level: town');
    const { set, lines } = validate({ jurisdictions: { demo, town: 'id: town\nname: 某镇\nlevel: county\nparent: demo\n' } });
    expect(lines).toEqual(['config/jurisdictions/town.yaml:3:8  /level  警告：辖区层级 “county” 不低于上级 示例县 的层级 “town”，请确认。  [level-order]']);
    expect(hasErrors(set)).toBe(false);
    const same = validate({ jurisdictions: { town: 'id: town\nname: 某镇\nlevel: county\nparent: demo\n' } }).lines;
    expect(same).toEqual(['config/jurisdictions/town.yaml:3:8  /level  警告：辖区层级 “county” 不低于上级 示例县 的层级 “county”，请确认。  [level-order]']);
    expect(validate({ jurisdictions: { town: 'id: town\nname: 某镇\nlevel: town\nparent: demo\n' } }).lines).toEqual([]);
  });

  it('a repeated unit, procedure, calendar rule or leading-group member is named with the item it repeats', () => {
    const demo = `${read('jurisdictions/demo.yaml')}duties:
  - unit: 公安局
    items: [{ text: 甲, source: county-doc#1 }]
  - unit: 公安局
    items: [{ text: 乙, source: county-doc#1 }]
procedures:
  - id: p
    title: 程序
    kind: legal
    steps: [{ label: 一, action: 做 }]
    source: county-doc#1
  - id: p
    title: 程序
    kind: legal
    steps: [{ label: 二, action: 做 }]
    source: county-doc#1
calendar:
  - id: c
    title: 月报
    frequency: monthly
    dayOfMonth: 5
    source: county-doc#1
  - id: c
    title: 月报
    frequency: monthly
    dayOfMonth: 6
    source: county-doc#1
  - id: d
    title: 月报
    frequency: monthly
    dayOfMonth: 6
    source: county-doc#1
leadingGroup:
  leader: { unit: 县政府, name: 张三 }
  source: county-doc#1
  members:
    - { unit: 教育局, title: 局长, name: 李四 }
    - { unit: 教育局, title: 局长, name: 李四 }
    - { unit: 公安局 }
    - { unit: 公安局 }
    - { unit: 公安局, name: 王五 }
    - { unit: 公安局, title: 局长 }
`;
    expect(validate({ jurisdictions: { demo } }).lines).toEqual([
      'config/jurisdictions/demo.yaml:22:5  /duties/1  单位 “公安局” 在本文件中重复（第 1 项已写过）。  [duplicate-key]',
      'config/jurisdictions/demo.yaml:30:5  /procedures/1  程序标识 “p” 在本文件中重复（第 1 项已写过）。  [duplicate-key]',
      'config/jurisdictions/demo.yaml:41:5  /calendar/1  日历规则标识 “c” 在本文件中重复（第 1 项已写过）。  [duplicate-key]',
      'config/jurisdictions/demo.yaml:56:7  /leadingGroup/members/1  领导小组成员（教育局局长 李四）重复列出（第 1 项）。  [duplicate-member]',
      'config/jurisdictions/demo.yaml:58:7  /leadingGroup/members/3  领导小组成员（公安局）重复列出（第 3 项）。  [duplicate-member]',
    ]);
  });

  it('a repeated escalation step or category code', () => {
    const demo = `${read('jurisdictions/demo.yaml')}  - id: suspected-dropout
    attempts: 3
    action: 再标
    actor: 学校
    source: "county-doc#1"
categories:
  - code: A
    label: 甲
    evidence: [x]
    source: county-doc#1
  - code: A
    label: 乙
    evidence: [y]
    source: county-doc#1
`;
    expect(validate({ jurisdictions: { demo } }).lines).toEqual([
      'config/jurisdictions/demo.yaml:19:5  /escalation/1  步骤标识 “suspected-dropout” 在本文件中重复（第 1 项已写过）。  [duplicate-key]',
      'config/jurisdictions/demo.yaml:29:5  /categories/1  类别代码 “A” 在本文件中重复（第 1 项已写过）。  [duplicate-key]',
    ]);
  });
});

describe('files with schema errors still get their reference checks', () => {
  it('a jurisdiction: unknown parent and documents are reported beside the schema errors, not at them', () => {
    const demo = read('jurisdictions/demo.yaml').replace('parent: national', 'parent: nowhere').replace('documents: [county-doc]', 'documents: [county-doc, 7, nodoc]').replace('value: 96', 'value: 960');
    expect(validate({ jurisdictions: { demo } }).lines).toEqual([
      'config/jurisdictions/demo.yaml:4:9  /parent  找不到上级辖区 “nowhere”。  [unknown-parent]',
      'config/jurisdictions/demo.yaml:5:25  /documents/1  “标识符”应为文字，实际是整数 7。请加引号写成 "7"。  [wrong-type]',
      'config/jurisdictions/demo.yaml:5:28  /documents/2  找不到政策文件 “nodoc”。  [unknown-document]',
      'config/jurisdictions/demo.yaml:9:12  /targets/0/value  “目标值（%）”应在 0 到 100 之间，实际是 960。  [out-of-range]',
    ]);
  });

  it('a policy document: unknown jurisdiction and implemented documents', () => {
    const county = read('policies/county-doc.yaml').replace('jurisdiction: demo', 'jurisdiction: nojur').replace('implements: [base-doc]', 'implements: [base-doc, nodoc]').replace('date: "2021-03-01"', 'date: "2021-13-01"');
    expect(validate({ policies: { 'county-doc': county } }).lines).toEqual([
      'config/policies/county-doc.yaml:6:15  /jurisdiction  找不到辖区 “nojur”。  [unknown-jurisdiction]',
      'config/policies/county-doc.yaml:7:7  /date  “成文日期”格式不对：“2021-13-01”。文件落款日期，YYYY-MM-DD；原文日期缺失或残缺时不填，并在 dateNote 中说明。  [bad-format]',
      'config/policies/county-doc.yaml:9:24  /implements/1  找不到政策文件 “nodoc”。  [unknown-document]',
    ]);
  });

  it('nothing more at a value the schema already rejected', () => {
    const demo = read('jurisdictions/demo.yaml').replace('parent: national', 'parent: 5').replace('documents: [county-doc]', 'documents: nodoc');
    expect(validate({ jurisdictions: { demo } }).lines).toEqual([
      'config/jurisdictions/demo.yaml:4:9  /parent  “上级辖区”应为文字，实际是整数 5。请加引号写成 "5"。  [wrong-type]',
      'config/jurisdictions/demo.yaml:5:12  /documents  “政策文件”应为列表，实际是文字 “nodoc”。  [wrong-type]',
    ]);
  });

  it('a cited clause beside an unknown field of the same target is still checked', () => {
    const demo = read('jurisdictions/demo.yaml').replace('source: county-doc#1', 'source: "county-doc#77"\n    bogus: 1');
    const { lines } = validate({ jurisdictions: { demo } });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('config/jurisdictions/demo.yaml:11:13  /targets/0/source  条款引用 “county-doc#77” 指向的条款 “77” 在 示县〔2021〕2号 中不存在。该文件的条款标识（最接近的在前）：“1”、“2”。  [unknown-clause]');
    expect(lines[1]).toMatch(/^config\/jurisdictions\/demo\.yaml:12:5  \/targets\/0\/bogus  不认识的字段 “bogus”。/);
  });

  it('a looser target under a parent with schema errors is not compared (the chain is broken)', () => {
    const demo = read('jurisdictions/demo.yaml').replace('value: 96', 'value: 90').replace('parent: national', 'parent: mid');
    const { lines } = validate({ jurisdictions: { demo, mid: 'id: mid\nname: 中\nlevel: city\nparent: national\nfoo: 1\n' } });
    expect(lines.map((l) => l.replace(/  .*  /, '  …  '))).toEqual(['config/jurisdictions/mid.yaml:5:1  …  [unknown-key]']);
    const fine = validate({ jurisdictions: { demo, mid: 'id: mid\nname: 中\nlevel: city\nparent: national\n' } }).lines;
    expect(fine).toEqual(['config/jurisdictions/demo.yaml:9:12  /targets/0/value  警告：九年义务教育巩固率目标 ≥ 90% 比上级 国家 的 ≥ 95% 宽松，请确认是否有意如此。  [looser-target]']);
  });
});
