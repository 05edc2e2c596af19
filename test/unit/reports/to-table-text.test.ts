/** `baoxue aggregate` in the terminal: the sample county’s March summary as a clerk reads it. */
import { beforeEach, describe, expect, it } from 'vitest';
import { aggregate, loadReportValidators } from '../../../site/lib/reports/aggregate.ts';
import type { AggregateResult } from '../../../site/lib/reports/aggregate-types.ts';
import { toTableText } from '../../../site/lib/reports/to-table-text.ts';
import { fixtureFiles, jurisdiction } from './report-fixtures.ts';

let r: AggregateResult;
let text: string;
// beforeEach, not beforeAll: Stryker attributes per-test coverage only to code run inside a test or its beforeEach.
beforeEach(async () => {
  const validators = await loadReportValidators();
  r = aggregate(fixtureFiles(), jurisdiction(), { today: '2022-04-10', validators });
  text = toTableText(r);
});
/** The lines of the section headed `title`, up to the next blank line. */
const section = (title: string) => {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(title));
  expect(start, title).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start, end === -1 ? undefined : end);
};

describe('toTableText', () => {
  it('opens with the jurisdiction, period, deadline and day of the count, and what was read', () => {
    expect(text.split('\n').slice(0, 2)).toEqual(['唐河县（tanghe）控辍保学月报汇总  月份：2022-03  报送截止：2022-03-20  统计日：2022-04-10', '读取 14 个文件、15 条记录：14 条有效，1 条有误。']);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('lines up the school table by display width (a Chinese character is two columns), with no trailing spaces', () => {
    expect(section('【学校】')).toEqual([
      '【学校】5 所',
      '学校名称        所在乡镇  报送情况        填表日期    在籍学生数  辍学人数  辍学率',
      '样例镇第一小学  样例镇    已报            2022-03-18  120         1         0.83%',
      '样例镇中学      样例镇    逾期            2022-03-25  500         0         0.00%',
      '示范乡中心学校  示范乡    零报告          2022-03-15  450         0         0.00%',
      '示范乡教学点    示范乡    未报                        0           0         —',
      '样例镇民办学校            已报（名单外）  2022-03-19  90          2         2.22%',
    ]);
    for (const line of text.split('\n')) expect(line).toBe(line.trimEnd());
  });

  it('gives the totals per band with the rate’s formula', () => {
    const summary = section('【汇总】');
    expect(summary[2]).toMatch(/^小学（1–6 年级） +420 +1 +1 +0 +1 +0\.24%$/);
    expect(summary[4]).toMatch(/^合计 +1160 +3 +3 +0 +1 +0\.26%$/);
    expect(text).toContain('\n辍学率 = 辍学人数 ÷ 在籍学生数 × 100%，保留两位小数；在籍学生数为 0 时记“—”。\n');
  });

  it('names the missing schools, and shortens a ledger step to its first 24 characters', () => {
    expect(section('【未报学校】')).toEqual(['【未报学校】1 所：示范乡教学点']);
    const ledger = section('【台账】');
    expect(ledger[0]).toBe('【台账】6 人');
    expect(ledger[1]).toMatch(/^身份证号（部分隐藏） +姓名 +学校 +状态 +劝返次数 +下一步措施 +应完成日期 +是否逾期$/);
    expect(ledger[2]).toContain('  学校应迅速与家长或其他监护人取得联系，了解原因，…  2022-03-01  逾期');
    expect(ledger).toContain('411328********2823    吴六  示范乡中心学校  送教上门  0');
  });

  it('lists flags with their kind and clause, unmeasurable targets, and invalid records by file, record and field', () => {
    const flags = section('【提醒】');
    expect(flags[0]).toBe(`【提醒】${r.flags.length} 条`);
    expect(flags).toContain('- 【逾期报送】样例镇中学 2022-03 月报于 2022-03-25 填报，晚于截止日 2022-03-20（每月 20 日前）。（出处：tanghe-jiaoji-2022-33#3-2）');
    expect(flags[1]).toBe('- 【名单外学校】“样例镇民办学校”（9000000009）不在本辖区的学校名单中，其月报已计入汇总；请核对学校名称和标识码，或把它补进学校名单。');
    expect(section('【月报不能计算的目标】')).toEqual(['【月报不能计算的目标】', '- 九年义务教育巩固率（出处：guobanfa-2017-72#preamble）']);
    expect(section('【有误的文件或记录】')).toEqual([
      '【有误的文件或记录】1 处',
      'monthly/2022-02/yangli-primary-feb-and-jan.json  记录2  /data/grades/2/dropouts  三年级的“辍学人数”（120）超过了该年级的“在籍学生数”（100）。',
    ]);
  });

  it('leaves out sections with nothing in them, and says when no monthly report was read', () => {
    const empty = toTableText({ ...r, period: null, deadline: null, missing: [], ledger: [], flags: [], unmeasurable: [], invalid: [] });
    expect(empty.split('\n')[0]).toBe('唐河县（tanghe）控辍保学月报汇总  月份：（没有读到月报表）  统计日：2022-04-10');
    for (const title of ['【未报学校】', '【台账】', '【提醒】', '【月报不能计算的目标】', '【有误的文件或记录】']) expect(empty).not.toContain(title);
    const invalid = toTableText({ ...r, invalid: [{ file: 'a.json', record: null, pointer: '', message: '不是 JSON。' }] as AggregateResult['invalid'] });
    expect(invalid).toContain('\na.json  /  不是 JSON。\n');
  });
});

describe('toTableText: targets', () => {
  it('compares each target on a line of its own, naming the failing schools, without widening the totals table', async () => {
    const validators = await loadReportValidators();
    const jinan = jurisdiction('jinanqu', { schools: jurisdiction().schools });
    const out = toTableText(aggregate(fixtureFiles('monthly/2022-03', 'cases'), jinan, { today: '2022-04-10', validators }));
    const lines = out.split('\n');
    const at = lines.indexOf('【目标对照】');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('- 年辍学率 = 0%：全辖区 0.26%（3/1160），未达到；未达到的学校 2 所：样例镇第一小学 0.83%、样例镇民办学校 2.22%（出处：jinanqu-2022-plan#preamble）');
    // The first column is as wide as its longest count row (乡镇：…), not as a target's label.
    const header = lines[lines.indexOf('【汇总】') + 1]!;
    expect(header).toMatch(/^项目 {28}在籍学生数/);
    expect(lines.slice(lines.indexOf('【汇总】'), at).some((l) => l.startsWith('目标：'))).toBe(false);
  });

  it('says 达到 when a target is met, and prints no 目标对照 without targets', async () => {
    const validators = await loadReportValidators();
    const bandang = jurisdiction('bandang', {});
    const r = aggregate(fixtureFiles('monthly/2022-03', 'cases'), { ...bandang, schools: jurisdiction().schools, calendar: [] }, { today: '2022-04-10', validators });
    const out = toTableText(r);
    expect(out).toContain('\n- 小学年辍学率 ≤ 0.6%：全辖区 0.24%（1/420），达到；未达到的学校 1 所：样例镇第一小学 0.83%（出处：bandang-plan#2）\n');
    expect(toTableText({ ...r, targets: [] })).not.toContain('【目标对照】');
  });
});
