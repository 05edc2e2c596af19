/**
 * Checks driven by the schema itself: every field defined by one of the
 * shared `$defs` gets that definition's semantic check, wherever it appears —
 * `date` (a real day, not in the future unless the form allows it),
 * `idNumber`, `phone`, `studentNumber`.
 *
 * Exports: fieldFormatRule.
 */
import type { FieldProblem } from '../../validation/format-errors.ts';
import type { Schema } from '../form-registry.ts';
import { fieldPath } from '../field-label.ts';
import { checkNotFuture, isRealDate } from './dates.ts';
import { checkIdNumber } from './id-number.ts';
import { checkPhone } from './phone.ts';
import { checkStudentNumber } from './student-number.ts';
import { fullWidthProblem } from '../code-fields.ts';
import { problemAt, type Rule, type RuleContext } from './rule-context.ts';

type Kind = 'date' | 'idNumber' | 'phone' | 'studentNumber';
const kinds = new Set<string>(['date', 'idNumber', 'phone', 'studentNumber']);

// Compiled once: the rule runs on every validation of a long form.
const patterns = new Map<string, RegExp>();
const patternOf = (source: string) => {
  let p = patterns.get(source);
  if (!p) patterns.set(source, (p = new RegExp(source, 'u')));
  return p;
};

function local(root: Schema, node: Schema): { node: Schema; kind?: Kind } {
  const ref = node.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/$defs/')) {
    const name = ref.slice('#/$defs/'.length);
    const target = ((root.$defs as Record<string, Schema> | undefined) ?? {})[name] ?? {};
    return { node: { ...target, ...node }, ...(kinds.has(name) ? { kind: name as Kind } : {}) };
  }
  return { node };
}

function check(kind: Kind, value: string, pointer: string, ctx: RuleContext): FieldProblem[] {
  switch (kind) {
    case 'date': {
      if (!isRealDate(value)) return [problemAt(ctx, pointer, 'bad-date', `${value} 不是真实存在的日期。`)];
      if (ctx.form.futureDatesAllowed.includes(fieldPath(pointer))) return [];
      const p = checkNotFuture(value, ctx.today);
      return p ? [problemAt(ctx, pointer, 'future-date', p)] : [];
    }
    case 'idNumber':
      return checkIdNumber(value, ctx.today).map((t) => problemAt(ctx, pointer, 'bad-id-number', t));
    case 'phone': {
      const p = checkPhone(value);
      return p ? [problemAt(ctx, pointer, 'bad-phone', p)] : [];
    }
    case 'studentNumber':
      return checkStudentNumber(value).map((t) => problemAt(ctx, pointer, 'bad-student-number', t));
  }
}

export const fieldFormatRule: Rule = (data, ctx) => {
  const root = ctx.form.schema;
  const out: FieldProblem[] = [];
  const walk = (schemaNode: Schema, value: unknown, pointer: string) => {
    const { node, kind } = local(root, schemaNode);
    if (kind && typeof value === 'string') {
      // A value the schema's own pattern rejects already has its message (also in rjsf, which cannot drop duplicates).
      if (typeof node.pattern === 'string' && !patternOf(node.pattern).test(value)) return;
      const problems = check(kind, value, pointer, ctx);
      // A phone number wrong only for its spaces or full-width digits: say that, with the number to write.
      const fullWidth = problems.length && node['x-code'] === true ? fullWidthProblem(value, (half) => check(kind, half, pointer, ctx).length === 0) : undefined;
      out.push(...(fullWidth ? [problemAt(ctx, pointer, 'full-width', fullWidth)] : problems));
      return;
    }
    if (Array.isArray(value) && node.items && typeof node.items === 'object') {
      value.forEach((v, i) => walk(node.items as Schema, v, `${pointer}/${i}`));
    } else if (value && typeof value === 'object' && node.properties) {
      for (const [k, s] of Object.entries(node.properties as Record<string, Schema>)) {
        if (k in (value as object)) walk(s, (value as Record<string, unknown>)[k], `${pointer}/${k}`);
      }
    }
  };
  walk(root, data, '');
  return out;
};
