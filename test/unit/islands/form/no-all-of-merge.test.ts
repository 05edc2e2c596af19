/**
 * Form pages ship a stand-in for @x0k/json-schema-merge that cannot merge
 * `allOf` (site/islands/form/no-all-of-merge.ts): that holds only while no
 * form schema has one, which this test checks on every form, and the stand-in
 * must fail loudly, in Chinese, the day one does.
 */
import { describe, expect, it } from 'vitest';
import { formIds, forms } from '../../../../site/lib/forms/form-registry.ts';
import { ALL_OF_MESSAGE, createMerger, createShallowAllOfMerge } from '../../../../site/islands/form/no-all-of-merge.ts';

function* allOfPaths(node: unknown, path = ''): Generator<string> {
  if (Array.isArray(node)) for (const [i, n] of node.entries()) yield* allOfPaths(n, `${path}/${i}`);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'allOf') yield `${path}/allOf`;
      yield* allOfPaths(v, `${path}/${k}`);
    }
  }
}

describe('no allOf in form schemas', () => {
  it.each(formIds.map((id) => [id] as const))('%s has no allOf anywhere', (id) => {
    expect([...allOfPaths(forms[id].schema)]).toEqual([]);
  });

  it('the walk finds an allOf nested in $defs and items', () => {
    const schema = { $defs: { visit: { type: 'array', items: [{ allOf: [{ type: 'string' }] }] } } };
    expect([...allOfPaths(schema)]).toEqual(['/$defs/visit/items/0/allOf']);
  });
});

describe('the merge stand-in', () => {
  const merge = createShallowAllOfMerge(createMerger().mergeArrayOfSchemaDefinitions);

  it('passes a schema without allOf through unchanged', () => {
    const schema = { type: 'object', properties: { name: { type: 'string' } } };
    expect(merge(schema)).toBe(schema);
  });

  it('refuses an allOf with a Chinese message that says what to do', () => {
    expect(() => merge({ allOf: [{ type: 'string' }, { minLength: 1 }] })).toThrow(ALL_OF_MESSAGE);
    expect(ALL_OF_MESSAGE).toMatch(/allOf.*properties/);
  });
});
