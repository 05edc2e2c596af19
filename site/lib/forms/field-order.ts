/**
 * Where a field stands in the form as the user sees it: an object's
 * properties in its uiSchema `ui:order` (the rest after them, in schema
 * order), a repeat group's rows by index. The page's error list, its first
 * focused error and `baoxue check` all follow it, so the first message is
 * about the first field to fix, not wherever the validator happened to start.
 *
 * Exports: orderedKeys, fieldPosition, compareFieldPositions, sortByFormOrder.
 */
import { createRegistry, schemaAt, type SchemaRegistry } from '../validation/schema-walk.ts';

type Schema = Record<string, unknown>;

/** An object schema's property keys in the order the form shows them. */
export function orderedKeys(schema: Schema, ui: Schema | undefined): string[] {
  const keys = Object.keys((schema.properties as Schema | undefined) ?? {});
  const order = ui?.['ui:order'];
  if (!Array.isArray(order)) return keys;
  const listed = order.filter((k): k is string => typeof k === 'string' && keys.includes(k));
  return [...listed, ...keys.filter((k) => !listed.includes(k))];
}

const registries = new WeakMap<Schema, SchemaRegistry>();

/** The field's position: one number per pointer segment (a key's place among its siblings, or a row's index). */
export function fieldPosition(root: Schema, uiSchema: Schema | undefined, pointer: string): number[] {
  let registry = registries.get(root);
  if (!registry) registries.set(root, (registry = createRegistry([root])));
  const segs = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const out: number[] = [];
  let ui = uiSchema;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    const s = schemaAt(root, i === 0 ? '' : '/' + segs.slice(0, i).join('/'), registry) ?? {};
    if (/^\d+$/.test(seg) && s.type === 'array') {
      out.push(Number(seg));
      ui = ui?.items as Schema | undefined;
      continue;
    }
    const keys = orderedKeys(s, ui);
    const at = keys.indexOf(seg);
    // A key the schema does not know (a jurisdiction's extra field) comes after the known ones.
    out.push(at >= 0 ? at : keys.length);
    ui = ui?.[seg] as Schema | undefined;
  }
  return out;
}

/** Sort comparator of positions: earlier fields first, a group before the fields inside it. */
export function compareFieldPositions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The items in form order of the fields they are about (stable: items about one field keep their order). */
export function sortByFormOrder<T>(root: Schema, uiSchema: Schema | undefined, items: T[], pointerOf: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ item, at: fieldPosition(root, uiSchema, pointerOf(item)) }));
  return keyed.sort((x, y) => compareFieldPositions(x.at, y.at)).map((k) => k.item);
}
