/**
 * Date order and duplicates in the two printable documents: a 限期通知书's
 * deadline comes after its issue date (and the student left before it was
 * issued); a 目标责任书's term ends after it starts and names each indicator
 * once, and a warning (not an error) when a pledged target is looser than the
 * jurisdiction's own target for that indicator.
 *
 * Exports: returnNoticeRule, responsibilityPledgeRule, isLooserTarget.
 */
import type { FieldProblem } from '../../validation/format-errors.ts';
import { choiceName } from '../field-label.ts';
import { isObject, label, problemAt, usableDate, type JurisdictionTarget, type Rule } from './rule-context.ts';

/** The percentages a target allows, within 0–100. */
const range = (t: Pick<JurisdictionTarget, 'comparator' | 'value'>): [number, number] =>
  t.comparator === '>=' ? [t.value, 100] : t.comparator === '<=' ? [0, t.value] : [t.value, t.value];

/** True when `pledged` allows a value that `target` does not (不低于 94% against 不低于 95%). */
export function isLooserTarget(pledged: Pick<JurisdictionTarget, 'comparator' | 'value'>, target: Pick<JurisdictionTarget, 'comparator' | 'value'>): boolean {
  const [plo, phi] = range(pledged);
  const [tlo, thi] = range(target);
  return plo < tlo || phi > thi;
}

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
    const own = ctx.jurisdiction?.targets?.find((x) => x.indicator === t.indicator);
    if (!own || typeof t.value !== 'number' || !['>=', '<=', '='].includes(t.comparator as string)) return;
    const pledged = { comparator: t.comparator as JurisdictionTarget['comparator'], value: t.value };
    if (!isLooserTarget(pledged, own)) return;
    // Worded as the form shows the choices: 九年义务教育巩固率不低于 94%.
    const indicator = choiceName(ctx.form, `/targets/${i}/indicator`, t.indicator);
    const say = (x: { comparator: string; value: number }) => `${choiceName(ctx.form, `/targets/${i}/comparator`, x.comparator)} ${x.value}%`;
    out.push({
      ...problemAt(ctx, `/targets/${i}/value`, 'looser-than-jurisdiction', `：${indicator}${say(pledged)}，比${ctx.jurisdiction!.name}的目标（${say(own)}）宽松，请核对。`),
      warning: true,
    });
  });
  return out;
};
