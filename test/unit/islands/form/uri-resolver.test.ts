/** The browser's stand-in for fast-uri must resolve and compare the form schemas' references exactly as fast-uri does. */
import { readdirSync, readFileSync } from 'node:fs';
import fastUri from 'fast-uri';
import { describe, expect, it } from 'vitest';
import shim from '../../../../site/islands/form/uri-resolver.ts';

/** Every $id and $ref of the form schemas, with the $id each is resolved against. */
function references(): [string, string][] {
  const out: [string, string][] = [];
  for (const f of readdirSync('schemas/forms').filter((n) => n.endsWith('.schema.json'))) {
    const schema = JSON.parse(readFileSync(`schemas/forms/${f}`, 'utf8'));
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      const ref = (node as { $ref?: unknown }).$ref;
      if (typeof ref === 'string') out.push([schema.$id, ref]);
      Object.values(node).forEach(walk);
    };
    walk(schema);
    out.push([schema.$id, schema.$id]);
  }
  return out;
}

describe('uri-resolver', () => {
  const refs = references();

  it('resolves every reference of the form schemas as fast-uri does', () => {
    expect(refs.length).toBeGreaterThan(20);
    for (const [base, ref] of refs) expect(shim.resolve(base, ref)).toBe(fastUri.resolve(base, ref));
  });

  it('compares them as fast-uri does', () => {
    for (const [base, ref] of refs) {
      const resolved = fastUri.resolve(base, ref);
      const id = resolved.split('#')[0]!;
      expect(shim.equal(id, base)).toBe(fastUri.equal(id, base));
      expect(shim.equal(base.toUpperCase(), base)).toBe(fastUri.equal(base.toUpperCase(), base));
    }
  });
});
