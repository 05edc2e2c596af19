import { describe, expect, it } from 'vitest';
import { ruleProblems, ruleWarnings } from '../../../../site/lib/forms/custom-validate.ts';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import type { FormJurisdiction } from '../../../../site/lib/forms/rules/rule-context.ts';

const example = (id: 'dropout-registration' | 'verification') => structuredClone((forms[id].schema.examples as Record<string, any>[])[0]!);
const messages = (id: 'dropout-registration' | 'verification', data: unknown, jurisdiction: FormJurisdiction | null = null) =>
  ruleProblems(id, data, { today: '2022-06-30', jurisdiction }).map((p) => `${p.pointer}  ${p.message}`);

const warnings = (id: 'dropout-registration' | 'verification', data: unknown, jurisdiction: FormJurisdiction | null = null) =>
  ruleWarnings(id, data, { today: '2022-06-30', jurisdiction }).map((p) => `${p.pointer}  ${p.message}`);

const overage = { name: '孙大伟', idNumber: '411328200204051317', birthDate: '2002-04-05', gender: '男' };
const tanghe: FormJurisdiction = {
  id: 'tanghe',
  name: '唐河县',
  categories: [
    { code: 'B', label: '在校有学籍', evidence: ['学校打印并加盖公章的学籍卡（学生基本信息表）'], compulsoryAgeApplies: true },
    { code: 'F', label: '超龄离校', evidence: ['辖区派出所出具的户籍证明'], compulsoryAgeApplies: false },
  ],
};

describe('student consistency', () => {
  it('flags a birth date and a gender that disagree with the 身份证号', () => {
    const d = example('dropout-registration');
    d.student.birthDate = '2010-03-16';
    d.student.gender = '女';
    expect(messages('dropout-registration', d)).toEqual([
      '/student/birthDate  “出生日期”2010-03-16 与“身份证号”中的出生日期 2010-03-15 不一致。',
      '/student/gender  “性别”填的是“女”，但“身份证号”第 17 位（3）表示男性。',
    ]);
  });

  it('computes age on the form date and compares it with the stated age', () => {
    const d = example('dropout-registration');
    d.student.age = 12;
    expect(messages('dropout-registration', d)).toEqual(['/student/age  “年龄”填的是 12 周岁，按出生日期 2010-03-15 和“填表日期”（2022-03-10）计算应为 11 周岁。']);
  });

  it('reminds of an age outside 6–16 (an over-age pupil is still registered) unless the category says otherwise', () => {
    const d = example('verification');
    d.student = overage;
    expect(messages('verification', d, tanghe)).toEqual([]);
    expect(warnings('verification', d, tanghe)).toEqual([
      '/student/birthDate  “出生日期”表明学生按“核查日期”（2022-03-10）计算为 19 周岁，不在义务教育适龄范围（6–16 周岁）内。如属不按义务教育年龄核查的类别（如超龄离校），请选择相应的核查类别；仍在校就读的照常登记。',
    ]);
    Object.assign(d, { categoryCode: 'F', categoryLabel: '超龄离校', evidence: [{ name: '辖区派出所出具的户籍证明', provided: true }] });
    expect(warnings('verification', d, tanghe)).toEqual([]);
  });

  it('still fails an age no pupil can have (under 3, over 25)', () => {
    const d = example('dropout-registration');
    delete d.student.age;
    d.student = { ...d.student, idNumber: '411328199205061239', birthDate: '1992-05-06' };
    delete d.student.studentNumber;
    expect(messages('dropout-registration', d)).toEqual([
      '/student/birthDate  “出生日期”表明学生按“填表日期”（2022-03-10）计算为 29 周岁，不可能是义务教育阶段的学生（应在 3–25 周岁之间），请核对出生日期和身份证号。',
    ]);
    expect(warnings('dropout-registration', d)).toEqual([]);
  });

  it('uses today when the form date is missing', () => {
    const d = example('dropout-registration');
    delete d.fillDate;
    delete d.student.age;
    d.student = { ...d.student, ...overage };
    delete d.student.studentNumber;
    expect(warnings('dropout-registration', d)[0]).toContain('按今天（2022-06-30）计算为 20 周岁');
  });

  it.each([
    ['2099-01-01', '“填表日期”2099-01-01 晚于今天（2022-06-30），不能填写将来的日期。'],
    ['2022-02-30', '“填表日期”2022-02-30 不是真实存在的日期。'],
  ])('reports a wrong form date %s once, without ages computed from it or from today', async (fillDate, message) => {
    const { validateRecord } = await import('../../../../site/lib/forms/validate-record.ts');
    const { loadValidateFns } = await import('../../../../site/lib/forms/load-validator.ts');
    const d = { ...example('dropout-registration'), fillDate };
    expect(validateRecord('dropout-registration', d, await loadValidateFns('dropout-registration'), { today: '2022-06-30' }).map((p) => `${p.pointer}  ${p.message}`)).toEqual([
      `/fillDate  ${message}`,
    ]);
  });
});
