/**
 * 劝返 consistency for 辍学学生登记表 and 劝返复学记录: the count of attempts
 * agrees with the log, 延缓入学/休学 only after joint persuasion three or more
 * times (唐河 教基〔2022〕33号 三（二）), attempts come after the student left
 * and in order, and the outcome has its date or its reason.
 *
 * Exports: dropoutPersuasionRule, persuasionRecordRule, minAttemptsBeforeDeferral.
 */
import type { FieldProblem } from '../../validation/format-errors.ts';
import { isRealDate } from './dates.ts';
import { isCount, isObject, label, problemAt, usableDate, type Rule } from './rule-context.ts';

/** “经相关部门联合劝返三次以上” before 延缓入学 or 休学 */
export const minAttemptsBeforeDeferral = 3;

const missing = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export const dropoutPersuasionRule: Rule = (data, ctx) => {
  const out: FieldProblem[] = [];
  const p = isObject(data.persuasion) ? data.persuasion : undefined;
  const attempts = Array.isArray(data.attempts) ? data.attempts : [];
  if (!p) return out;
  if (p.started === false && attempts.length > 0) {
    out.push(problemAt(ctx, '/persuasion/started', 'persuasion-not-started', `选了“否”，但已填写 ${attempts.length} 条${label(ctx, '/attempts')}。`));
  }
  if (isCount(p.count) && p.count < attempts.length) {
    out.push(problemAt(ctx, '/persuasion/count', 'count-below-log', `填的是 ${p.count} 次，少于${label(ctx, '/attempts')}的 ${attempts.length} 条。`));
  }
  if (p.result === '未复学' && missing(p.notReturnedReason)) {
    out.push(problemAt(ctx, '/persuasion/notReturnedReason', 'missing-field', `请填写${label(ctx, '/persuasion/notReturnedReason')}（劝返结果为未复学）。`, true));
  }
  if (p.result === '已复学' && p.started === false) {
    out.push(problemAt(ctx, '/persuasion/result', 'result-without-persuasion', `为“已复学”，但“是否已开展劝返工作”选了“否”。`));
  }
  if (p.deferralApproved === true) {
    const n = isCount(p.count) ? p.count : attempts.length;
    if (n < minAttemptsBeforeDeferral) {
      out.push(
        problemAt(ctx, '/persuasion/deferralApproved', 'deferral-too-early', `选了“是”，但劝返只有 ${n} 次；须经相关部门联合劝返三次以上，才可报县级领导小组核实办理延缓入学或休学。`),
      );
    }
  }
  return out;
};

export const persuasionRecordRule: Rule = (data, ctx) => {
  const out: FieldProblem[] = [];
  const left = usableDate(ctx, '/leftDate');
  const attempts = Array.isArray(data.attempts) ? data.attempts : [];
  let previous: string | undefined;
  attempts.forEach((_, i) => {
    const date = usableDate(ctx, `/attempts/${i}/date`);
    if (!date) return;
    if (left && date < left) out.push(problemAt(ctx, `/attempts/${i}/date`, 'before-left', `${date} 早于${label(ctx, '/leftDate')}${left}。`));
    else if (previous && date < previous) out.push(problemAt(ctx, `/attempts/${i}/date`, 'out-of-order', `${date} 早于上一条劝返记录（${previous}），请按时间先后填写。`));
    previous = date;
  });
  const o = isObject(data.outcome) ? data.outcome : undefined;
  if (o?.returned === true) {
    if (!isRealDate(o.returnDate)) {
      if (missing(o.returnDate)) out.push(problemAt(ctx, '/outcome/returnDate', 'missing-field', `请填写${label(ctx, '/outcome/returnDate')}（已复学）。`, true));
    } else if (left && usableDate(ctx, '/outcome/returnDate') && o.returnDate < left) {
      out.push(problemAt(ctx, '/outcome/returnDate', 'before-left', `${o.returnDate} 早于${label(ctx, '/leftDate')}${left}。`));
    }
  } else if (o?.returned === false && missing(o.notReturnedReason)) {
    out.push(problemAt(ctx, '/outcome/notReturnedReason', 'missing-field', `请填写${label(ctx, '/outcome/notReturnedReason')}（尚未复学）。`, true));
  }
  return out;
};
