import { describe, expect, it } from 'vitest';
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
});
