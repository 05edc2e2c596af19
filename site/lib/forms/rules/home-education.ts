/**
 * 送教上门 (金安区方案 五（五）): each visit at least two teachers of whom at
 * least one is a man, teachers of a visit come from the record's roster, and
 * at least one visit a week — no gap of more than 7 days between visits.
 *
 * Exports: homeEducationRule, maxDaysBetweenVisits.
 */
import type { FieldProblem } from '../../validation/format-errors.ts';
import { daysBetween } from './dates.ts';
import { isObject, label, problemAt, usableDate, type Rule } from './rule-context.ts';
import { quote } from '../../text/quote-value.ts';

/** 每周送教不少于1次 */
export const maxDaysBetweenVisits = 7;

export const homeEducationRule: Rule = (data, ctx) => {
  const out: FieldProblem[] = [];
  const roster = (Array.isArray(data.teachers) ? data.teachers : []).filter(isObject);
  const genderOf = new Map(roster.filter((t) => typeof t.name === 'string').map((t) => [t.name as string, t.gender]));
  if (roster.length > 0 && !roster.some((t) => t.gender === '男')) {
    out.push(problemAt(ctx, '/teachers', 'no-male-teacher', '中没有男教师；送教入户至少两人同行，其中至少一名男教师。'));
  }
  const visits = Array.isArray(data.visits) ? data.visits : [];
  visits.forEach((v, i) => {
    if (!isObject(v) || !Array.isArray(v.teachers)) return;
    const names = v.teachers.filter((n): n is string => typeof n === 'string');
    names.forEach((n, j) => {
      if (!genderOf.has(n)) {
        out.push(problemAt(ctx, `/visits/${i}/teachers/${j}`, 'unknown-teacher', `${quote(n)}不在${label(ctx, '/teachers')}名单中，请先在名单中添加这位教师。`));
      }
    });
    if (names.length >= 2 && names.every((n) => genderOf.has(n)) && !names.some((n) => genderOf.get(n) === '男')) {
      out.push(problemAt(ctx, `/visits/${i}/teachers`, 'no-male-teacher', '中没有男教师；送教入户至少两人同行，其中至少一名男教师。'));
    }
  });
  const dated = visits
    .map((_, i) => ({ i, date: usableDate(ctx, `/visits/${i}/date`) }))
    .filter((v): v is { i: number; date: string } => !!v.date)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  for (let k = 1; k < dated.length; k++) {
    const gap = daysBetween(dated[k - 1]!.date, dated[k]!.date);
    if (gap > maxDaysBetweenVisits) {
      out.push(
        problemAt(ctx, `/visits/${dated[k]!.i}/date`, 'visits-too-sparse', `${dated[k]!.date} 与上一次送教（${dated[k - 1]!.date}）相隔 ${gap} 天；每周送教不少于 1 次。`),
      );
    }
  }
  return out;
};
