/**
 * Date order and duplicates in the two printable documents: a 限期通知书's
 * deadline comes after its issue date (and the student left before it was
 * issued); a 目标责任书's term ends after it starts and names each indicator once.
 *
 * Exports: returnNoticeRule, responsibilityPledgeRule.
 */
import type { FieldProblem } from '../../validation/format-errors.ts';
import { isObject, label, problemAt, usableDate, type Rule } from './rule-context.ts';

export const returnNoticeRule: Rule = (_data, ctx) => {
  const out: FieldProblem[] = [];
  const issued = usableDate(ctx, '/issueDate');
  const deadline = usableDate(ctx, '/deadline');
  const left = usableDate(ctx, '/leftDate');
  if (issued && deadline && deadline <= issued) {
    out.push(problemAt(ctx, '/deadline', 'deadline-not-after-issue', `${deadline} 应晚于${label(ctx, '/issueDate')}${issued}。`));
  }
  if (issued && left && left > issued) {
    out.push(problemAt(ctx, '/leftDate', 'left-after-issue', `${left} 晚于${label(ctx, '/issueDate')}${issued}。`));
  }
  return out;
};

export const responsibilityPledgeRule: Rule = (data, ctx) => {
  const out: FieldProblem[] = [];
  const start = usableDate(ctx, '/startDate');
  const end = usableDate(ctx, '/endDate');
  if (start && end && end <= start) {
    out.push(problemAt(ctx, '/endDate', 'end-not-after-start', `${end} 应晚于${label(ctx, '/startDate')}${start}。`));
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
