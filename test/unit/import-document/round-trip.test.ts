/**
 * Done-when of issue 9 item 1: on each of the five seed texts the importer's
 * clause tree matches the shipped policy file made from it — ids, labels,
 * headings, text — except for the deliberate edits each shipped file's note
 * describes, listed here one by one so that any new difference fails.
 *
 * Seed 003 is a collection of five sample plans (篇一…篇五); the test splits it
 * at the 篇 lines (splitSamplePlans) and imports each plan on its own, since
 * the shipped config keeps them as five documents with titles the text does not
 * print. Whitespace is not compared (the shipped rosters align names and titles
 * with a full-width space the text does not have).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../site/lib/import-document/parse-document.ts';
import { repoRoot } from '../cli/run-cli.ts';
import { compareWithShipped, splitSamplePlans } from './seed-comparison.ts';

const seed = (name: string) => readFileSync(join(repoRoot, 'test/fixtures/seeds', name), 'utf8');

/** Every deliberate difference between the imported tree and the shipped files, with the reason the shipped note gives. */
const expectedDifferences: Record<string, string> = {
  'qingzhengbanfa-2018-49#3-3-4 text': '原文“〔宁政办发〔2011〕42号〕”外层误用六角括号，整理时改为圆括号',
  'tanghe-jiaoji-2022-33#5-3 text': '末段报送要求无编号，导入时接在上一条之后；整理时另立为无编号条款 x-1',
  'tanghe-jiaoji-2022-33#x-1 missing': '同上',
  'school-attendance-rules#4 text': "整理时删去原文“扣除一定比例的'绩效工资”中的撇号",
  'school-dropout-measures preamble': "整理时删去原文“以下几方面的'措施”中的撇号",
  'jinanqu-2022-plan#2-1 text': '整理时把（二）1 下的（1）（2）留在正文中，导入时成为下级条款',
  'jinanqu-2022-plan#2-1-1 extra': '同上',
  'jinanqu-2022-plan#2-1-2 extra': '同上',
  'township-plan-template preamble': '第一个编号前的五段都进入导语；整理时只留第一段，其余四段依内容另立为无编号条款 u-1—u-4',
  'township-plan-template#u-1 missing': '同上',
  'township-plan-template#u-2 missing': '同上',
  'township-plan-template#u-3 missing': '同上',
  'township-plan-template#u-4 missing': '同上',
};

const single: [string, string][] = [
  ['000_a77cf61dcc178e12.txt', 'luzhengban-2019-18'],
  ['001_49c8f8317c90cac2.txt', 'qingzhengbanfa-2018-49'],
  ['002_b9cb2ff9d2735694.txt', 'tanghe-jiaoji-2022-33'],
  ['004_8dc2e0ef094337e8.txt', 'guobanfa-2017-72'],
];
const samplePlans = ['school-attendance-rules', 'jinanqu-2022-plan', 'school-dropout-measures', 'bandang-plan', 'township-plan-template'];

function allDifferences() {
  const found = single.flatMap(([file, id]) => compareWithShipped(id, parseDocument(seed(file))));
  const plans = splitSamplePlans(seed('003_517c7261fcf8fea8.txt'));
  expect(plans).toHaveLength(5);
  samplePlans.forEach((id, k) => found.push(...compareWithShipped(id, parseDocument(plans[k]!))));
  return found;
}

describe('import round trip on the five seed texts', () => {
  const found = allDifferences();

  it('differs from the shipped policies only where their notes say they were edited', () => {
    const unexpected = found.filter((d) => !(d.key in expectedDifferences));
    expect(unexpected, JSON.stringify(unexpected, null, 1)).toEqual([]);
  });

  it('still shows every listed difference (a fixed one is taken off the list)', () => {
    expect(found.map((d) => d.key).sort()).toEqual(Object.keys(expectedDifferences).sort());
  });

  it.each(single)('%s: metadata as the shipped %s', (file, id) => {
    const shipped = readFileSync(join(repoRoot, 'config/policies', `${id}.yaml`), 'utf8');
    const { metadata } = parseDocument(seed(file));
    for (const key of ['title', 'docNumber', 'issuer', 'addressee', 'date'] as const) {
      if (metadata[key] === undefined) expect(shipped, key).not.toMatch(new RegExp(`^${key}:`, 'm'));
      else expect(shipped, key).toMatch(new RegExp(`^${key}: "?${metadata[key]!.replace(/[()[\]]/g, '\\$&')}"?$`, 'm'));
    }
  });

  it('reads 国办发〔2017〕72号 as continuously numbered, c1—c13 under p1—p5', () => {
    const doc = parseDocument(seed('004_8dc2e0ef094337e8.txt'));
    expect(doc.numbering).toBe('continuous');
    expect(doc.clauses.map((c) => [c.id, c.clauses?.map((k) => k.id)])).toEqual([
      ['p1', ['c1', 'c2', 'c3']],
      ['p2', ['c4', 'c5', 'c6']],
      ['p3', ['c7', 'c8']],
      ['p4', ['c9', 'c10', 'c11']],
      ['p5', ['c12', 'c13']],
    ]);
  });

  it('removes the page-footer URLs of seed 000 and reports each with its line', () => {
    const doc = parseDocument(seed('000_a77cf61dcc178e12.txt'));
    expect(doc.removed.map((r) => [r.line, r.reason])).toEqual([165, 214, 215, 216, 217].map((l) => [l, '页脚网址']));
    expect(doc.unplaced).toEqual([]);
  });

  it('keeps the 印发 notice of seed 001 and the attachment tables of seed 002 as unplaced lines, none lost', () => {
    const notice = parseDocument(seed('001_49c8f8317c90cac2.txt'));
    expect(notice.unplaced.map((u) => u.line)).toEqual([13, 21]);
    const tanghe = parseDocument(seed('002_b9cb2ff9d2735694.txt'));
    expect(tanghe.metadata.attachments).toEqual(['2022年春季学期义务教育辍学学生登记表', '2022年春季学期控辍保学月报表']);
    const attachmentLines = tanghe.unplaced.filter((u) => u.reason.startsWith('附件正文')).map((u) => u.line);
    expect(attachmentLines[0]).toBe(57);
    // every non-empty line from 附件 1 to the end is either unplaced or reported as a removed duplicate
    const source = seed('002_b9cb2ff9d2735694.txt').split('\n');
    const accounted = new Set([...attachmentLines, ...tanghe.removed.map((r) => r.line)]);
    source.forEach((text, i) => {
      if (i + 1 >= 57 && text.trim()) expect(accounted.has(i + 1), `line ${i + 1}`).toBe(true);
    });
    expect(tanghe.removed).toEqual([{ line: 87, text: '填报人签字：', reason: '与第 84 行重复的页眉行' }]);
  });
});
