import { describe, expect, it } from 'vitest';
import { countsOverEnrolment } from '../../../../site/lib/forms/rules/monthly-report.ts';
import { ruleProblems } from '../../../../site/lib/forms/custom-validate.ts';
import { forms } from '../../../../site/lib/forms/form-registry.ts';

const example = () => structuredClone((forms['monthly-report'].schema.examples as Record<string, any>[])[0]!);
const check = (data: unknown) => ruleProblems('monthly-report', data, { today: '2022-06-30' }).map((p) => `${p.pointer}  ${p.message}`);

describe('monthly-report rules', () => {
  it('pass the example', () => expect(check(example())).toEqual([]));

  it('name the grade whose dropouts exceed its enrolment', () => {
    const d = example();
    d.grades[7].dropouts = 96;
    expect(check(d)).toEqual(['/grades/7/dropouts  八年级的“辍学人数”（96）超过了该年级的“在籍学生数”（95）。']);
  });

  it('check suspected, returned and home education against enrolment too', () => {
    const d = example();
    Object.assign(d.grades[0], { enrolled: 2, suspected: 3, returned: 3, homeEducation: 3 });
    expect(check(d)).toEqual([
      '/grades/0/suspected  一年级的“疑似辍学人数”（3）超过了该年级的“在籍学生数”（2）。',
      '/grades/0/returned  一年级的“劝返复学人数”（3）超过了该年级的“在籍学生数”（2）。',
      '/grades/0/homeEducation  一年级的“送教上门人数”（3）超过了该年级的“在籍学生数”（2）。',
    ]);
  });

  it('reject a zero report with dropouts, duplicate grades, a future month and a fill date before the month', () => {
    const d = example();
    d.zeroReport = true;
    d.grades = [d.grades[6], { ...d.grades[6] }];
    d.period = '2022-07';
    expect(check(d)).toMatchInlineSnapshot(`
      [
        "/grades/1/grade  七年级重复填写（分年级数据第1条和第2条），每个年级只填一行。",
        "/zeroReport  “零报告”选了“是”，但七年级的“疑似辍学人数”为 1，七年级的“辍学人数”为 1；零报告时各年级疑似辍学和辍学人数都应为 0。",
        "/period  “报告月份”2022-07 还没有到，不能填报将来月份的月报。",
        "/fillDate  “填报日期”2022-03-18 早于报告月份 2022-07 的第一天。",
      ]
    `);
  });

  it('give each problem its own code (the form page and check group by it)', () => {
    const d = example();
    d.zeroReport = true;
    d.grades = [d.grades[6], { ...d.grades[6], dropouts: 999 }];
    d.period = '2022-07';
    const codes = ruleProblems('monthly-report', d, { today: '2022-06-30' }).map((p) => `${p.pointer} ${p.code}`);
    expect(codes).toEqual([
      '/grades/1/grade duplicate-grade',
      '/grades/1/dropouts exceeds-enrolled',
      '/zeroReport zero-report-not-zero',
      '/period future-period',
      '/fillDate before-period',
    ]);
  });

  it('accept the edges: a count equal to enrolment, the current month, a fill date on the month’s first day', () => {
    const d = example();
    d.grades[7].dropouts = d.grades[7].enrolled;
    d.period = '2022-06';
    d.fillDate = '2022-06-01';
    expect(check(d)).toEqual([]);
  });

  it('leave a period that is not a whole YYYY-MM to the schema, with no month checks on it', () => {
    for (const period of ['2023-13', '2023-00', '2023-7', 'x2023-07', '2023-07x', 2023]) {
      const d = example();
      d.period = period;
      d.fillDate = '2022-01-01';
      expect(check(d), String(period)).toEqual([]);
    }
  });

  it('skip rows that are not a grade row instead of calling them duplicates or crashing', () => {
    const d = example();
    d.grades = [null, 'x', { enrolled: 5 }, { enrolled: 5 }, { grade: 1.5, enrolled: 5 }, { grade: 1.5, enrolled: 5 }, ...d.grades];
    expect(check(d)).toEqual([]);
    expect(check({ ...example(), grades: 'x' })).toEqual([]);
  });

  it('countsOverEnrolment reads only arrays and rows with a count as enrolment', () => {
    expect(countsOverEnrolment({ length: 1, 0: { grade: 1, enrolled: 1, dropouts: 5 } })).toEqual([]);
    expect(countsOverEnrolment([null, { grade: 1, enrolled: -1, dropouts: 5 }, { grade: 2, enrolled: 1, dropouts: 2 }])).toEqual([
      { index: 2, grade: 2, key: 'dropouts', value: 2, enrolled: 1 },
    ]);
  });
});
