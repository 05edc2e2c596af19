/**
 * What every rule gets: the form, "today", the jurisdiction's categories and
 * form options, and a helper that words a problem with the field's title.
 *
 * Exports: RuleContext, FormJurisdiction, JurisdictionCategory, Rule,
 * DateContext, problemAt, valueAt, usableDate, referenceDate.
 */
import type { FieldProblem } from '../../validation/format-errors.ts';
import { fieldLabel, fieldPath, type LabelOverrides } from '../field-label.ts';
import type { FormDefinition } from '../form-registry.ts';
import type { FormMeta } from '../form-catalogue.ts';
import type { FormOptionsForForm } from '../form-options.ts';
import { isRealDate } from './dates.ts';
import type { EvidenceAlternative } from '../../config/category-evidence.ts';

export interface JurisdictionCategory {
  code: string;
  label: string;
  /** every document to list (for a category with alternatives: each situation's, named “情形：材料”) */
  evidence: string[];
  /** documents by situation, of which any one situation complete suffices (category-evidence.ts) */
  evidenceAlternatives?: EvidenceAlternative[];
  includes?: string;
  followUp?: string;
  /** false: the category does not concern children of compulsory-school age (超龄离校 …) */
  compulsoryAgeApplies?: boolean;
  source?: string;
}

/** One of the jurisdiction's resolved targets (a 目标责任书 pledges at least these). */
export interface JurisdictionTarget {
  indicator: string;
  comparator: '>=' | '<=' | '=';
  value: number;
}

/** The slice of a resolved jurisdiction that form rules use. */
export interface FormJurisdiction {
  id: string;
  name: string;
  categories: JurisdictionCategory[];
  /** the resolved targets, for forms that pledge them (responsibility-pledge) */
  targets?: JurisdictionTarget[];
  /** this form's options after inheritance (labels, extra required fields, extra fields) */
  formOptions?: FormOptionsForForm;
}

export interface RuleContext {
  form: FormDefinition;
  /** YYYY-MM-DD; dates after it are "in the future" */
  today: string;
  jurisdiction?: FormJurisdiction | null;
  labels?: LabelOverrides;
  /** the whole record, for naming rows */
  data: unknown;
  /** the schema validator accepted the record: every pattern in it holds */
  schemaValid?: boolean;
}

export type Rule = (data: Record<string, unknown>, ctx: RuleContext) => FieldProblem[];

/** What date reasoning needs (no schema): a page can compute an age from the catalogue entry alone. */
export interface DateContext {
  form: Pick<FormMeta, 'referenceDate' | 'futureDatesAllowed'>;
  today: string;
  data: unknown;
}

/** A problem at `pointer`; `text` is appended to the field's label unless `bare`. */
export function problemAt(ctx: RuleContext, pointer: string, code: string, text: string, bare = false): FieldProblem {
  return { pointer, code, message: bare ? text : `${fieldLabel(ctx.form, pointer, ctx.data, ctx.labels)}${text}` };
}

export const label = (ctx: RuleContext, pointer: string) => fieldLabel(ctx.form, pointer, ctx.data, ctx.labels);

// Rules read the same few pointers on every record: split each once.
const segmentCache = new Map<string, string[]>();

export function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let segs = segmentCache.get(pointer);
  if (!segs) {
    segs = pointer.slice(1).split('/');
    // Row pointers (/attempts/12/date) are many and short-lived; keep only what stays few.
    if (segmentCache.size < 2000) segmentCache.set(pointer, segs);
  }
  let node = data;
  for (const seg of segs) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  return node;
}

/**
 * A date field's value when other checks may reason with it: a real day, and
 * not after today unless the form allows future dates there. A wrong date has
 * its own message; checks derived from it are skipped, so one typo (2099,
 * 2月30日) is reported once rather than again as a wrong age or order.
 */
export function usableDate(ctx: DateContext, pointer: string): string | undefined {
  const v = valueAt(ctx.data, pointer);
  if (!isRealDate(v)) return undefined;
  return v <= ctx.today || ctx.form.futureDatesAllowed.includes(fieldPath(pointer)) ? v : undefined;
}

/**
 * The date ages are computed on: the form's own date (填表日期 …), today when
 * that is not filled in yet, and undefined when it is filled in wrongly.
 */
export function referenceDate(ctx: DateContext): { date: string; fromForm: boolean } | undefined {
  const v = valueAt(ctx.data, ctx.form.referenceDate);
  if (v === undefined || v === null || v === '') return { date: ctx.today, fromForm: false };
  const date = usableDate(ctx, ctx.form.referenceDate);
  return date ? { date, fromForm: true } : undefined;
}

export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
