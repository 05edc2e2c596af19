/**
 * Stand-in for @x0k/json-schema-merge in the browser (aliased in
 * astro.config.mjs, both its main entry and `lib/array`). @rjsf/utils uses it
 * only to merge `allOf`, and no form schema has one (a unit test walks every
 * form schema to keep it so); the real merger would cost every form page
 * about 4 KB gzip. Should an `allOf` ever reach a form, the merge fails with a
 * message that says what to do instead of guessing at the merged schema.
 */
type Merge = (schema: Record<string, unknown>) => Record<string, unknown>;

export const ALL_OF_MESSAGE = '表单 schema 中出现了 allOf：表单页不合并 allOf（见 site/islands/form/no-all-of-merge.ts）。请把 allOf 的各部分直接写进该对象的 properties / required。';

const refuse = (): never => {
  throw new Error(ALL_OF_MESSAGE);
};

export function createShallowAllOfMerge(_merge?: unknown): Merge {
  return (schema) => ('allOf' in schema ? refuse() : schema);
}

export function createComparator() {
  return { compareSchemaDefinitions: refuse, compareSchemaValues: refuse };
}

export function createMerger(_options?: unknown) {
  return { mergeArrayOfSchemaDefinitions: refuse };
}

export function createDeduplicator(_compare?: unknown) {
  return refuse;
}

export function createIntersector(_compare?: unknown) {
  return refuse;
}
