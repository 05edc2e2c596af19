/**
 * Date order and duplicates in the two printable documents: a 限期通知书's
 * deadline comes after its issue date (and the student left before it was
 * issued); a 目标责任书's term ends after it starts and names each indicator once.
 *
 * Exports: returnNoticeRule, responsibilityPledgeRule.
 */
import type { FieldProblem } from '../../validation/format-errors.ts';
import { isRealDate } from './dates.ts';
import { isObject, label, problemAt, type Rule } from './rule-context.ts';

export const returnNoticeRule: Rule = (data, ctx) => {
  const out: FieldProblem[] = [];
  const issued = isRealDate(data.issueDate) ? data.issueDate : undefined;
  if (issued && isRealDate(data.deadline) && data.deadline <= issued) {
    out.push(problemAt(ctx, '/deadline', 'deadline-not-after-issue', `${data.deadline} 应晚于${label(ctx, '/issueDate')}${issued}。`));
  }
  if (issued && isRealDate(data.leftDate) && data.leftDate > issued) {
    out.push(problemAt(ctx, '/leftDate', 'left-after-issue', `${data.leftDate} 晚于${label(ctx, '/issueDate')}${issued}。`));
  }
  return out;
};

export const responsibilityPledgeRule: Rule = (data, ctx) => {
  const out: FieldProblem[] = [];
  if (isRealDate(data.startDate) && isRealDate(data.endDate) && data.endDate <= data.startDate) {
    out.push(problemAt(ctx, '/endDate', 'end-not-after-start', `${data.endDate} 应晚于${label(ctx, '/startDate')}${data.startDate}。`));
  }
  const seen = new Map<string, number>();
  (Array.isArray(data.targets) ? data.targets : []).forEach((t, i) => {
    if (!isObject(t) || typeof t.indicator !== 'string') return;
    const first = seen.get(t.indicator);
    if (first !== undefined) out.push(problemAt(ctx, `/targets/${i}/indicator`, 'duplicate-target', `与工作目标第${first + 1}条重复，每个指标只填一行。`));
    else seen.set(t.indicator, i);
  });
  return out;
};
