/** The parser on documents not in the seeds, written as such documents are published. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../site/lib/import-document/parse-document.ts';
import type { ImportedClause } from '../../../site/lib/import-document/types.ts';
import { repoRoot } from '../cli/run-cli.ts';

const fixture = (name: string) => readFileSync(join(repoRoot, 'test/fixtures/import-document', name), 'utf8');
const outline = (clauses: ImportedClause[] | undefined): unknown[] =>
  (clauses ?? []).map((c) => (c.clauses ? [c.id, c.label, c.heading ?? null, outline(c.clauses)] : [c.id, c.label, c.heading ?? null]));

describe('parseDocument: a county 专项行动方案 printed with five levels （一）/1./（1）/①', () => {
  const doc = parseDocument(fixture('qingxi-special-action.txt'));

  it('reads the 印发 notice: title over three lines, 发文字号 in [ ], 主送, 落款 in Chinese numerals, the plan’s own title', () => {
    expect(doc.metadata).toEqual({
      title: '清溪县教育体育局关于印发《清溪县2024年义务教育控辍保学专项行动方案》的通知',
      innerTitle: '清溪县2024年义务教育控辍保学专项行动方案',
      docNumber: '清教体〔2024〕12号',
      issuer: '清溪县教育体育局',
      addressee: '各乡镇中心学校，县直各学校',
      date: '2024-03-05',
      attachments: ['清溪县适龄儿童少年排查登记表', '清溪县劝返复学台账'],
    });
  });

  it('builds the clause tree level by level, ids as paths', () => {
    expect(outline(doc.clauses)).toEqual([
      ['1', '一', '工作目标'],
      ['2', '二', '重点任务', [
        ['2-1', '（一）', '开展拉网式排查', [
          ['2-1-1', '1', '排查范围', [
            ['2-1-1-1', '（1）', null],
            ['2-1-1-2', '（2）', null],
            ['2-1-1-3', '（3）', '适龄残疾儿童少年，分类别登记', [
              ['2-1-1-3-1', '①', null],
              ['2-1-1-3-2', '②', null],
              ['2-1-1-3-3', '③', null],
            ]],
          ]],
          ['2-1-2', '2', '排查方式'],
        ]],
        ['2-2', '（二）', '落实劝返复学责任', [
          ['2-2-1', '1', '实行“一生一案”'],
          ['2-2-2', '2', '限期劝返'],
        ]],
      ]],
      ['3', '三', '保障措施', [
        ['3-1', '（一）', '加强组织领导'],
        ['3-2', '（二）', '严格督导问责'],
      ]],
    ]);
  });

  it('joins lines broken inside a sentence, full-width punctuation, traditional characters simplified', () => {
    const flat = (cs: ImportedClause[]): ImportedClause[] => cs.flatMap((c) => [c, ...flat(c.clauses ?? [])]);
    const byId = new Map(flat(doc.clauses).map((c) => [c.id, c]));
    expect(byId.get('1')!.text).toBe('到2024年底，全县义务教育巩固率达到97%以上，适龄残疾儿童少年入学率达到95%以上，动态清零辍学学生。');
    expect(byId.get('2-1-2')!.text).toBe('乡镇中心学校会同村（居）委会逐户上门核对，做到“户不漏人、人不漏项”，4月15日前完成。');
    expect(byId.get('2-2-1')!.text).toBe('对排查出的失学辍学学生，由乡镇人民政府、中心学校、村委会和家长组成劝返小组，逐人制定劝返方案。');
    expect(byId.get('3-2')!.text).toBe('将专项行动纳入对乡镇中心学校年度考核，对工作不力、辍学反弹的单位通报批评。');
    expect(byId.get('2-1-1-3-1')!.text).toBe('能够随班就读的，安排就近入学；');
    expect(doc.traditionalFixed).toBe(1);
    expect(doc.preamble).toBe(
      '为深入贯彻《国务院办公厅关于进一步加强控辍保学提高义务教育巩固水平的通知》（国办发〔2017〕72号）精神，巩固拓展义务教育有保障成果，确保全县适龄儿童少年“一个都不能少”，结合我县实际，制定本方案。',
    );
  });

  it('reports the footer URL, the notice’s text and the attachment table with their line numbers', () => {
    expect(doc.removed).toEqual([{ line: 46, text: 'http://www.example-wenku.com/p-3812.html', reason: '页脚网址' }]);
    expect(doc.unplaced.map((u) => [u.line, u.reason])).toEqual([
      [10, '印发通知的正文或附注，未收入条款'],
      [66, '附件正文，未收入条款'],
      [68, '附件正文，未收入条款'],
      [69, '附件正文，未收入条款'],
    ]);
  });
});

describe('parseDocument: a 管理办法 in 第X章 / 第X条', () => {
  const doc = parseDocument(fixture('qingxi-attendance-rules.txt'));

  it('numbers the articles continuously (c1…c7) under chapters p1…p3, with no heading split off an article', () => {
    expect(doc.numbering).toBe('continuous');
    expect(outline(doc.clauses)).toEqual([
      ['p1', '第一章', '总则', [['c1', '第一条', null], ['c2', '第二条', null]]],
      ['p2', '第二章', '考勤', [['c3', '第三条', null], ['c4', '第四条', null], ['c5', '第五条', null]]],
      ['p3', '第三章', '报告', [['c6', '第六条', null], ['c7', '第七条', null]]],
    ]);
    expect(doc.clauses[1]!.clauses![0]!.text).toBe('学校实行每日两次点名制度。班主任每天上午、下午第一节课前清点学生到校情况，并在考勤簿上如实记录。');
  });

  it('reads a 发文字号 with full-width digits printed under the title, and the 落款', () => {
    expect(doc.metadata.docNumber).toBe('清教体〔2023〕7号');
    expect(doc.metadata.date).toBe('2023-09-01');
    expect(doc.metadata.issuer).toBe('清溪县教育体育局');
    expect(doc.unplaced.map((u) => u.line)).toEqual([7]);
  });
});

describe('parseDocument: small cases', () => {
  it('finds no clause in a text without numbering, and keeps the text as preamble', () => {
    const doc = parseDocument(fixture('no-numbering.txt'));
    expect(doc.clauses).toEqual([]);
    expect(doc.preamble).toContain('这是一段没有任何编号的文字');
  });

  it('starts a new run x-1 when numbering restarts under the same parent (a part heading is missing)', () => {
    const doc = parseDocument('一、目标\n巩固率达到96%以上。\n二、措施\n（一）排查。逐户核对。\n（二）劝返。逐人劝返。\n（一）督查。每月督查。\n');
    expect(outline(doc.clauses)).toEqual([
      ['1', '一', '目标'],
      ['2', '二', '措施', [['2-1', '（一）', '排查'], ['2-2', '（二）', '劝返']]],
      ['x-1', '（一）', '督查'],
    ]);
  });

  it('does not take figures for numbering (1.5%, 2024.3)', () => {
    const doc = parseDocument('一、目标\n小学辍学率控制在0.6%以内，初中辍学率控制在\n1.5%以内，2024.3\n前完成。\n');
    expect(doc.clauses).toHaveLength(1);
    expect(doc.clauses[0]!.text).toBe('小学辍学率控制在0.6%以内，初中辍学率控制在1.5%以内，2024.3前完成。');
  });

  it.each([
    ['卢政办[2019]18号', '卢政办〔2019〕18号'],
    ['卢政办（2019）18 号', '卢政办〔2019〕18号'],
    ['卢政办〔 2019 〕18号', '卢政办〔2019〕18号'],
    ['卢政办［２０１９］１８号', '卢政办〔2019〕18号'],
  ])('normalises the 发文字号 %s', (printed, expected) => {
    expect(parseDocument(`${printed}\n关于加强控辍保学工作的通知\n一、目标\n巩固率达到96%以上。\n`).metadata.docNumber).toBe(expected);
  });

  it.each([
    ['2019年4月24日', '2019-04-24'],
    ['二〇一九年四月二十四日', '2019-04-24'],
    ['二○一九年十二月三十一日', '2019-12-31'],
    ['2019年2月30日', undefined],
  ])('reads the 落款 date %s', (printed, iso) => {
    const doc = parseDocument(`关于加强控辍保学工作的通知\n一、目标\n巩固率达到96%以上。\n某县教育局\n${printed}\n`);
    expect(doc.metadata.date).toBe(iso);
  });
});
