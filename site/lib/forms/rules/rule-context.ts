/**
 * What every rule gets: the form, "today", the jurisdiction's categories and
 * form options, and a helper that words a problem with the field's title.
 *
 * Exports: RuleContext, FormJurisdiction, JurisdictionCategory, Rule,
 * problemAt, valueAt, referenceDate.
 */
import type { FieldProblem } from '../../validation/format-errors.ts';
import { fieldLabel, type LabelOverrides } from '../field-label.ts';
import type { FormDefinition } from '../form-registry.ts';
import type { FormOptionsForForm } from '../form-options.ts';
import { isRealDate } from './dates.ts';

export interface JurisdictionCategory {
  code: string;
  label: string;
  evidence: string[];
  includes?: string;
  followUp?: string;
  /** false: the category does not concern children of compulsory-school age (超龄离校 …) */
  compulsoryAgeApplies?: boolean;
  source?: string;
}

/** The slice of a resolved jurisdiction that form rules use. */
export interface FormJurisdiction {
  id: string;
  name: string;
  categories: JurisdictionCategory[];
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
}

export type Rule = (data: Record<string, unknown>, ctx: RuleContext) => FieldProblem[];

/** A problem at `pointer`; `text` is appended to the field's label unless `bare`. */
export function problemAt(ctx: RuleContext, pointer: string, code: string, text: string, bare = false): FieldProblem {
  return { pointer, code, message: bare ? text : `${fieldLabel(ctx.form, pointer, ctx.data, ctx.labels)}${text}` };
}

export const label = (ctx: RuleContext, pointer: string) => fieldLabel(ctx.form, pointer, ctx.data, ctx.labels);

export function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  return pointer
    .slice(1)
    .split('/')
    .reduce<unknown>((node, seg) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined), data);
}

/** The form's own date (填表日期 …) when filled in correctly, else today. */
export function referenceDate(ctx: RuleContext): { date: string; fromForm: boolean } {
  const v = valueAt(ctx.data, ctx.form.referenceDate);
  return isRealDate(v) ? { date: v, fromForm: true } : { date: ctx.today, fromForm: false };
}

export const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
