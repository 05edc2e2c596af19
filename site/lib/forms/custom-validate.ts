/**
 * The form rules beyond JSON Schema, in one place for the browser (rjsf
 * `customValidate`) and the CLI (`baoxue check`): semantic checks of 身份证号,
 * dates, phones and 学籍号 wherever they appear, the student's consistency with
 * the 身份证号 and compulsory-school age, and each form's own rules. Messages
 * are Chinese and name fields by their titles.
 *
 * `form` is a FormDefinition (a page builds it from its props with
 * defineForm, so it never loads the other forms' schemas) or, where
 * form-registry.ts has been imported (CLI, build, tests), a form id.
 *
 * Stable exports:
 *   ruleProblems(form, data, options)          → FieldProblem[] (errors)
 *   ruleWarnings(form, data, options)          → FieldProblem[] (reminders that never block; only warningRules run)
 *   createCustomValidate(form, options)        → rjsf customValidate function
 *   formLabels(form, jurisdiction)             → label overrides incl. extra fields
 *   FormCheckOptions
 */
import type { FieldProblem } from '../validation/format-errors.ts';
import type { LabelOverrides } from './field-label.ts';
import type { FormDefinition } from './form-registry.ts';
import type { FormId } from './form-catalogue.ts';
import { registeredForm } from './form-lookup.ts';
import { todayIso } from './rules/dates.ts';
import { dropoutPersuasionRule, persuasionRecordRule } from './rules/persuasion.ts';
import { fieldFormatRule } from './rules/field-formats.ts';
import { homeEducationRule } from './rules/home-education.ts';
import { jurisdictionFieldsRule } from './rules/jurisdiction-fields.ts';
import { monthlyReportRule } from './rules/monthly-report.ts';
import { responsibilityPledgeRule, returnNoticeRule } from './rules/documents.ts';
import { isObject, type FormJurisdiction, type Rule, type RuleContext } from './rules/rule-context.ts';
import { studentConsistencyRule } from './rules/student-consistency.ts';
import { verificationCategoryRule } from './rules/verification-category.ts';

export interface FormCheckOptions {
  /** YYYY-MM-DD; defaults to the local date */
  today?: string;
  /** the jurisdiction the record belongs to (categories, form options); null = none */
  jurisdiction?: FormJurisdiction | null;
  /** the record passed the form's schema validator, so its patterns need no second test (validateRecord sets it) */
  schemaValid?: boolean;
}

const formRules: Record<FormId, Rule[]> = {
  'dropout-registration': [studentConsistencyRule, dropoutPersuasionRule],
  'monthly-report': [monthlyReportRule],
  verification: [studentConsistencyRule, verificationCategoryRule],
  'persuasion-record': [studentConsistencyRule, persuasionRecordRule],
  'home-education-record': [studentConsistencyRule, homeEducationRule],
  'return-notice': [studentConsistencyRule, returnNoticeRule],
  'responsibility-pledge': [responsibilityPledgeRule],
};

const noOptions = {};
const labelsByOptions = new WeakMap<object, LabelOverrides>();

/**
 * Label overrides of the jurisdiction for this form, plus the titles of its
 * extra fields. The same object for the same options, so what field-label.ts
 * derives from the labels (which titles need their group) is worked out once
 * per page, not on every validation.
 */
export function formLabels(_form: FormId | FormDefinition, jurisdiction: FormJurisdiction | null | undefined): LabelOverrides {
  const o = jurisdiction?.formOptions ?? noOptions;
  let labels = labelsByOptions.get(o);
  if (!labels) {
    const { labels: own, extraFields } = o as NonNullable<FormJurisdiction['formOptions']>;
    labels = { ...own, ...Object.fromEntries((extraFields ?? []).map((f) => [`/extra/${f.key}`, f.title])) };
    labelsByOptions.set(o, labels);
  }
  return labels;
}

/** Problems the rules find in one record (schema problems are not included). */
export function ruleProblems(form: FormId | FormDefinition, data: unknown, options: FormCheckOptions = {}): FieldProblem[] {
  const found = everyRuleProblem(form, data, options);
  return found.length ? found.filter((p) => !p.warning) : found;
}

/**
 * The only rules that raise reminders. The page shows reminders live, on
 * every keystroke, so it runs just these — not the schema walk of every field
 * the other rules do. A test checks that no other rule warns.
 */
export const warningRules: Rule[] = [studentConsistencyRule, responsibilityPledgeRule];

/** What the rules only ask the user to check (the record stays valid), e.g. a pledge looser than the jurisdiction's target. */
export function ruleWarnings(form: FormId | FormDefinition, data: unknown, options: FormCheckOptions = {}): FieldProblem[] {
  return everyRuleProblem(form, data, options, true).filter((p) => p.warning);
}

/** Every rule of each form, in the order they run; built once, not per record. */
const allRules = Object.fromEntries(
  Object.entries(formRules).map(([id, rules]) => [id, [fieldFormatRule, ...rules, jurisdictionFieldsRule]]),
) as Record<FormId, Rule[]>;
const warningRulesOf = Object.fromEntries(
  Object.entries(allRules).map(([id, rules]) => [id, rules.filter((r) => warningRules.includes(r))]),
) as Record<FormId, Rule[]>;

function everyRuleProblem(form: FormId | FormDefinition, data: unknown, options: FormCheckOptions, warningsOnly = false): FieldProblem[] {
  if (!isObject(data)) return [];
  const definition = typeof form === 'string' ? registeredForm(form) : form;
  const formId = definition.id;
  const ctx: RuleContext = {
    form: definition,
    today: options.today ?? todayIso(),
    jurisdiction: options.jurisdiction ?? null,
    labels: formLabels(definition, options.jurisdiction),
    data,
    schemaValid: options.schemaValid === true,
  };
  let out: FieldProblem[] | undefined;
  let seen: Set<string> | undefined;
  for (const rule of (warningsOnly ? warningRulesOf : allRules)[formId]) {
    const found = rule(data, ctx);
    // Most records have no problem at all: nothing to collect or compare then.
    if (!found.length) continue;
    out ??= [];
    seen ??= new Set(out.map((p) => `${p.pointer}|${p.message}`));
    for (const p of found) {
      const key = `${p.pointer}|${p.message}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(p);
      }
    }
  }
  return out ?? [];
}

interface ErrorNode {
  __errors?: string[];
  addError?: (message: string) => void;
  [key: string]: unknown;
}

const child = (node: ErrorNode, key: string): ErrorNode => {
  let next = node[key] as ErrorNode | undefined;
  if (!next || typeof next !== 'object') {
    const fresh: ErrorNode = { __errors: [] };
    fresh.addError = (m: string) => fresh.__errors!.push(m);
    node[key] = next = fresh;
  }
  return next;
};

/**
 * rjsf `customValidate(formData, errors)`: adds each rule problem to the
 * field it names (creating error nodes rjsf did not pre-build, e.g. for a
 * missing extra field). Pass the same options the page uses for `today`
 * and the jurisdiction.
 */
export function createCustomValidate(form: FormId | FormDefinition, options: FormCheckOptions = {}) {
  return <T>(formData: unknown, errors: T): T => {
    for (const p of ruleProblems(form, formData, options)) {
      let node = errors as unknown as ErrorNode;
      for (const seg of p.pointer.split('/').slice(1)) node = child(node, seg.replace(/~1/g, '/').replace(/~0/g, '~'));
      if (typeof node.addError === 'function') node.addError(p.message);
      else (node.__errors ??= []).push(p.message);
    }
    return errors;
  };
}
