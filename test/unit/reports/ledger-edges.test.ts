/** buildLedger on hand-made records: merging, attempts, status, the next step of a made-up ladder, its due date and 逾期. */
import { describe, expect, it } from 'vitest';
import type { ValidRecord } from '../../../site/lib/reports/aggregate-types.ts';
import type { FormId } from '../../../site/lib/forms/form-catalogue.ts';
import { buildLedger, type EscalationStepLike } from '../../../site/lib/reports/ledger.ts';

const ID = '411328201003151236';
let n = 0;
/** A record as buildLedger sees it: only the fields it reads, the rest left out. */
function rec(form: FormId, data: Record<string, unknown>, file = `f${++n}.json`): ValidRecord {
  return { file, record: 1, envelope: { form, version: 1, jurisdiction: 'tanghe', data: { student: { idNumber: ID, name: '王一' }, ...data } } };
}
const attempt = (date: string, joint?: boolean) => (joint === undefined ? { date } : { date, joint });
const step = (id: string, over: Partial<EscalationStepLike> = {}): EscalationStepLike => ({ id, action: `措施${id}`, actor: `责任人${id}`, source: `doc#${id}`, ...over });
/** A made-up ladder with every kind of step: timed, marking, a mark the pupil cannot have while out, attempts. */
const ladder = () => [
  step('contact', { after: 'PT4H' }),
  step('suspected', { after: 'P3D', mark: '疑似辍学' }),
  step('dropout', { after: 'P1W', mark: '辍学' }),
  step('returned', { mark: '复学' }),
  step('visit', { after: 'P10D' }),
  step('joint', { attempts: 3 }),
];
const one = (records: ValidRecord[], escalation: EscalationStepLike[] = ladder(), today = '2022-03-01') => {
  const entries = buildLedger(records, escalation, today);
  expect(entries).toHaveLength(1);
  return entries[0]!;
};
const persuasion = (over: Record<string, unknown> = {}) => rec('persuasion-record', { unit: '样例小学', fillDate: '2022-03-01', leftDate: '2022-03-01', ...over });

describe('buildLedger: which records make a row', () => {
  it('leaves out monthly reports and records without a 身份证号 as text', () => {
    const out = buildLedger(
      [
        rec('monthly-report', { fillDate: '2022-03-01' }),
        rec('persuasion-record', { student: { idNumber: '', name: '空' } }),
        rec('persuasion-record', { student: { idNumber: 411328201003151236, name: '数字' } }),
        rec('persuasion-record', { student: null }),
      ],
      ladder(),
      '2022-03-01',
    );
    expect(out).toEqual([]);
  });

  it('merges by 身份证号; names the pupil from the latest record (a notice dated by its 发出日期) and the school from the registration', () => {
    const e = one([
      rec('return-notice', { issueDate: '2022-03-10', fillDate: '2022-02-01', school: '通知书学校', student: { idNumber: ID, name: '新名', gender: '女' } }, 'n.json'),
      rec('dropout-registration', { unit: '登记学校', fillDate: '2022-03-01', student: { idNumber: ID, name: '旧名', grade: 7 } }, 'r.json'),
      rec('persuasion-record', { unit: '劝返学校', fillDate: '2022-03-05', student: { idNumber: ID, name: '中名', grade: 8.5 } }, 'p.json'),
    ]);
    expect(e.row).toMatchObject({ student: '411328********1236', name: '新名', gender: '女', school: '登记学校', grade: 7 });
    expect(e.schoolName).toBe('登记学校');
    expect(e.row.records).toEqual([
      { form: 'dropout-registration', file: 'r.json', record: 1, date: '2022-03-01' },
      { form: 'persuasion-record', file: 'p.json', record: 1, date: '2022-03-05' },
      { form: 'return-notice', file: 'n.json', record: 1, date: '2022-03-10' },
    ]);
  });

  it('without a registration takes the school of the latest record: 学校 of a notice or 送教上门记录, 单位 otherwise', () => {
    expect(one([persuasion({ fillDate: '2022-03-01', unit: '单位甲' }), rec('home-education-record', { fillDate: '2022-03-02', school: '学校乙', unit: '单位乙' })]).row.school).toBe('学校乙');
    expect(one([rec('return-notice', { issueDate: '2022-03-02', school: '学校丙', unit: '单位丙' })]).row.school).toBe('学校丙');
    expect(one([persuasion({ fillDate: '2022-03-03', unit: '单位丁', school: '学校丁' })]).row.school).toBe('单位丁');
    expect(one([persuasion({ unit: 3 })]).row.school).toBe('');
  });

  it('takes the grade of the latest record giving a whole number, and no name, gender or grade when none is given', () => {
    const e = one([
      rec('persuasion-record', { fillDate: '2022-03-01', student: { idNumber: ID, grade: 6 } }),
      rec('persuasion-record', { fillDate: '2022-03-02', student: { idNumber: ID, grade: 7 } }),
      rec('persuasion-record', { fillDate: '2022-03-03', student: { idNumber: ID, grade: '8' } }),
    ]);
    expect(e.row).toMatchObject({ grade: 7, name: '', gender: null });
    expect(one([rec('verification', { fillDate: 'March', student: { idNumber: ID, name: 5, gender: 1 } })]).row).toMatchObject({ grade: null, name: '', gender: null, records: [expect.objectContaining({ date: null })] });
  });

  it('sorts overdue pupils first, then by due date (none last), then by school in Chinese order', () => {
    const pupil = (id: string, school: string, fillDate: string, over: Record<string, unknown> = {}) => ({
      file: `${id}.json`,
      record: 1,
      envelope: { form: 'dropout-registration' as const, version: 1, jurisdiction: 'tanghe', data: { unit: school, fillDate, student: { idNumber: `41132820100315${id}`, name: id }, ...over } },
    });
    const out = buildLedger(
      [
        pupil('0004', '北关小学', '2022-03-09'),
        pupil('0005', '安庄小学', '2022-03-01', { persuasion: { result: '已复学' } }),
        pupil('0003', '北关小学', '2022-03-05'),
        pupil('0002', '北关小学', '2022-03-01'),
        pupil('0001', '安庄小学', '2022-03-05'),
        pupil('0006', '安庄小学', '2022-03-09'),
      ],
      [step('visit', { after: 'P3D' })],
      '2022-03-10',
    );
    expect(out.map((e) => [e.row.name, e.row.due, e.row.overdue])).toEqual([
      ['0002', '2022-03-04', true],
      ['0001', '2022-03-08', true],
      ['0003', '2022-03-08', true],
      ['0006', '2022-03-12', false],
      ['0004', '2022-03-12', false],
      ['0005', null, false],
    ]);
  });
});

describe('buildLedger: attempts', () => {
  it('counts one per date over registration and persuasion record; joint when any record says so, not joint only when all do', () => {
    const e = one(
      [
        rec('dropout-registration', { unit: '甲', fillDate: '2022-03-01', persuasion: { count: 5 }, attempts: [attempt('2022-03-02', false), attempt('2022-03-03', false), { date: '3月5日' }, null] }),
        persuasion({ attempts: [attempt('2022-03-02', false), attempt('2022-03-03', true), attempt('2022-03-04')] }),
      ],
      [step('joint', { attempts: 4 })],
    );
    // 3 dates, 2 of them joint or unknown, 5 stated: 5 attempts, 2 + (5 − 3) joint.
    expect(e.row).toMatchObject({ attempts: 5, jointAttempts: 4, lastAttempt: '2022-03-04', nextAction: '措施joint', due: '2022-03-04' });
  });

  it('an attempts step falls due on the day of that joint attempt, and has no due date before it', () => {
    const records = () => [persuasion({ attempts: [attempt('2022-03-02', false), attempt('2022-03-03'), attempt('2022-03-05', true), attempt('2022-03-07', true)] })];
    expect(one(records(), [step('joint', { attempts: 1 })], '2022-03-04').row).toMatchObject({ jointAttempts: 3, due: '2022-03-03', overdue: true, source: 'doc#joint' });
    expect(one(records(), [step('joint', { attempts: 2 })], '2022-03-05').row).toMatchObject({ due: '2022-03-05', overdue: false });
    expect(one(records(), [step('joint', { attempts: 3 })], '2022-03-08').row).toMatchObject({ due: '2022-03-07', overdue: true });
    expect(one(records(), [step('joint', { attempts: 4 })], '2022-04-01').row).toMatchObject({ nextAction: '措施joint', nextActor: '责任人joint', due: null, overdue: false });
  });

  it('uses the registration’s stated 劝返次数 when it lists fewer dates, and ignores one that is not a whole number', () => {
    expect(one([rec('dropout-registration', { unit: '甲', fillDate: '2022-03-01', persuasion: { count: 2 } })], [step('joint', { attempts: 2 })]).row).toMatchObject({ attempts: 2, jointAttempts: 2, lastAttempt: null, due: null });
    expect(one([rec('dropout-registration', { unit: '甲', fillDate: '2022-03-01', persuasion: { count: 2.5 } })]).row).toMatchObject({ attempts: 0, jointAttempts: 0, status: '辍学' });
    expect(one([rec('dropout-registration', { unit: '甲', fillDate: '2022-03-01', persuasion: { count: -3 }, attempts: 'none' })]).row).toMatchObject({ attempts: 0, jointAttempts: 0 });
  });
});

describe('buildLedger: status, mark and dates', () => {
  it('已复学 by a persuasion record’s outcome (latest 复学日期) or a registration’s result, with no next step', () => {
    const e = one([
      persuasion({ fillDate: '2022-03-02', outcome: { returned: true, returnDate: '2022-03-05' }, attempts: [attempt('2022-03-02')] }),
      persuasion({ fillDate: '2022-03-03', outcome: { returned: true, returnDate: '2022-03-09' } }),
      persuasion({ fillDate: '2022-03-04', outcome: { returned: false, returnDate: '2022-03-20' } }),
    ]);
    expect(e.row).toMatchObject({ status: '已复学', returnDate: '2022-03-09', nextAction: null, nextActor: null, due: null, source: null, overdue: false });
    expect(one([rec('dropout-registration', { unit: '甲', fillDate: '2022-03-01', persuasion: { result: '已复学' } })]).row).toMatchObject({ status: '已复学', returnDate: null });
    expect(one([rec('dropout-registration', { unit: '甲', fillDate: '2022-03-01', persuasion: { result: '未复学' } })]).row.status).toBe('辍学');
  });

  it('送教上门 before 延缓入学, 延缓入学 before 劝返中', () => {
    expect(one([rec('dropout-registration', { unit: '甲', fillDate: '2022-03-01', persuasion: { deferralApproved: true } }), rec('home-education-record', { school: '甲', fillDate: '2022-03-02' })]).row).toMatchObject({ status: '送教上门', nextAction: null });
    expect(one([rec('dropout-registration', { unit: '甲', fillDate: '2022-03-01', persuasion: { deferralApproved: true, count: 2 } })]).row).toMatchObject({ status: '延缓入学', nextAction: null });
    expect(one([rec('dropout-registration', { unit: '甲', fillDate: '2022-03-01', persuasion: { deferralApproved: false, count: 2 } })]).row.status).toBe('劝返中');
  });

  it('marks 辍学 for a registration, a 复学 notice or a persuasion record saying 辍学; 疑似辍学 for one saying so; none otherwise', () => {
    const reg = one([rec('dropout-registration', { unit: '甲', fillDate: '2022-03-04' })]);
    expect([reg.mark, reg.row.status, reg.row.dropoutPeriod, reg.row.leftDate]).toEqual(['辍学', '辍学', '2022-03', null]);
    const notice = one([rec('return-notice', { kind: '复学', issueDate: '2022-04-02', leftDate: '2022-02-20', deadline: '2022-04-12' }), rec('return-notice', { kind: '复学', issueDate: '2022-04-01', deadline: '2022-04-09' })]);
    expect([notice.mark, notice.row.status, notice.row.dropoutPeriod, notice.row.noticeDeadline]).toEqual(['辍学', '辍学', '2022-02', '2022-04-12']);
    const enrolNotice = one([rec('return-notice', { kind: '入学', issueDate: '2022-04-02', leftDate: '2022-02-20' })]);
    expect([enrolNotice.mark, enrolNotice.row.status, enrolNotice.row.dropoutPeriod]).toEqual([null, '辍学', null]);
    const said = one([persuasion({ status: '辍学', leftDate: '2022-01-31' })]);
    expect([said.mark, said.row.status, said.row.dropoutPeriod]).toEqual(['辍学', '辍学', '2022-01']);
    const suspected = one([persuasion({ status: '疑似辍学' })]);
    expect([suspected.mark, suspected.row.status, suspected.row.dropoutPeriod]).toEqual(['疑似辍学', '疑似辍学', null]);
    const plain = one([persuasion({})]);
    expect([plain.mark, plain.row.status]).toEqual([null, '疑似辍学']);
    const checked = one([rec('verification', { unit: '甲', fillDate: '2022-03-01' })]);
    expect([checked.mark, checked.row.status, checked.row.nextAction, checked.row.due, checked.row.noticeDeadline]).toEqual([null, '已核查', null, null, null]);
  });

  it('the pupil left on the earliest 离校日期 of persuasion records and notices, else on the earliest registration’s 填表日期', () => {
    const left = one([
      rec('dropout-registration', { unit: '甲', fillDate: '2022-02-01', leftDate: '2022-01-01' }),
      persuasion({ leftDate: '2022-03-03' }),
      rec('return-notice', { kind: '复学', issueDate: '2022-03-10', leftDate: '2022-03-02' }),
      persuasion({ leftDate: 'soon' }),
    ], [step('contact', { after: 'P1D' })]);
    expect(left.row).toMatchObject({ leftDate: '2022-03-02', due: '2022-03-03', dropoutPeriod: '2022-03' });
    const registered = one([rec('dropout-registration', { unit: '甲', fillDate: '2022-03-09' }), rec('dropout-registration', { unit: '乙', fillDate: '2022-03-07', attempts: [] })], [step('contact', { after: 'P1D' })]);
    expect(registered.row).toMatchObject({ leftDate: null, due: '2022-03-08', dropoutPeriod: '2022-03', school: '乙' });
  });
});

describe('buildLedger: the next step of the ladder and its due date', () => {
  it('walks the ladder: contact at once, mark 疑似辍学 by day 3, 辍学 by day 7, skips 标注复学, visits by day 10, then joint attempts', () => {
    const at = (status: string | undefined, dates: string[]) => one([persuasion({ ...(status ? { status } : {}), attempts: dates.map((d) => attempt(d)) })], ladder(), '2022-03-04').row;
    expect(at(undefined, [])).toMatchObject({ nextAction: '措施contact', nextActor: '责任人contact', source: 'doc#contact', due: '2022-03-01', overdue: true });
    expect(at(undefined, ['2022-03-01'])).toMatchObject({ nextAction: '措施suspected', due: '2022-03-04', overdue: false });
    expect(at('疑似辍学', ['2022-03-01'])).toMatchObject({ nextAction: '措施dropout', due: '2022-03-08' });
    expect(at('辍学', ['2022-03-01'])).toMatchObject({ nextAction: '措施visit', due: '2022-03-11' });
    expect(at('辍学', ['2022-03-01', '2022-03-02'])).toMatchObject({ nextAction: '措施joint', due: null, overdue: false });
    expect(at('辍学', ['2022-03-01', '2022-03-02', '2022-03-03'])).toMatchObject({ nextAction: '措施joint', due: '2022-03-03', overdue: true });
  });

  it('a ladder done leaves no next step; a step without `after` is due on the day of leaving; an unreadable `after` gives no due date', () => {
    expect(one([persuasion({ status: '辍学', attempts: [attempt('2022-03-01')] })], [step('contact', { after: 'PT4H' }), step('dropout', { mark: '辍学' })]).row).toMatchObject({ nextAction: null, nextActor: null, source: null, due: null });
    expect(one([persuasion({ leftDate: '2022-02-27' })], [step('now')]).row).toMatchObject({ nextAction: '措施now', due: '2022-02-27', overdue: true });
    expect(one([persuasion({})], [step('odd', { after: 'three days' })], '2030-01-01').row).toMatchObject({ nextAction: '措施odd', due: null, overdue: false });
  });

  it('without a day of leaving the step has no due date', () => {
    expect(one([rec('return-notice', { kind: '复学', issueDate: '2022-03-10' })], [step('visit', { after: 'P3D' })], '2030-01-01').row).toMatchObject({ status: '辍学', nextAction: '措施visit', due: null, overdue: false, dropoutPeriod: null });
  });

  it('is overdue only after the due date, not on it', () => {
    const due = (today: string) => one([persuasion({})], [step('visit', { after: 'P3D' })], today).row;
    expect(due('2022-03-04')).toMatchObject({ due: '2022-03-04', overdue: false });
    expect(due('2022-03-05').overdue).toBe(true);
  });
});
