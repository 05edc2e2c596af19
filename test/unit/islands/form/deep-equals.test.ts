/**
 * Form pages compare with a stand-in for fast-equals (site/islands/form/deep-equals.ts),
 * built the way @rjsf/utils' deepEquals builds its comparator. On JSON values,
 * functions, Dates, RegExps, Maps, Sets, elements and circular structures it
 * must answer exactly as fast-equals; on anything else it may only say
 * "unequal" where fast-equals says "equal", never the other way round.
 */
import { createCustomEqual as fastEquals } from 'fast-equals';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCustomEqual } from '../../../../site/islands/form/deep-equals.ts';

// As in @rjsf/utils/lib/deepEquals.js.
const options = { circular: true, createCustomConfig: () => ({ areFunctionsEqual: (_a: unknown, b: unknown) => typeof b === 'function' }) };
const ours = createCustomEqual(options);
const theirs = fastEquals(options as never);

const f1 = () => 1;
const f2 = () => 2;
const leaf = fc.oneof(
  fc.constantFrom(0, -0, 1, NaN, Infinity, '', 'a', '八年级', true, false, null, undefined, f1, f2),
  fc.integer({ min: -3, max: 3 }),
  fc.string({ maxLength: 2 }),
  fc.integer({ min: 0, max: 2 }).map((t) => new Date(t * 1000)),
  fc.constantFrom(/a/, /a/g, /b/),
);
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('arr'), tie('obj'), tie('map'), tie('set'), tie('el')),
  arr: fc.array(tie('v'), { maxLength: 3 }),
  obj: fc.dictionary(fc.constantFrom('a', 'b', 'c', '$$typeof', '_owner'), tie('v'), { maxKeys: 3 }),
  map: fc.array(fc.tuple(fc.constantFrom('a', 'b', 1), tie('v')), { maxLength: 2 }).map((e) => new Map(e)),
  set: fc.array(tie('v'), { maxLength: 2 }).map((e) => new Set(e)),
  // An element: its owner link is ignored, its props are not.
  el: fc.record({ $$typeof: fc.constant(Symbol.for('react.element')), type: fc.constantFrom('div', 'span'), props: tie('obj'), _owner: tie('v') }),
}));

/** A value and an independently built copy, perhaps with one small change deep inside. */
const pair = value.v.chain((a) =>
  fc.oneof(
    fc.constant([a, structuredCopy(a)] as const),
    value.v.map((b) => [a, b] as const),
  ),
);

function structuredCopy(v: unknown): unknown {
  if (typeof v === 'function' || v === null || typeof v !== 'object') return v;
  if (v instanceof Date) return new Date(v.getTime());
  if (v instanceof RegExp) return new RegExp(v.source, v.flags);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, structuredCopy(x)]));
  if (v instanceof Set) return new Set([...v].map(structuredCopy));
  if (Array.isArray(v)) return v.map(structuredCopy);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, structuredCopy(x)]));
}

describe('deep-equals stand-in', () => {
  it('answers as fast-equals on generated values and their copies', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(ours(a, b)).toBe(theirs(a, b));
        expect(ours(b, a)).toBe(theirs(b, a));
      }),
      { numRuns: 3000 },
    );
  });

  it('copies compare equal and changed copies unequal (so the property above sees both answers)', () => {
    const record = { name: '张三', grades: [7, 8], visits: [{ date: new Date(0), notes: '家访' }], onChange: f1 };
    expect(ours(record, structuredCopy(record))).toBe(true);
    expect(ours(record, { ...record, grades: [7, 9] })).toBe(false);
    expect(ours(record, { ...record, extra: undefined })).toBe(false);
    expect(ours({ a: f1 }, { a: f2 })).toBe(true);
    expect(ours({ a: f1 }, { a: 1 })).toBe(false);
    expect(ours([NaN], [NaN])).toBe(true);
    expect(ours(Object.create(null), {})).toBe(theirs(Object.create(null), {}));
  });

  it('compares circular structures by shape', () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    const b: Record<string, unknown> = { x: 1 };
    b.self = b;
    const c: Record<string, unknown> = { x: 2 };
    c.self = c;
    expect(ours(a, b)).toBe(true);
    expect(ours(a, c)).toBe(false);
    expect(ours(a, b)).toBe(theirs(a, b));
  });

  it('ignores an element owner, not its props', () => {
    const el = (owner: unknown, text: string) => ({ $$typeof: Symbol.for('react.element'), type: 'p', props: { children: text }, _owner: owner, __v: owner });
    expect(ours(el({ id: 1 }, '甲'), el({ id: 2 }, '甲'))).toBe(true);
    expect(ours(el({ id: 1 }, '甲'), el({ id: 1 }, '乙'))).toBe(false);
  });

  it('never calls equal what fast-equals calls unequal, on types it does not look inside', () => {
    const pairs: [unknown, unknown][] = [
      [new Uint8Array([1, 2]), new Uint8Array([1, 2])],
      [new URL('https://a.example/x'), new URL('https://a.example/x')],
      [new Error('x'), new Error('x')],
      [Promise.resolve(1), Promise.resolve(1)],
      [new (class A {})(), new (class B {})()],
    ];
    for (const [a, b] of pairs) if (ours(a, b)) expect(theirs(a, b)).toBe(true);
  });
});
