/**
 * Edges of the 送教上门 rule: which of two visits on the same day is measured from, a
 * roster with only unnamed entries, and teachers named in a visit but missing from it.
 * Each test builds its own record.
 */
import { describe, expect, it } from 'vitest';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import { homeEducationRule } from '../../../../site/lib/forms/rules/home-education.ts';

const run = (data: Record<string, unknown>) =>
  homeEducationRule(data, { form: forms['home-education-record'], today: '2022-06-30', data }).map((p) => `${p.pointer} ${p.code}  ${p.message}`);
const codes = (data: Record<string, unknown>) => run(data).map((l) => l.split('  ')[0]);

describe('homeEducationRule edges', () => {
  it('blames the first-listed of two visits on the same day after a long gap', () => {
    const teachers = [{ name: '乙', gender: '男' }];
    expect(codes({ teachers, visits: [{ date: '2022-03-10' }, { date: '2022-03-01' }, { date: '2022-03-10' }] })).toEqual(['/visits/0/date visits-too-sparse']);
    expect(codes({ teachers, visits: [{ date: '2022-03-01' }, { date: '2022-03-10' }, { date: '2022-03-10' }, { date: '2022-03-20' }] })).toEqual([
      '/visits/1/date visits-too-sparse',
      '/visits/3/date visits-too-sparse',
    ]);
    expect(run({ teachers, visits: [{ date: '2022-03-20' }, { date: '2022-03-10' }, { date: '2022-03-10' }] })).toEqual([
      '/visits/0/date visits-too-sparse  送教记录第1条的“送教日期”2022-03-20 与上一次送教（2022-03-10）相隔 10 天；每周送教不少于 1 次。',
    ]);
  });

  it('counts a man only among named teachers, and two women without a man in a visit', () => {
    expect(codes({ teachers: [{ gender: '女' }] })).toEqual(['/teachers no-male-teacher']);
    const teachers = [{ name: '甲', gender: '女' }, { name: '丙', gender: '女' }, { name: '乙', gender: '男' }];
    expect(codes({ teachers, visits: [{ teachers: ['甲', '丙'] }, { teachers: ['甲', '丙', '乙'] }, { teachers: [] }] })).toEqual(['/visits/0/teachers no-male-teacher']);
    expect(run({ teachers, visits: [{ teachers: ['甲', '丙'] }] })).toEqual(['/visits/0/teachers no-male-teacher  送教记录第1条的“本次送教教师”中没有男教师；送教入户至少两人同行，其中至少一名男教师。']);
  });

  it('names each unknown teacher of a visit at its place in the list', () => {
    const teachers = [{ name: '乙', gender: '男' }];
    expect(codes({ teachers, visits: [{ teachers: ['丁', '乙', '戊'] }] })).toEqual(['/visits/0/teachers/0 unknown-teacher', '/visits/0/teachers/2 unknown-teacher']);
    expect(run({ teachers, visits: [{ teachers: ['戊'] }] })).toEqual(['/visits/0/teachers/0 unknown-teacher  送教记录第1条的“本次送教教师”第1项“戊”不在“送教教师”名单中，请先在名单中添加这位教师。']);
    expect(codes({ visits: [{ teachers: ['戊'] }] })).toEqual(['/visits/0/teachers/0 unknown-teacher']);
  });
});
