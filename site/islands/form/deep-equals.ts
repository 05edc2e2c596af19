/**
 * Stand-in for fast-equals in the browser (aliased in astro.config.mjs). Its
 * only user on form pages, @rjsf/utils' deepEquals, calls
 * `createCustomEqual({ circular: true, createCustomConfig })` to compare form
 * data, schemas, uiSchemas and props: JSON values, functions (any function
 * equals any function there) and React/Preact elements. fast-equals' general
 * comparator, with typed arrays, URLs, errors and strict mode, costs every form
 * page about 2 KB gzip more than this one.
 *
 * Same answers as fast-equals for everything above, Dates, RegExps, Maps and
 * Sets included (a unit test compares the two on generated values). Types this
 * one does not look inside (typed arrays, URLs, errors, …) compare equal only
 * when they are the same object: a false "unequal" costs rjsf one more render,
 * whereas a false "equal" would keep stale data on screen.
 */
type Eq = (a: unknown, b: unknown) => boolean;
interface Options {
  circular?: boolean;
  createCustomConfig?: (config: Record<string, unknown>) => { areFunctionsEqual?: (a: unknown, b: unknown) => boolean };
}

const { keys } = Object;
const { toString } = Object.prototype;

export function createCustomEqual(options: Options = {}): Eq {
  const functionsEqual = options.createCustomConfig?.({}).areFunctionsEqual ?? ((a, b) => a === b);
  // Pairs being compared further up: a circular structure equals another if it loops back the same way.
  let cache: WeakMap<object, object>;

  const objects = (a: Record<string, unknown>, b: Record<string, unknown>): boolean => {
    const ka = keys(a);
    const kb = keys(b);
    let i = ka.length;
    if (kb.length !== i) return false;
    const element = !!(a.$$typeof || b.$$typeof);
    while (i-- > 0) {
      const k = ka[i]!;
      // React's and Preact's owner and original-vnode links: circular and never what differs.
      if (element && (k === '_owner' || k === '__o' || k === '__v')) continue;
      if ((k !== kb[i] && !kb.includes(k)) || !equals(a[k], b[k])) return false;
    }
    return true;
  };

  const unordered = (a: Map<unknown, unknown> | Set<unknown>, b: Map<unknown, unknown> | Set<unknown>): boolean => {
    if (a.size !== b.size) return false;
    const isMap = a instanceof Map;
    const rest = [...b.entries()];
    for (const [ka, va] of a.entries()) {
      const j = rest.findIndex(([kb, vb]) => equals(ka, kb) && (!isMap || equals(va, vb)));
      if (j < 0) return false;
      rest.splice(j, 1);
    }
    return true;
  };

  const structured = (a: object, b: object): boolean => {
    const ctor = a.constructor;
    if (ctor !== b.constructor) return false;
    if (ctor === Object || ctor == null) return objects(a as Record<string, unknown>, b as Record<string, unknown>);
    if (Array.isArray(a)) {
      const bb = b as unknown[];
      let i = a.length;
      if (bb.length !== i) return false;
      while (i-- > 0) if (!equals(a[i], bb[i])) return false;
      return true;
    }
    const tag = toString.call(a);
    if (tag === '[object Date]') return Object.is((a as Date).getTime(), (b as Date).getTime());
    if (tag === '[object RegExp]') return (a as RegExp).source === (b as RegExp).source && (a as RegExp).flags === (b as RegExp).flags;
    if (tag === '[object Map]' || tag === '[object Set]') return unordered(a as Set<unknown>, b as Set<unknown>);
    if (tag === '[object Number]' || tag === '[object String]' || tag === '[object Boolean]') return Object.is(a.valueOf(), b.valueOf());
    // Class instances (a Preact component in an element's tree): compared like plain objects, thenables never.
    if (tag === '[object Object]' || tag === '[object Arguments]') {
      return typeof (a as { then?: unknown }).then !== 'function' && typeof (b as { then?: unknown }).then !== 'function' && objects(a as Record<string, unknown>, b as Record<string, unknown>);
    }
    return false;
  };

  function equals(a: unknown, b: unknown): boolean {
    if (a === b) return true;
    if (a == null || b == null) return false;
    const type = typeof a;
    if (type !== typeof b) return false;
    if (type === 'function') return functionsEqual(a, b);
    if (type !== 'object') return type === 'number' && Object.is(a, b);
    const oa = a as object;
    const ob = b as object;
    if (options.circular) {
      const ca = cache.get(oa);
      const cb = cache.get(ob);
      if (ca && cb) return ca === ob && cb === oa;
      cache.set(oa, ob).set(ob, oa);
      const result = structured(oa, ob);
      cache.delete(oa);
      cache.delete(ob);
      return result;
    }
    return structured(oa, ob);
  }

  return (a, b) => {
    cache = new WeakMap();
    return equals(a, b);
  };
}
