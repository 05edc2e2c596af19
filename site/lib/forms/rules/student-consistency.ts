/**
 * The student block against its own 身份证号: birth date and gender must match
 * what the number encodes, and a stated age must match the birth date (errors).
 * An age outside compulsory-school age (6–16 周岁) on the form's reference date
 * is a reminder, not an error — pupils still in 初中 at 17 or 18 (late entry,
 * repeated years) and children whose entry was deferred must be registrable —
 * unless the verification category says the age does not apply (超龄离校,
 * 户籍注销 …). Only an age no pupil can have is an error (plausibleAge).
 * The same age is what the form fills in and prints when 年龄 is left blank.
 *
 * Exports: compulsoryAge, plausibleAge, studentAge, studentConsistencyRule.
 */
import type { FieldProblem } from '../../validation/format-errors.ts';
import { ageOn } from './dates.ts';
import { checkIdNumber, parseIdNumber } from './id-number.ts';
import { isObject, label, problemAt, referenceDate, usableDate, type DateContext, type Rule, type RuleContext } from './rule-context.ts';
import { quote } from '../../text/quote-value.ts';

/** 6–16 周岁: the age band county plans check (唐河 “核查6-16岁适龄儿童少年”). */
export const compulsoryAge = { min: 6, max: 16 } as const;

/**
 * Ages a pupil of compulsory education can have at all. Under 3 no child is
 * even near school age (a birth date typed with this year, a sibling's
 * 身份证号); over 25 is beyond a pupil who started at 8 and repeated several
 * years — almost certainly a wrong birth year. Outside this band the age is
 * an error; between it and compulsoryAge, a reminder.
 */
export const plausibleAge = { min: 3, max: 25 } as const;

/** What the age rests on: the birth date (as filled in, else from a valid 身份证号) and the reference date. */
function ageBasis(ctx: DateContext) {
  const student = isObject(ctx.data) && isObject(ctx.data.student) ? ctx.data.student : {};
  const id = typeof student.idNumber === 'string' ? student.idNumber : undefined;
  const facts = id !== undefined && checkIdNumber(id, ctx.today).length === 0 ? parseIdNumber(id) : undefined;
  const birth = usableDate(ctx, '/student/birthDate');
  const born = birth ?? facts?.birthDate;
  const ref = born ? referenceDate(ctx) : undefined;
  return { student, id, facts, birth, born, ref, age: born && ref ? ageOn(born, ref.date) : undefined };
}

/** The student's age (周岁) on the form's reference date, when the dates allow computing it. */
export function studentAge(ctx: DateContext): number | undefined {
  const { age } = ageBasis(ctx);
  return age !== undefined && age >= 0 ? age : undefined;
}

/** How a message names the date an age is computed on; worded only for a problem, since naming the field takes a schema walk. */
function referenceText(ctx: RuleContext, ref: { date: string; fromForm: boolean }): string {
  return ref.fromForm ? `${label(ctx, ctx.form.referenceDate)}（${ref.date}）` : `今天（${ref.date}）`;
}

export const studentConsistencyRule: Rule = (data, ctx) => {
  if (!isObject(data.student)) return [];
  const { student, id, facts, birth, born, ref, age } = ageBasis(ctx);
  const out: FieldProblem[] = [];

  if (facts && birth && facts.birthDate !== birth) {
    out.push(problemAt(ctx, '/student/birthDate', 'id-birth-mismatch', `${birth} 与${label(ctx, '/student/idNumber')}中的出生日期 ${facts.birthDate} 不一致。`));
  }
  if (facts && (student.gender === '男' || student.gender === '女') && facts.gender !== student.gender) {
    out.push(
      problemAt(ctx, '/student/gender', 'id-gender-mismatch', `填的是${quote(student.gender)}，但${label(ctx, '/student/idNumber')}第 17 位（${id![16]}）表示${facts.gender}性。`),
    );
  }

  if (!born || !ref || age === undefined) return out;
  if (typeof student.age === 'number' && Number.isInteger(student.age) && student.age !== age) {
    out.push(problemAt(ctx, '/student/age', 'age-mismatch', `填的是 ${student.age} 周岁，按出生日期 ${born} 和${referenceText(ctx, ref)}计算应为 ${age} 周岁。`));
  }
  if (age < 0) return out;
  if (age >= compulsoryAge.min && age <= compulsoryAge.max) return out;
  const category = ctx.jurisdiction?.categories.find((c) => c.code === data.categoryCode);
  if (category?.compulsoryAgeApplies === false) return out;
  const at = birth ? '/student/birthDate' : '/student/idNumber';
  const stated = `表明学生按${referenceText(ctx, ref)}计算为 ${age} 周岁`;
  if (age < plausibleAge.min || age > plausibleAge.max) {
    out.push(problemAt(ctx, at, 'implausible-age', `${stated}，不可能是义务教育阶段的学生（应在 ${plausibleAge.min}–${plausibleAge.max} 周岁之间），请核对出生日期和身份证号。`));
  } else if (age < compulsoryAge.min || age > compulsoryAge.max) {
    const why =
      ctx.form.id === 'verification'
        ? '如属不按义务教育年龄核查的类别（如超龄离校），请选择相应的核查类别；仍在校就读的照常登记。'
        : '超龄仍在读或不足龄已入学的学生照常登记，请核对出生日期和身份证号无误。';
    out.push({
      ...problemAt(ctx, at, 'not-compulsory-age', `${stated}，不在义务教育适龄范围（${compulsoryAge.min}–${compulsoryAge.max} 周岁）内。${why}`),
      warning: true,
    });
  }
  return out;
};
