import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDocument } from '../../../site/lib/import-document/parse-document.ts';
import { citedDocuments, guessLevel, policyYaml } from '../../../site/lib/import-document/policy-yaml.ts';
import type { ImportedClause } from '../../../site/lib/import-document/types.ts';
import { validatePolicyDocument } from '../../../site/generated/validators/config.js';
import { repoRoot } from '../cli/run-cli.ts';

const text = readFileSync(join(repoRoot, 'test/fixtures/import-document/qingxi-special-action.txt'), 'utf8');
const doc = parseDocument(text);
const known = [{ id: 'guobanfa-2017-72', docNumber: '国办发〔2017〕72号' }, { id: 'yuzhengban-2018-8', docNumber: '豫政办〔2018〕8号' }];
const yaml = policyYaml(doc, { id: 'qingxi-2024-plan', sourceName: 'qingxi-special-action.txt', knownDocuments: known });
const data = parse(yaml);

const strip = (cs: ImportedClause[]): unknown[] =>
  cs.map(({ line: _line, clauses, ...rest }) => ({ ...rest, ...(clauses ? { clauses: strip(clauses) } : {}) }));

describe('policyYaml', () => {
  it('writes a policy document the schema accepts', () => {
    expect(validatePolicyDocument(data), JSON.stringify(validatePolicyDocument.errors)).toBe(true);
  });

  it('keeps the shipped key order, and the clause tree and preamble exactly as parsed', () => {
    expect(Object.keys(data)).toEqual(['id', 'title', 'shortTitle', 'docNumber', 'issuer', 'level', 'date', 'status', 'implements', 'addressee', 'preamble', 'attachments', 'note', 'clauses']);
    expect(data.clauses).toEqual(strip(doc.clauses));
    expect(data.preamble).toBe(doc.preamble);
    expect(data.date).toBe('2024-03-05');
    expect(yaml).toContain('date: "2024-03-05"');
  });

  it('tells the clerk what to check, in Chinese comments', () => {
    expect(yaml).toMatch(/^status: in-force {2}# 默认“现行有效”，请核对/m);
    expect(yaml).toMatch(/^level: county {2}# 按发文机关“清溪县教育体育局”推断为县级/m);
    expect(yaml).toContain('# jurisdiction: 所属辖区标识');
    expect(yaml).toMatch(/^ +- id: "2-1-1-3"  # 原文第 36 行$/m);
    expect(yaml).toContain("    # form: 对应的本站表单标识");
  });

  it('puts every unplaced line and removed artefact into the note, with its line number', () => {
    for (const u of doc.unplaced) expect(data.note).toContain(`第${u.line}行（${u.reason}）：${u.text}`);
    expect(data.note).toContain('第46行（页脚网址）');
    expect(data.note).toContain('已将 1 个繁体字改为简体字');
  });

  it('cites the documents of the config named by 发文字号 in the preamble', () => {
    expect(data.implements).toEqual(['guobanfa-2017-72']);
    expect(citedDocuments('根据《…》（国办发〔2017〕72号）和《…》（豫政办〔2018〕8号）', known)).toEqual(['guobanfa-2017-72', 'yuzhengban-2018-8']);
    expect(citedDocuments('（宁政办发〔2011〕42号）', known)).toEqual([]);
  });

  it('marks continuous numbering, and writes multi-paragraph text as a block', () => {
    const rules = parseDocument(readFileSync(join(repoRoot, 'test/fixtures/import-document/qingxi-attendance-rules.txt'), 'utf8'));
    expect(parse(policyYaml(rules, { id: 'x', sourceName: 'x.txt' })).numbering).toBe('continuous');
    const twoParagraphs = parseDocument('关于加强控辍保学工作的通知\n一、职责\n各校负责排查。\n各村负责劝返：\n某县教育局\n2024年1月2日\n');
    const written = policyYaml(twoParagraphs, { id: 'y', sourceName: 'y.txt' });
    expect(written).toContain('    text: |-\n      各校负责排查。\n\n      各村负责劝返：\n');
    expect(parse(written).clauses[0].text).toBe('各校负责排查。\n\n各村负责劝返：');
  });

  it.each([
    ['国务院办公厅', 'national'],
    ['河南省人民政府办公厅', 'province'],
    ['宁夏回族自治区教育厅', 'province'],
    ['卢氏县人民政府办公室', 'county'],
    ['青铜峡市人民政府办公室', 'county'],
    ['板当镇人民政府', 'town'],
    ['某某中心学校', 'school'],
  ])('guesses the level of %s as %s', (issuer, level) => {
    expect(guessLevel(issuer).level).toBe(level);
  });
});
