/**
 * 核查类别 and its evidence: when the jurisdiction defines categories (唐河
 * A–M), the record names one of them, its label matches, and the evidence the
 * category requires is listed and marked as kept — every document, or, for a
 * category whose documents depend on the situation (唐河 M 类 “视其不同情况
 * 具体对待”), every document of any one situation. Without categories in the
 * jurisdiction the category is free text and not checked.
 *
 * Exports: verificationCategoryRule, requiredEvidence.
 */
import type { FieldProblem } from '../../validation/format-errors.ts';
import { alternativeEvidenceName } from '../../config/category-evidence.ts';
import { isObject, label, problemAt, type JurisdictionCategory, type Rule, type RuleContext } from './rule-context.ts';
import { quote } from '../../text/quote-value.ts';

/** The evidence checklist a category requires (what the form pre-fills). */
export const requiredEvidence = (category: JurisdictionCategory | undefined) => category?.evidence ?? [];

type Listed = { i: number; e: Record<string, unknown> };

/** One situation complete, or what each situation still lacks. */
function alternativesProblem(ctx: RuleContext, category: JurisdictionCategory, listed: Listed[]): FieldProblem | undefined {
  const kept = (name: string) => listed.some(({ e }) => e.name === name && e.provided === true);
  const lacking = category.evidenceAlternatives!.map((a) => ({ a, missing: a.evidence.filter((d) => !kept(alternativeEvidenceName(a.situation, d))) }));
  if (lacking.some((l) => l.missing.length === 0)) return undefined;
  const each = lacking.map(({ a, missing }) => `“${a.situation}”还缺${missing.map((d) => `“${d}”`).join('')}`).join('；');
  return problemAt(
    ctx,
    '/evidence',
    'evidence-no-situation-complete',
    `${category.code} 类（${category.label}）视不同情况留存材料，任一情形的材料都留存即可，${label(ctx, '/evidence')}中还没有一种情形齐全：${each}。`,
    true,
  );
}

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
    out.push(problemAt(ctx, '/categoryCode', 'unknown-category', `${quote(code)}不是${ctx.jurisdiction!.name}规定的类别，可选：${categories.map((c) => `${c.code}（${c.label}）`).join('、')}。`));
    return out;
  }
  if (typeof data.categoryLabel === 'string' && data.categoryLabel !== category.label) {
    out.push(problemAt(ctx, '/categoryLabel', 'category-label-mismatch', `应为“${category.label}”（${category.code} 类），实际是${quote(data.categoryLabel)}。`));
  }
  const listed: Listed[] = (Array.isArray(data.evidence) ? data.evidence : []).map((e, i) => ({ i, e: isObject(e) ? e : {} }));
  if (category.evidenceAlternatives?.length) {
    const p = alternativesProblem(ctx, category, listed);
    return p ? [...out, p] : out;
  }
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
