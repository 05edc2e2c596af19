/** reportSheets: every sheet, header and cell of the county's .xlsx / .csv, checked on a hand-built result. */
import { describe, expect, it } from 'vitest';
import type { AggregateResult, Counts, LedgerRow, SchoolRow } from '../../../site/lib/reports/aggregate-types.ts';
import { flagLabels, reportSheets, statusLabels } from '../../../site/lib/reports/report-sheets.ts';

/** Counts whose fields all differ, so a swapped column shows. */
function counts(enrolled: number, suspected: number, dropouts: number, returned: number, homeEducation: number, percent: number | null): Counts {
  const rate = (numerator: number, denominator: number) => ({ numerator, denominator, percent });
  return { enrolled, suspected, dropouts, returned, homeEducation, dropoutRate: rate(dropouts, enrolled), suspectedRate: rate(suspected, enrolled), returnRate: rate(returned, dropouts + returned) };
}

function ledgerRow(over: Partial<LedgerRow>): LedgerRow {
  return {
    student: '411328********1317',
    name: '王一',
    school: '样例镇中学',
    gender: '男',
    grade: 8,
    status: '辍学',
    leftDate: '2022-03-01',
    dropoutPeriod: '2022-03',
    attempts: 2,
    jointAttempts: 1,
    lastAttempt: '2022-03-04',
    returnDate: null,
    noticeDeadline: null,
    nextAction: '家访',
    nextActor: '学校',
    due: '2022-03-04',
    overdue: true,
    source: 'doc#3-2',
    records: [],
    ...over,
  };
}

function school(over: Partial<SchoolRow>): SchoolRow {
  return {
    ...counts(120, 3, 1, 2, 4, 0.83),
    name: '样例镇第一小学',
    code: '9000000001',
    town: '样例镇',
    status: 'reported',
    registered: true,
    primary: counts(120, 3, 1, 2, 4, 0.83),
    junior: counts(0, 0, 0, 0, 0, null),
    report: { file: 'a.json', record: 1, fillDate: '2022-03-18', zeroReport: false },
    ...over,
  };
}

function result(over: Partial<AggregateResult> = {}): AggregateResult {
  const totals = { primary: counts(420, 5, 1, 6, 7, 0.24), junior: counts(740, 8, 2, 9, 10, 0.27), all: counts(1160, 13, 3, 15, 17, 0.26) };
  return {
    jurisdiction: { id: 'tanghe', name: '唐河县' },
    period: '2022-03',
    deadline: null,
    today: '2022-04-10',
    totals,
    schools: [],
    towns: [],
    flags: [],
    targets: [],
    unmeasurable: [],
    missing: [],
    duplicates: [],
    ledger: [],
    invalid: [],
    trend: [],
    files: { read: 0, records: 0, valid: 0, invalid: 0, byForm: {} },
    ...over,
  };
}

describe('reportSheets', () => {
  it('writes five sheets in order: 汇总, 学校, 未报学校, 台账, 问题', () => {
    expect(reportSheets(result()).map((s) => s.name)).toEqual(['汇总', '学校', '未报学校', '台账', '问题']);
  });

  it('汇总: header, the three bands with every count and the rate both as text and as its fraction', () => {
    const [summary] = reportSheets(result());
    expect(summary!.header).toEqual(['项目', '在籍学生数', '疑似辍学人数', '辍学人数', '劝返复学人数', '送教上门人数', '辍学率', '辍学率算式']);
    expect(summary!.rows).toEqual([
      ['小学（1–6 年级）', 420, 5, 1, 6, 7, '0.24%', '1/420'],
      ['初中（7–9 年级）', 740, 8, 2, 9, 10, '0.27%', '2/740'],
      ['合计', 1160, 13, 3, 15, 17, '0.26%', '3/1160'],
    ]);
  });

  it('汇总: a row per town and per month after the bands, “—” for a rate with no pupils', () => {
    const town = { ...counts(620, 1, 1, 0, 1, 0.16), name: '样例镇', schools: 3, reported: 2, missing: 1, primary: counts(0, 0, 0, 0, 0, null), junior: counts(0, 0, 0, 0, 0, null) };
    const empty = { ...counts(0, 0, 0, 0, 0, null), name: '未注明乡镇', schools: 1, reported: 0, missing: 1, primary: counts(0, 0, 0, 0, 0, null), junior: counts(0, 0, 0, 0, 0, null) };
    const trend = [{ period: '2022-02', reports: 1, totals: { primary: counts(1, 1, 1, 1, 1, 1), junior: counts(2, 2, 2, 2, 2, 2), all: counts(600, 0, 1, 0, 0, 0.17) } }];
    const rows = reportSheets(result({ towns: [town, empty], trend }))[0]!.rows.slice(3);
    expect(rows).toEqual([
      ['乡镇：样例镇（2/3 所已报）', 620, 1, 1, 0, 1, '0.16%', '1/620'],
      ['乡镇：未注明乡镇（0/1 所已报）', 0, 0, 0, 0, 0, '—', '0/0'],
      ['月份：2022-02（1 份月报）', 600, 0, 1, 0, 0, '0.17%', '1/600'],
    ]);
  });

  it('汇总: each target with its comparator sign, whether it is met and its clause; unmeasurable ones with the reason', () => {
    const target = (comparator: '>=' | '<=' | '=', value: number, met: boolean | null, percent: number | null) => ({
      indicator: 'dropout-rate',
      label: '年辍学率',
      comparator,
      value,
      source: 'doc#2',
      band: 'all' as const,
      measured: { numerator: 3, denominator: 1160, percent },
      met,
      failing: [],
    });
    const rows = reportSheets(
      result({
        targets: [target('<=', 0.6, true, 0.26), target('>=', 1, false, 0.26), target('=', 0, null, null)],
        unmeasurable: [{ indicator: 'consolidation-rate', label: '九年义务教育巩固率', comparator: '>=', value: 96, source: 'doc#3', reason: '月报不能计算' }],
      }),
    )[0]!.rows.slice(3);
    expect(rows).toEqual([
      ['目标：年辍学率 ≤ 0.6%（达到；出处 doc#2）', null, null, null, null, null, '0.26%', '3/1160'],
      ['目标：年辍学率 ≥ 1%（未达到；出处 doc#2）', null, null, null, null, null, '0.26%', '3/1160'],
      ['目标：年辍学率 = 0%（无法计算；出处 doc#2）', null, null, null, null, null, '—', '3/1160'],
      ['目标：九年义务教育巩固率 ≥ 96%（月报不能计算；出处 doc#3）', null, null, null, null, null, null, null],
    ]);
  });

  it('学校: every column, the status label, 名单外 for an unknown school and empty cells for a missing one', () => {
    const missing = school({ ...counts(0, 0, 0, 0, 0, null), name: '示范乡教学点', code: null, town: null, status: 'missing', report: null, primary: counts(0, 0, 0, 0, 0, null), junior: counts(0, 0, 0, 0, 0, null) });
    const unknown = school({ name: '民办学校', status: 'late', registered: false, junior: counts(90, 0, 2, 0, 0, 2.22), primary: counts(0, 0, 0, 0, 0, null) });
    const zero = school({ name: '中心学校', status: 'zero', report: { file: 'z.json', record: 2, fillDate: null, zeroReport: true } });
    const sheet = reportSheets(result({ schools: [school({}), unknown, zero, missing] }))[1]!;
    expect(sheet.header).toEqual(['学校名称', '学校标识码', '所在乡镇', '报送情况', '填表日期', '文件', '在籍学生数', '疑似辍学人数', '辍学人数', '劝返复学人数', '送教上门人数', '辍学率', '辍学率算式', '小学辍学率', '初中辍学率']);
    expect(sheet.rows).toEqual([
      ['样例镇第一小学', '9000000001', '样例镇', '已报', '2022-03-18', 'a.json', 120, 3, 1, 2, 4, '0.83%', '1/120', '0.83%', '—'],
      ['民办学校', '9000000001', '样例镇', '逾期（名单外）', '2022-03-18', 'a.json', 120, 3, 1, 2, 4, '0.83%', '1/120', '—', '2.22%'],
      ['中心学校', '9000000001', '样例镇', '零报告', null, 'z.json', 120, 3, 1, 2, 4, '0.83%', '1/120', '0.83%', '—'],
      ['示范乡教学点', null, null, '未报', null, null, 0, 0, 0, 0, 0, '—', '0/0', '—', '—'],
    ]);
  });

  it('未报学校: name, code and town', () => {
    const sheet = reportSheets(result({ missing: [{ name: '示范乡教学点', code: '9000000004', town: '示范乡' }, { name: '无码', code: null, town: null }] }))[2]!;
    expect(sheet.header).toEqual(['学校名称', '学校标识码', '所在乡镇']);
    expect(sheet.rows).toEqual([
      ['示范乡教学点', '9000000004', '示范乡'],
      ['无码', null, null],
    ]);
  });

  it('台账: every column; 逾期, 未逾期 or empty by the due date', () => {
    const rows = [
      ledgerRow({}),
      ledgerRow({ name: '赵三', student: '411328********1519', school: '第一小学', grade: null, status: '劝返中', leftDate: null, attempts: 1, lastAttempt: null, returnDate: '2022-04-01', nextAction: '联合劝返', nextActor: null, due: '2022-04-11', overdue: false, source: null }),
      ledgerRow({ name: '周五', status: '已复学', nextAction: null, nextActor: null, due: null, overdue: false, source: null }),
    ];
    const sheet = reportSheets(result({ ledger: rows }))[3]!;
    expect(sheet.header).toEqual(['身份证号（部分隐藏）', '姓名', '学校', '年级', '状态', '离校日期', '劝返次数', '最近劝返', '复学日期', '下一步措施', '责任人', '应完成日期', '是否逾期', '出处']);
    expect(sheet.rows).toEqual([
      ['411328********1317', '王一', '样例镇中学', 8, '辍学', '2022-03-01', 2, '2022-03-04', null, '家访', '学校', '2022-03-04', '逾期', 'doc#3-2'],
      ['411328********1519', '赵三', '第一小学', null, '劝返中', null, 1, null, '2022-04-01', '联合劝返', null, '2022-04-11', '未逾期', null],
      ['411328********1317', '周五', '样例镇中学', 8, '已复学', '2022-03-01', 2, '2022-03-04', null, null, null, null, null, null],
    ]);
  });

  it('问题: flags by their Chinese label with files joined by 、, then invalid records as 文件有误 with record and field', () => {
    const sheet = reportSheets(
      result({
        flags: [
          { kind: 'cross-check', school: '样例镇中学', message: '请核对月报。', source: null, files: ['m.json', 'c.json'] },
          { kind: 'no-registry', school: null, message: '没有名单。', source: 'doc#1' },
        ],
        invalid: [
          { file: 'b.json', record: 2, pointer: '/data/grades/2/dropouts', message: '超过在籍。' },
          { file: 'notes.txt', record: null, pointer: '', message: '不支持。' },
        ],
      }),
    )[4]!;
    expect(sheet.header).toEqual(['类别', '学校', '说明', '出处', '文件', '记录', '字段']);
    expect(sheet.rows).toEqual([
      ['月报与台账不符', '样例镇中学', '请核对月报。', null, 'm.json、c.json', null, null],
      ['没有学校名单', null, '没有名单。', 'doc#1', null, null, null],
      ['文件有误', null, '超过在籍。', null, 'b.json', 2, '/data/grades/2/dropouts'],
      ['文件有误', null, '不支持。', null, 'notes.txt', null, null],
    ]);
  });

  it('labels every status and flag kind in Chinese', () => {
    expect(statusLabels).toEqual({ reported: '已报', zero: '零报告', late: '逾期', missing: '未报' });
    expect(flagLabels).toEqual({
      target: '未达目标',
      late: '逾期报送',
      'unknown-school': '名单外学校',
      duplicate: '重复报送',
      'cross-check': '月报与台账不符',
      overdue: '处置逾期',
      'other-jurisdiction': '其他辖区',
      'no-registry': '没有学校名单',
    });
  });
});
