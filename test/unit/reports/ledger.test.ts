import { beforeEach, describe, expect, it } from 'vitest';
import { aggregate, loadReportValidators } from '../../../site/lib/reports/aggregate.ts';
import type { AggregateResult, ValidRecord } from '../../../site/lib/reports/aggregate-types.ts';
import { buildLedger } from '../../../site/lib/reports/ledger.ts';
import { maskIdNumber } from '../../../site/lib/reports/mask-id.ts';
import { addDuration } from '../../../site/lib/reports/iso-duration.ts';
import { forms } from '../../../site/lib/forms/form-registry.ts';
import { fixtureFiles, jurisdiction } from './report-fixtures.ts';

let r: AggregateResult;
// beforeEach, not beforeAll: Stryker attributes per-test coverage only to code run inside a test or its beforeEach.
beforeEach(async () => {
  r = aggregate(fixtureFiles(), jurisdiction(), { today: '2022-04-10', validators: await loadReportValidators() });
});
const row = (name: string) => r.ledger.find((x) => x.name === name)!;

describe('ledger of the sample county under 唐河’s ladder (半天 → 联系家长, 3日 → 家访, 联合劝返三次以上 → 延缓入学/休学)', () => {
  it('merges a pupil’s records by 身份证号, masked to the first 6 and last 4', () => {
    expect(r.ledger.map((x) => x.name)).toHaveLength(6);
    expect(row('王一')).toMatchObject({ student: '411328********1317', school: '样例镇中学', status: '辍学', leftDate: '2022-03-01', attempts: 0, noticeDeadline: '2022-03-25' });
    expect(row('王一').records.map((x) => x.form)).toEqual(['dropout-registration', 'return-notice']);
    expect(JSON.stringify(r)).not.toContain('411328200805121317');
  });

  it('a pupil with no attempt: contact the guardian on the day of leaving (PT4H), overdue by 04-10', () => {
    expect(row('王一')).toMatchObject({ nextAction: expect.stringContaining('与家长或其他监护人取得联系'), nextActor: '学校', due: '2022-03-01', overdue: true, source: 'tanghe-jiaoji-2022-33#3-2' });
  });

  it('one attempt done: the home visit falls due 3 days after leaving (04-06 + P3D = 04-09, overdue; 04-08 + P3D = 04-11, not yet)', () => {
    expect(row('李二')).toMatchObject({ status: '劝返中', attempts: 1, nextAction: expect.stringContaining('家访'), due: '2022-04-09', overdue: true });
    expect(row('赵三')).toMatchObject({ status: '劝返中', attempts: 1, due: '2022-04-11', overdue: false });
  });

  it('three joint attempts (dates merged over registration and persuasion record): 延缓入学/休学 due on the third, 03-09', () => {
    expect(row('孙四')).toMatchObject({ status: '劝返中', attempts: 3, jointAttempts: 3, lastAttempt: '2022-03-09', nextAction: expect.stringContaining('延缓入学或休学'), due: '2022-03-09', overdue: true });
  });

  it('returned and home-educated pupils have no next step', () => {
    expect(row('周五')).toMatchObject({ status: '已复学', returnDate: '2022-03-07', nextAction: null, due: null, overdue: false });
    expect(row('吴六')).toMatchObject({ status: '送教上门', nextAction: null, due: null, overdue: false });
  });

  it('lists overdue pupils first, by due date, and flags each with its clause', () => {
    expect(r.ledger.slice(0, 4).map((x) => x.name)).toEqual(['王一', '孙四', '李二', '赵三']);
    expect(r.flags.filter((f) => f.kind === 'overdue').map((f) => [f.school, f.source])).toEqual([
      ['样例镇中学', 'tanghe-jiaoji-2022-33#3-2'],
      ['示范乡中心学校', 'tanghe-jiaoji-2022-33#3-2'],
      ['样例镇第一小学', 'tanghe-jiaoji-2022-33#3-2'],
    ]);
  });
});

describe('青铜峡’s ladder: 3 days → 疑似辍学, more than a week → 辍学', () => {
  const steps = jurisdiction('qingtongxia', {}).escalation;
  const persuasion = (status: string | undefined, attemptDates: string[]): ValidRecord => {
    const d = structuredClone((forms['persuasion-record'].schema.examples as Record<string, any>[])[0]!);
    d.leftDate = '2022-03-01';
    if (status) d.status = status;
    else delete d.status;
    d.attempts = attemptDates.map((date) => ({ date, persons: '班主任', joint: false, place: '电话', method: '联系家长', result: '未返校' }));
    d.outcome = { returned: false, notReturnedReason: '未返校。' };
    return { file: 'p.json', record: 1, envelope: { form: 'persuasion-record', version: 1, jurisdiction: 'qingtongxia', data: d } };
  };
  const next = (status: string | undefined, attempts: string[], today: string) => buildLedger([persuasion(status, attempts)], steps, today)[0]!.row;

  it('nobody contacted yet: contact the guardian at once (no time given)', () => {
    expect(next(undefined, [], '2022-03-01')).toMatchObject({ status: '疑似辍学', nextAction: expect.stringContaining('联系沟通'), due: '2022-03-01', overdue: false });
  });

  it('guardian contacted, not yet marked: mark 疑似辍学 by day 3 (03-04); overdue on 03-05', () => {
    expect(next(undefined, ['2022-03-01'], '2022-03-04')).toMatchObject({ nextAction: expect.stringContaining('疑似辍学'), due: '2022-03-04', overdue: false });
    expect(next(undefined, ['2022-03-01'], '2022-03-05').overdue).toBe(true);
  });

  it('marked 疑似辍学: report in writing and mark 辍学 after a week (03-08); overdue on 03-09', () => {
    expect(next('疑似辍学', ['2022-03-01'], '2022-03-08')).toMatchObject({ nextAction: expect.stringContaining('标注辍学'), due: '2022-03-08', overdue: false, source: 'qingzhengbanfa-2018-49#3-1-3' });
    expect(next('疑似辍学', ['2022-03-01'], '2022-03-09').overdue).toBe(true);
  });

  it('marked 辍学: the ladder is done (标注复学 follows only a return)', () => {
    expect(next('辍学', ['2022-03-01'], '2022-04-01')).toMatchObject({ status: '劝返中', nextAction: null, due: null, overdue: false });
  });
});

describe('helpers', () => {
  it('masks a 身份证号 keeping the first 6 and the last 4', () => {
    expect(maskIdNumber('41132820100315123X')).toBe('411328********123X');
  });
  it('adds ISO durations in whole days', () => {
    expect(addDuration('2022-03-01', 'PT4H')).toBe('2022-03-01');
    expect(addDuration('2022-03-01', 'P3D')).toBe('2022-03-04');
    expect(addDuration('2022-03-01', 'P1W')).toBe('2022-03-08');
    expect(addDuration('2022-02-27', 'P3D')).toBe('2022-03-02');
    expect(addDuration('2022-01-31', 'P1M')).toBe('2022-03-03');
    expect(addDuration('2022-03-01', 'three days')).toBeUndefined();
  });
});
