/** The page's fast-uri stand-in resolves and compares every form schema's refs exactly as fast-uri does. */
import fastUri from 'fast-uri';
import { describe, expect, it } from 'vitest';
import { formIds, forms } from '../../../../site/lib/forms/form-registry.ts';
import standIn from '../../../../site/islands/form/uri-resolver.ts';

function* refs(node: unknown): Generator<string> {
  if (Array.isArray(node)) for (const n of node) yield* refs(n);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') yield v;
      else yield* refs(v);
    }
  }
}

describe('uri-resolver', () => {
  it.each(formIds.map((id) => [id] as const))('matches fast-uri on the refs of %s', (id) => {
    const base = forms[id].schema.$id;
    const all = [...new Set(refs(forms[id].schema))];
    expect(all.length).toBeGreaterThan(0);
    for (const ref of [...all, base, `${base}#`, '#']) {
      const resolved = standIn.resolve(base, ref);
      expect(resolved, ref).toBe(fastUri.resolve(base, ref));
      expect(standIn.equal(base, resolved), ref).toBe(fastUri.equal(base, resolved));
      expect(standIn.equal(resolved, resolved.replace('https://baoxue.local', 'HTTPS://BAOXUE.LOCAL'))).toBe(true);
    }
  });
});
