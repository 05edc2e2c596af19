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

/** The kind's complaints about a value (without the field's name); empty when it is fine. */
function complaints(kind: Kind, value: string, path: string, ctx: RuleContext): { code: string; text: string }[] {
  switch (kind) {
    case 'date': {
      if (!isRealDate(value)) return [{ code: 'bad-date', text: `${value} 不是真实存在的日期。` }];
      // ISO dates order lexically; a day not after today needs no further look.
      if (value <= ctx.today || ctx.form.futureDatesAllowed.includes(path)) return none;
      const p = checkNotFuture(value, ctx.today);
      return p ? [{ code: 'future-date', text: p }] : none;
    }
    case 'idNumber': {
      const found = checkIdNumber(value, ctx.today);
      return found.length ? found.map((text) => ({ code: 'bad-id-number', text })) : none;
    }
    case 'phone': {
      const p = checkPhone(value);
      return p ? [{ code: 'bad-phone', text: p }] : none;
    }
    case 'studentNumber': {
      const found = checkStudentNumber(value);
      return found.length ? found.map((text) => ({ code: 'bad-student-number', text })) : none;
    }
  }
}

/**
 * A schema node turned into a function that checks a value there: the $ref
 * resolved, patterns compiled and subtrees without any checked field left out,
 * once per schema. Checking a valid record then allocates almost nothing —
 * `baoxue check` runs this on millions of records — and messages (with the
 * field's title, which takes a schema walk) are built only for a problem.
 */
type Walker = (value: unknown, at: Segments, ctx: RuleContext, out: FieldProblem[]) => void;
/** The pointer's segments down to the value being checked: joined only for a problem. */
type Segments = (string | number)[];
const pointerOf = (at: Segments) => (at.length ? '/' + at.join('/') : '');
const none: { code: string; text: string }[] = [];

function compile(root: Schema, schemaNode: Schema, path: string, active: Set<Schema>): Walker | undefined {
  if (active.has(schemaNode)) {
    // A recursive schema: compile the inner occurrence when a value reaches it.
    let inner: Walker | undefined | null = null;
    return (value, at, ctx, out) => {
      if (inner === null) inner = compile(root, schemaNode, path, new Set());
      inner?.(value, at, ctx, out);
    };
  }
  active.add(schemaNode);
  try {
    const { node, kind } = local(root, schemaNode);
    const pattern = typeof node.pattern === 'string' ? patternOf(node.pattern) : undefined;
    const isCode = node['x-code'] === true;
    const items = node.items && typeof node.items === 'object' ? compile(root, node.items as Schema, path, active) : undefined;
    const hasItems = !!node.items && typeof node.items === 'object';
    // Parallel arrays rather than pairs: the loop below runs for every object of every record.
    const keys: string[] = [];
    const children: Walker[] = [];
    for (const [k, s] of Object.entries((node.properties as Record<string, Schema> | undefined) ?? {})) {
      const w = compile(root, s, `${path === '/' ? '' : path}/${k}`, active);
      if (w) keys.push(k), children.push(w);
    }
    const hasProps = !!node.properties;
    if (!kind && !items && !keys.length) return undefined;
    return (value, segs, ctx, out) => {
      if (kind && typeof value === 'string') {
        // A value the schema's own pattern rejects already has its message (also in rjsf, which cannot drop duplicates).
        if (pattern && !ctx.schemaValid && !pattern.test(value)) return;
        const found = complaints(kind, value, path, ctx);
        if (!found.length) return;
        const at = pointerOf(segs);
        // A phone number wrong only for its spaces or full-width digits: say that, with the number to write.
        const fullWidth = isCode ? fullWidthProblem(value, (half) => complaints(kind, half, path, ctx).length === 0) : undefined;
        if (fullWidth) out.push(problemAt(ctx, at, 'full-width', fullWidth));
        else for (const c of found) out.push(problemAt(ctx, at, c.code, c.text));
        return;
      }
      if (Array.isArray(value) && hasItems) {
        if (items) {
          for (let i = 0; i < value.length; i++) {
            segs.push(i);
            items(value[i], segs, ctx, out);
            segs.pop();
          }
        }
      } else if (value && typeof value === 'object' && hasProps) {
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i]!;
          if (!(k in value)) continue;
          segs.push(k);
          children[i]!((value as Record<string, unknown>)[k], segs, ctx, out);
          segs.pop();
        }
      }
    };
  } finally {
    active.delete(schemaNode);
  }
}

const walkers = new WeakMap<Schema, Walker | undefined>();

export const fieldFormatRule: Rule = (data, ctx) => {
  const root = ctx.form.schema;
  let walker = walkers.get(root);
  if (!walker && !walkers.has(root)) walkers.set(root, (walker = compile(root, root, '/', new Set())));
  const out: FieldProblem[] = [];
  walker?.(data, [], ctx, out);
  return out;
};
