/**
 * 控辍保学月报表: per-grade counts must fit within the grade's enrolment, each
 * grade appears once, a zero report has no (suspected) dropouts, and the report
 * is filled in no earlier than its month. Totals and rates are never stored in
 * the record: site/lib/reports/band-totals.ts computes them.
 *
 * Exports: monthlyReportRule, countsOverEnrolment.
 */
import type { FieldProblem } from '../../validation/format-errors.ts';
import { isCount, isObject, label, problemAt, usableDate, type Rule } from './rule-context.ts';
import { titleOf } from '../field-label.ts';
import { gradeName } from '../grade-names.ts';

const counted = ['suspected', 'dropouts', 'returned', 'homeEducation'] as const;

/** A grade's count that exceeds its 在籍学生数: every pupil counted (疑似辍学, 辍学, 劝返复学, 送教上门) is one of them. */
export interface CountOverEnrolment {
  index: number;
  grade: unknown;
  key: (typeof counted)[number];
  value: number;
  enrolled: number;
}

export function countsOverEnrolment(grades: unknown): CountOverEnrolment[] {
  const out: CountOverEnrolment[] = [];
  if (!Array.isArray(grades)) return out;
  // Plain loops: this runs on every row of every report checked.
  for (let index = 0; index < grades.length; index++) {
    const row: unknown = grades[index];
    if (!isObject(row) || !isCount(row.enrolled)) continue;
    const enrolled = row.enrolled;
    for (const key of counted) {
      const value = row[key];
      if (isCount(value) && value > enrolled) out.push({ index, grade: row.grade, key, value, enrolled });
    }
  }
  return out;
}

export const monthlyReportRule: Rule = (data, ctx) => {
  const out: FieldProblem[] = [];
  const grades: unknown[] = Array.isArray(data.grades) ? data.grades : [];
  const firstRow = new Map<number, number>();
  for (let i = 0; i < grades.length; i++) {
    const row = grades[i];
    if (!isObject(row) || !Number.isInteger(row.grade)) continue;
    const g = row.grade as number;
    const first = firstRow.get(g);
    if (first !== undefined) out.push(problemAt(ctx, `/grades/${i}/grade`, 'duplicate-grade', `${gradeName(g)}重复填写（分年级数据第${first + 1}条和第${i + 1}条），每个年级只填一行。`, true));
    else firstRow.set(g, i);
  }
  for (const c of countsOverEnrolment(grades)) {
    const at = `/grades/${c.index}`;
    out.push(problemAt(ctx, `${at}/${c.key}`, 'exceeds-enrolled', `（${c.value}）超过了该年级的“${titleOf(ctx.form, `${at}/enrolled`, ctx.labels)}”（${c.enrolled}）。`));
  }
  if (data.zeroReport === true) {
    const nonZero = grades.flatMap((row, i) =>
      isObject(row) ? (['suspected', 'dropouts'] as const).filter((k) => isCount(row[k]) && (row[k] as number) > 0).map((k) => `${label(ctx, `/grades/${i}/${k}`)}为 ${row[k]}`) : [],
    );
    if (nonZero.length) {
      out.push(problemAt(ctx, '/zeroReport', 'zero-report-not-zero', `选了“是”，但${[...new Set(nonZero)].join('，')}；零报告时各年级疑似辍学和辍学人数都应为 0。`));
    }
  }
  const period = typeof data.period === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(data.period) ? data.period : undefined;
  if (period) {
    if (period > ctx.today.slice(0, 7)) out.push(problemAt(ctx, '/period', 'future-period', `${period} 还没有到，不能填报将来月份的月报。`));
    const filled = usableDate(ctx, '/fillDate');
    if (filled && filled < `${period}-01`) {
      out.push(problemAt(ctx, '/fillDate', 'before-period', `${filled} 早于报告月份 ${period} 的第一天。`));
    }
  }
  return out;
};
