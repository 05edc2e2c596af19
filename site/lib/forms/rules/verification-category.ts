/**
 * 核查类别 and its evidence: when the jurisdiction defines categories (唐河
 * A–M), the record names one of them, its label matches, and every evidence
 * document the category requires is listed and marked as kept. Without
 * categories in the jurisdiction the category is free text and not checked.
 *
 * Exports: verificationCategoryRule, requiredEvidence.
 */
import type { FieldProblem } from '../../validation/format-errors.ts';
import { isObject, label, problemAt, type JurisdictionCategory, type Rule } from './rule-context.ts';

/** The evidence checklist a category requires (what the form pre-fills). */
export const requiredEvidence = (category: JurisdictionCategory | undefined) => category?.evidence ?? [];

export const verificationCategoryRule: Rule = (data, ctx) => {
  const categories = ctx.jurisdiction?.categories ?? [];
  if (categories.length === 0) return [];
  const out: FieldProblem[] = [];
  const codes = categories.map((c) => c.code);
  const code = data.categoryCode;
  if (typeof code !== 'string' || code === '') {
    out.push(problemAt(ctx, '/categoryCode', 'missing-field', `请选择${label(ctx, '/categoryCode')}：${ctx.jurisdiction!.name}规定了 ${codes.join('、')} 类。`, true));
    return out;
  }
  const category = categories.find((c) => c.code === code);
  if (!category) {
    out.push(problemAt(ctx, '/categoryCode', 'unknown-category', `“${code}”不是${ctx.jurisdiction!.name}规定的类别，可选：${categories.map((c) => `${c.code}（${c.label}）`).join('、')}。`));
    return out;
  }
  if (typeof data.categoryLabel === 'string' && data.categoryLabel !== category.label) {
    out.push(problemAt(ctx, '/categoryLabel', 'category-label-mismatch', `应为“${category.label}”（${category.code} 类），实际是“${data.categoryLabel}”。`));
  }
  const listed = (Array.isArray(data.evidence) ? data.evidence : []).map((e, i) => ({ i, e: isObject(e) ? e : {} }));
  for (const doc of requiredEvidence(category)) {
    const found = listed.find(({ e }) => e.name === doc);
    if (!found) {
      out.push(problemAt(ctx, '/evidence', 'missing-evidence', `${category.code} 类（${category.label}）须留存“${doc}”，${label(ctx, '/evidence')}中没有这一项。`, true));
    } else if (found.e.provided !== true) {
      out.push(problemAt(ctx, `/evidence/${found.i}/provided`, 'evidence-not-kept', `：“${doc}”尚未留存；${category.code} 类（${category.label}）须留存这项材料。`));
    }
  }
  return out;
};
