import { beforeEach, describe, expect, it } from 'vitest';
import { aggregate, loadReportValidators } from '../../../site/lib/reports/aggregate.ts';
import type { AggregateResult, FormValidators } from '../../../site/lib/reports/aggregate-types.ts';
import { buildEnvelope } from '../../../site/lib/forms/envelope.ts';
import { forms } from '../../../site/lib/forms/form-registry.ts';
import { toXlsx } from '../../../site/lib/forms/xlsx/to-xlsx.ts';
import { fixtureFiles, jurisdiction } from './report-fixtures.ts';

let validators: FormValidators;
let r: AggregateResult;
// beforeEach, not beforeAll: Stryker attributes per-test coverage only to code run inside a test or its beforeEach.
beforeEach(async () => {
  validators = await loadReportValidators();
  r = aggregate(fixtureFiles(), jurisdiction(), { today: '2022-04-10', validators });
});
const school = (name: string) => r.schools.find((s) => s.name === name)!;

describe('aggregate: the sample county’s March reports', () => {
  it('takes the latest period reported and 唐河’s deadline, the 20th of that month', () => {
    expect(r.jurisdiction).toEqual({ id: 'tanghe', name: '唐河县' });
    expect(r.period).toBe('2022-03');
    expect(r.deadline).toEqual({ dayOfMonth: 20, date: '2022-03-20', source: 'tanghe-jiaoji-2022-33#3-2' });
  });

  it('gives every school its status: reported, late, zero, missing, and the unknown one counted', () => {
    expect(r.schools.map((s) => [s.name, s.status, s.registered])).toEqual([
      ['样例镇第一小学', 'reported', true],
      ['样例镇中学', 'late', true],
      ['示范乡中心学校', 'zero', true],
      ['示范乡教学点', 'missing', true],
      ['样例镇民办学校', 'reported', false],
    ]);
    expect(r.missing).toEqual([{ name: '示范乡教学点', code: null, town: '示范乡' }]);
  });

  it('sums per school and band with rates as numerator / denominator (hand-computed)', () => {
    // 样例镇第一小学: 6 grades × 20 = 120, one 辍学 in 六年级 → 1/120 = 0.8333…% → 0.83
    expect(school('样例镇第一小学')).toMatchObject({ enrolled: 120, suspected: 1, dropouts: 1, homeEducation: 1, dropoutRate: { numerator: 1, denominator: 120, percent: 0.83 } });
    expect(school('样例镇第一小学').primary.dropouts).toBe(1);
    expect(school('样例镇第一小学').junior.dropoutRate.percent).toBeNull();
    expect(school('样例镇民办学校').junior.dropoutRate).toEqual({ numerator: 2, denominator: 90, percent: 2.22 });
    expect(school('示范乡教学点')).toMatchObject({ enrolled: 0, dropoutRate: { percent: null }, report: null });
    // The later of the two copies (填表日期 03-15, 9 grades × 50) counts, not the 03-10 one (× 40).
    expect(school('示范乡中心学校')).toMatchObject({ enrolled: 450, report: { file: 'monthly/2022-03/shifan-zero.json', fillDate: '2022-03-15', zeroReport: true } });
  });

  it('totals the jurisdiction: 小学 120 + 300, 初中 500 + 150 + 90', () => {
    expect(r.totals.primary).toMatchObject({ enrolled: 420, suspected: 1, dropouts: 1, dropoutRate: { numerator: 1, denominator: 420, percent: 0.24 } });
    expect(r.totals.junior).toMatchObject({ enrolled: 740, suspected: 2, dropouts: 2, dropoutRate: { numerator: 2, denominator: 740, percent: 0.27 } });
    expect(r.totals.all).toMatchObject({ enrolled: 1160, suspected: 3, dropouts: 3, returned: 0, homeEducation: 1, dropoutRate: { numerator: 3, denominator: 1160, percent: 0.26 } });
  });

  it('groups towns from the registry, schools without one under 未注明乡镇', () => {
    expect(r.towns.map((t) => [t.name, t.schools, t.reported, t.missing, t.enrolled, t.dropouts])).toEqual([
      ['样例镇', 2, 2, 0, 620, 1],
      ['示范乡', 2, 1, 1, 450, 0],
      ['未注明乡镇', 1, 1, 0, 90, 2],
    ]);
  });

  it('counts a duplicate once and names both files', () => {
    expect(r.duplicates).toEqual([
      {
        school: '示范乡中心学校',
        code: '9000000003',
        period: '2022-03',
        kept: 'monthly/2022-03/shifan-zero.json',
        dropped: ['monthly/2022-03/shifan-zero-first-copy.json'],
        form: 'monthly-report',
        student: null,
        records: [
          { file: 'monthly/2022-03/shifan-zero.json', record: 1 },
          { file: 'monthly/2022-03/shifan-zero-first-copy.json', record: 1 },
        ],
      },
    ]);
    const f = r.flags.find((x) => x.kind === 'duplicate')!;
    expect(f.files).toEqual(['monthly/2022-03/shifan-zero.json', 'monthly/2022-03/shifan-zero-first-copy.json']);
    expect(f.message).toContain('shifan-zero-first-copy.json（填表日期 2022-03-10）');
  });

  it('lists a case record copied into another file, and twice into one file, as duplicates counted once in the ledger', () => {
    const cases = fixtureFiles('cases');
    const zhao = cases.find((f) => f.name === 'cases/zhao-san-persuasion.json')!;
    const env = JSON.parse(new TextDecoder().decode(zhao.bytes));
    // Another school's file holding the same record twice (keys in another order, an empty group written out).
    const reordered = { jurisdiction: env.jurisdiction, data: { ...env.data, extra: {} }, version: env.version, form: env.form };
    const twice = { name: 'cases/copied/two-copies.json', bytes: new TextEncoder().encode(JSON.stringify([reordered, reordered])) };
    const out = aggregate([...fixtureFiles(), twice], jurisdiction(), { today: '2022-04-10', validators });
    expect(out.invalid).toEqual(r.invalid);
    const copy = out.duplicates.filter((d) => d.form !== 'monthly-report');
    expect(copy).toEqual([
      {
        school: '样例镇第一小学',
        code: null,
        period: '2022-04',
        kept: 'cases/zhao-san-persuasion.json',
        dropped: ['cases/copied/two-copies.json', 'cases/copied/two-copies.json'],
        form: 'persuasion-record',
        student: '411328********1519',
        records: [
          { file: 'cases/zhao-san-persuasion.json', record: 1 },
          { file: 'cases/copied/two-copies.json', record: 1 },
          { file: 'cases/copied/two-copies.json', record: 2 },
        ],
      },
    ]);
    const flag = out.flags.find((f) => f.kind === 'duplicate' && f.message.includes('赵三'))!;
    expect(flag).toMatchObject({ school: '样例镇第一小学', files: ['cases/zhao-san-persuasion.json', 'cases/copied/two-copies.json'] });
    expect(flag.message).toBe('赵三（411328********1519）的“劝返复学记录”重复：cases/zhao-san-persuasion.json 第 1 条、cases/copied/two-copies.json 第 1 条、cases/copied/two-copies.json 第 2 条 内容完全相同；台账中只计一次，按先读到的 cases/zhao-san-persuasion.json 第 1 条。');
    expect(JSON.stringify(out)).not.toContain('411328201107081519');
    // The ledger row is the one without copies: one record merged, the same next step.
    const row = (x: AggregateResult) => x.ledger.find((l) => l.name === '赵三')!;
    expect(row(out).records).toEqual([{ form: 'persuasion-record', file: 'cases/zhao-san-persuasion.json', record: 1, date: '2022-04-08' }]);
    expect(row(out)).toEqual(row(r));
    // Nothing changed for the records that are not copies.
    expect(out.ledger.map((l) => l.name)).toEqual(r.ledger.map((l) => l.name));
  });

  it('does not take two different records of one pupil for copies', () => {
    const zhao = fixtureFiles('cases').find((f) => f.name === 'cases/zhao-san-persuasion.json')!;
    const env = JSON.parse(new TextDecoder().decode(zhao.bytes));
    const later = { ...env, data: { ...env.data, fillDate: '2022-04-09' } };
    const out = aggregate([...fixtureFiles(), { name: 'cases/later.json', bytes: new TextEncoder().encode(JSON.stringify(later)) }], jurisdiction(), { today: '2022-04-10', validators });
    expect(out.duplicates.filter((d) => d.form !== 'monthly-report')).toEqual([]);
    expect(out.ledger.find((l) => l.name === '赵三')!.records).toHaveLength(2);
  });

  it('flags the late report with the deadline’s clause and the unknown school', () => {
    expect(r.flags.filter((f) => f.kind === 'late')).toEqual([
      { kind: 'late', school: '样例镇中学', message: '样例镇中学 2022-03 月报于 2022-03-25 填报，晚于截止日 2022-03-20（每月 20 日前）。', source: 'tanghe-jiaoji-2022-33#3-2', files: ['monthly/2022-03/yangli-junior-late.json'] },
    ]);
    expect(r.flags.filter((f) => f.kind === 'unknown-school').map((f) => f.school)).toEqual(['样例镇民办学校']);
  });

  it('lists the invalid record by file, record and field with check’s message, and still counts the valid one of that file', () => {
    expect(r.invalid).toEqual([
      { file: 'monthly/2022-02/yangli-primary-feb-and-jan.json', record: 2, pointer: '/data/grades/2/dropouts', message: '三年级的“辍学人数”（120）超过了该年级的“在籍学生数”（100）。' },
    ]);
    expect(r.trend.map((t) => [t.period, t.reports, t.totals.all.enrolled])).toEqual([
      ['2022-02', 1, 600],
      ['2022-03', 4, 1160],
    ]);
    expect(r.files).toMatchObject({ read: 14, records: 15, valid: 14, invalid: 1 });
  });

  it('cross-checks the reports with the ledger: 0 辍学 reported while a registered dropout of the school is out', () => {
    expect(r.flags.filter((f) => f.kind === 'cross-check').map((f) => [f.school, f.message])).toEqual([
      ['样例镇中学', '样例镇中学 2022-03 月报填报辍学 0 人，但台账中王一（411328********1317）自 2022-03 起登记为辍学且未复学，请核对月报。'],
      ['示范乡中心学校', '示范乡中心学校 2022-03 月报填报辍学 0 人，但台账中孙四（411328********1612）自 2022-03 起登记为辍学且未复学，请核对月报。'],
    ]);
  });

  it('lists targets monthly reports cannot measure as 月报不能计算', () => {
    expect(r.targets).toEqual([]);
    expect(r.unmeasurable.map((t) => [t.indicator, t.reason])).toContainEqual(['consolidation-rate', '月报不能计算']);
  });

  it('picks another period when asked, and says a school with no report for it is missing', () => {
    const feb = aggregate(fixtureFiles(), jurisdiction(), { today: '2022-04-10', validators, period: '2022-02' });
    expect(feb.period).toBe('2022-02');
    expect(feb.schools.filter((s) => s.status !== 'missing').map((s) => s.name)).toEqual(['样例镇第一小学']);
    expect(feb.totals.primary.enrolled).toBe(600);
    expect(feb.duplicates).toHaveLength(1); // still listed, not flagged for February
    expect(feb.flags.some((f) => f.kind === 'duplicate')).toBe(false);
  });

  it('reads an .xlsx export among the .json files, its form told by the file', () => {
    const env = buildEnvelope('monthly-report', 'tanghe', { ...(forms['monthly-report'].schema.examples as any[])[0], school: { name: '示范乡教学点' }, period: '2022-03', fillDate: '2022-03-12' });
    const withXlsx = aggregate([...fixtureFiles(), { name: 'jiaoxuedian.xlsx', bytes: toXlsx(forms['monthly-report'], env) }], jurisdiction(), { today: '2022-04-10', validators });
    expect(withXlsx.missing).toEqual([]);
    expect(withXlsx.schools.find((s) => s.name === '示范乡教学点')).toMatchObject({ status: 'reported', enrolled: 978 });
  });

  it('reports unreadable files and forms that are not part of the summary, never crashing', () => {
    const pledge = buildEnvelope('responsibility-pledge', 'tanghe', (forms['responsibility-pledge'].schema.examples as any[])[0]);
    const out = aggregate(
      [
        { name: 'notes.txt', bytes: new TextEncoder().encode('hello') },
        { name: 'broken.json', bytes: new TextEncoder().encode('{"form":') },
        { name: 'pledge.json', bytes: new TextEncoder().encode(JSON.stringify(pledge)) },
        { name: 'not-an-export.xlsx', bytes: new Uint8Array([1, 2, 3]) },
      ],
      jurisdiction(),
      { today: '2022-04-10', validators },
    );
    expect(out.invalid.map((i) => [i.file, i.record])).toEqual([
      ['notes.txt', null],
      ['broken.json', 1],
      ['pledge.json', 1],
      ['not-an-export.xlsx', null],
    ]);
    expect(out.invalid[0]!.message).toBe('不支持 “.txt” 文件：只能检查本站导出的 .json 或 .xlsx 文件。');
    expect(out.invalid[2]!.message).toContain('不是月报表或学生个案记录');
    expect(out.period).toBeNull();
    expect(out.totals.all.dropoutRate.percent).toBeNull();
    expect(out.missing).toHaveLength(4);
  });
});

describe('aggregate: a jurisdiction without a school registry', () => {
  it('counts every report, says once that missing schools cannot be listed, and flags no school as unknown', () => {
    const out = aggregate(fixtureFiles(), jurisdiction('tanghe', { schools: [] }), { today: '2022-04-10', validators });
    expect(out.schools.map((s) => s.name).sort()).toEqual(['样例镇中学', '样例镇民办学校', '样例镇第一小学', '示范乡中心学校'].sort());
    expect(out.missing).toEqual([]);
    expect(out.flags.filter((f) => f.kind === 'unknown-school')).toEqual([]);
    expect(out.flags.filter((f) => f.kind === 'no-registry')).toHaveLength(1);
    expect(out.totals.all.enrolled).toBe(1160);
  });
});

describe('aggregate: targets', () => {
  it('compares 板当镇’s 小学 ≤ 0.6% and 初中 ≤ 1.8% for the whole and per school, naming target, value, measured and clause', async () => {
    const bandang = jurisdiction('bandang', {});
    const out = aggregate(fixtureFiles('monthly/2022-03', 'cases'), { ...bandang, schools: jurisdiction().schools, calendar: [] }, { today: '2022-04-10', validators });
    expect(out.targets.map((t) => [t.indicator, t.measured.percent, t.met, t.failing.map((f) => f.school)])).toEqual([
      ['primary-dropout-rate', 0.24, true, ['样例镇第一小学']],
      ['junior-dropout-rate', 0.27, true, ['样例镇民办学校']],
    ]);
    expect(out.flags.filter((f) => f.kind === 'target')).toEqual([
      { kind: 'target', school: '样例镇第一小学', message: '样例镇第一小学小学年辍学率 0.83%（1/120），未达到小学年辍学率目标 ≤ 0.6%。', source: 'bandang-plan#2' },
      { kind: 'target', school: '样例镇民办学校', message: '样例镇民办学校初中年辍学率 2.22%（2/90），未达到初中年辍学率目标 ≤ 1.8%。', source: 'bandang-plan#2' },
    ]);
    expect(out.unmeasurable.map((t) => [t.label, t.reason])).toContainEqual(['九年义务教育巩固率', '月报不能计算']);
    expect(out.deadline).toBeNull();
    expect(out.schools.find((s) => s.name === '样例镇中学')!.status).toBe('reported');
  });

  it('reads 金安区’s 零辍学 (dropout-rate = 0): any dropout misses it, a school with none meets it', async () => {
    const jinan = jurisdiction('jinanqu', { schools: jurisdiction().schools });
    const out = aggregate(fixtureFiles('monthly/2022-03', 'cases'), jinan, { today: '2022-04-10', validators });
    const t = out.targets.find((x) => x.indicator === 'dropout-rate')!;
    expect(t).toMatchObject({ comparator: '=', value: 0, band: 'all', met: false, measured: { numerator: 3, denominator: 1160, percent: 0.26 }, source: 'jinanqu-2022-plan#preamble' });
    expect(t.failing.map((f) => f.school)).toEqual(['样例镇第一小学', '样例镇民办学校']);
    expect(out.flags.find((f) => f.kind === 'target' && f.school === null)!.message).toBe('全辖区年辍学率 0.26%（3/1160），未达到年辍学率目标 = 0%。');
    // 金安区 reports by the month's end (day 31 → 03-31): the report of 03-25 is on time there.
    expect(out.deadline!.date).toBe('2022-03-31');
    expect(out.schools.find((s) => s.name === '样例镇中学')!.status).toBe('reported');
  });
});

describe('aggregate: the flags it adds itself', () => {
  it('names the month’s report and the pupil’s case files in a cross-check flag', () => {
    expect(r.flags.filter((f) => f.kind === 'cross-check').map((f) => [f.source, f.files])).toEqual([
      [null, ['monthly/2022-03/yangli-junior-late.json', 'cases/wang-yi-registration.json', 'cases/wang-yi-return-notice.json']],
      [null, ['monthly/2022-03/shifan-zero.json', 'cases/sun-si-registration.json', 'cases/sun-si-persuasion.json']],
    ]);
  });

  it('flags each overdue step with its due date, action, actor, clause and the pupil’s files', () => {
    const overdue = r.flags.filter((f) => f.kind === 'overdue');
    expect(overdue.map((f) => [f.school, f.source, f.files])).toEqual([
      ['样例镇中学', 'tanghe-jiaoji-2022-33#3-2', ['cases/wang-yi-registration.json', 'cases/wang-yi-return-notice.json']],
      ['示范乡中心学校', 'tanghe-jiaoji-2022-33#3-2', ['cases/sun-si-registration.json', 'cases/sun-si-persuasion.json']],
      ['样例镇第一小学', 'tanghe-jiaoji-2022-33#3-2', ['cases/li-er-persuasion.json']],
    ]);
    expect(overdue[0]!.message).toBe('王一（411328********1317，辍学）的下一步措施已逾期，应于 2022-03-01 前完成：学校应迅速与家长或其他监护人取得联系，了解原因，并按有关规定履行相关手续，记录在案。（责任人：学校）');
    expect(overdue[2]!.message).toMatch(/^李二（411328\*{8}1424，劝返中）的下一步措施已逾期，应于 2022-04-09 前完成：学校要及时家访.*（责任人：学校）$/);
  });

  it('counts a report of another jurisdiction under this one’s rules, and says so', () => {
    const env = buildEnvelope('monthly-report', 'qingtongxia', { ...(forms['monthly-report'].schema.examples as any[])[0], school: { name: '示范乡教学点' }, period: '2022-03', fillDate: '2022-03-12' });
    const out = aggregate([{ name: 'other.json', bytes: new TextEncoder().encode(JSON.stringify(env)) }], jurisdiction(), { today: '2022-04-10', validators });
    expect(out.flags.filter((f) => f.kind === 'other-jurisdiction')).toEqual([
      { kind: 'other-jurisdiction', school: null, message: 'other.json 记录1 注明的辖区是 “qingtongxia”，不是唐河县（tanghe）；已按唐河县的规则检查并计入汇总，请确认。', source: null, files: ['other.json'] },
    ]);
    expect(out.schools.find((s) => s.name === '示范乡教学点')!.status).toBe('reported');
    expect(out.ledger).toEqual([]);
  });
});
