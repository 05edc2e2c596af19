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
 * A schema node turned into a plain tree of what to check there: the $ref
 * resolved, patterns compiled and subtrees without any checked field left out,
 * once per schema. One interpreter function walks it (walk, below): a valid
 * record then allocates almost nothing — `baoxue check` runs this on millions
 * of records — and messages (with the field's title, which takes a schema
 * walk) are built only for a problem. A tree of data rather than a closure per
 * node, so the engine optimises one hot function instead of many small ones.
 */
interface Walker {
  kind: Kind | undefined;
  /** the field path without indices, as futureDatesAllowed names it */
  path: string;
  pattern: RegExp | undefined;
  isCode: boolean;
  /** the schema has `items` (an array is walked only then) … */
  hasItems: boolean;
  /** … and they hold a checked field */
  items: Walker | undefined;
  /** the schema has `properties` (an object is walked only then) */
  hasProps: boolean;
  /** parallel arrays rather than pairs: the loop runs for every object of every record */
  keys: string[];
  children: Walker[];
  /** a recursive schema: the inner occurrence, compiled when a value first reaches it */
  recursive?: { root: Schema; schema: Schema; compiled: Walker | undefined | null };
}
/** The pointer's segments down to the value being checked: joined only for a problem. */
type Segments = (string | number)[];
const pointerOf = (at: Segments) => (at.length ? '/' + at.join('/') : '');
const none: { code: string; text: string }[] = [];

const blank = (path: string): Walker => ({ kind: undefined, path, pattern: undefined, isCode: false, hasItems: false, items: undefined, hasProps: false, keys: [], children: [] });

function compile(root: Schema, schemaNode: Schema, path: string, active: Set<Schema>): Walker | undefined {
  if (active.has(schemaNode)) return { ...blank(path), recursive: { root, schema: schemaNode, compiled: null } };
  active.add(schemaNode);
  try {
    const { node, kind } = local(root, schemaNode);
    const hasItems = !!node.items && typeof node.items === 'object';
    const items = hasItems ? compile(root, node.items as Schema, path, active) : undefined;
    const keys: string[] = [];
    const children: Walker[] = [];
    for (const [k, s] of Object.entries((node.properties as Record<string, Schema> | undefined) ?? {})) {
      const w = compile(root, s, `${path === '/' ? '' : path}/${k}`, active);
      if (w) keys.push(k), children.push(w);
    }
    if (!kind && !items && !keys.length) return undefined;
    return {
      kind,
      path,
      pattern: typeof node.pattern === 'string' ? patternOf(node.pattern) : undefined,
      isCode: node['x-code'] === true,
      hasItems,
      items,
      hasProps: !!node.properties,
      keys,
      children,
    };
  } finally {
    active.delete(schemaNode);
  }
}

function walk(w: Walker, value: unknown, segs: Segments, ctx: RuleContext, out: FieldProblem[]): void {
  if (w.recursive) {
    const r = w.recursive;
    if (r.compiled === null) r.compiled = compile(r.root, r.schema, w.path, new Set());
    if (r.compiled) walk(r.compiled, value, segs, ctx, out);
    return;
  }
  const kind = w.kind;
  if (kind && typeof value === 'string') {
    // A value the schema's own pattern rejects already has its message (also in rjsf, which cannot drop duplicates).
    if (w.pattern && !ctx.schemaValid && !w.pattern.test(value)) return;
    const found = complaints(kind, value, w.path, ctx);
    if (!found.length) return;
    const at = pointerOf(segs);
    // A phone number wrong only for its spaces or full-width digits: say that, with the number to write.
    const fullWidth = w.isCode ? fullWidthProblem(value, (half) => complaints(kind, half, w.path, ctx).length === 0) : undefined;
    if (fullWidth) out.push(problemAt(ctx, at, 'full-width', fullWidth));
    else for (const c of found) out.push(problemAt(ctx, at, c.code, c.text));
    return;
  }
  if (Array.isArray(value) && w.hasItems) {
    const items = w.items;
    if (!items) return;
    for (let i = 0; i < value.length; i++) {
      segs.push(i);
      walk(items, value[i], segs, ctx, out);
      segs.pop();
    }
  } else if (value && typeof value === 'object' && w.hasProps) {
    const keys = w.keys;
    const children = w.children;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      // A missing key and a key holding undefined are alike: neither has anything to check.
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined) continue;
      segs.push(k);
      walk(children[i]!, v, segs, ctx, out);
      segs.pop();
    }
  }
}

const walkers = new WeakMap<Schema, Walker | undefined>();

export const fieldFormatRule: Rule = (data, ctx) => {
  const root = ctx.form.schema;
  let walker = walkers.get(root);
  if (!walker && !walkers.has(root)) walkers.set(root, (walker = compile(root, root, '/', new Set())));
  const out: FieldProblem[] = [];
  if (walker) walk(walker, data, [], ctx, out);
  return out;
};
