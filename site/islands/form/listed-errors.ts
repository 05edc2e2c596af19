/**
 * The page's validation errors as the user reads them: once per field and
 * message (two fields whose messages read alike are two entries), in form
 * order (lib/forms/field-order.ts, the order `baoxue check` prints), each
 * with the DOM id of its field so the list can lead there.
 *
 * Exports: listedErrors, ListedError.
 */
import type { RJSFValidationError } from '@rjsf/utils';
import { formFieldId } from '../../lib/forms/field-id.ts';
import { sortByFormOrder } from '../../lib/forms/field-order.ts';
import { propertyPath } from './field-title.ts';

type Schema = Record<string, unknown>;

export interface ListedError {
  /** the field's DOM id (f_household_county) */
  id: string;
  message: string;
  /** unique within the list */
  key: string;
}

export function listedErrors(errors: RJSFValidationError[], schema: Schema, uiSchema: Schema | undefined): ListedError[] {
  const seen = new Set<string>();
  const out: (ListedError & { pointer: string })[] = [];
  for (const e of errors) {
    const message = e.message ?? e.stack;
    if (!message) continue;
    const path = propertyPath(e.property);
    const key = `${path.join('/')}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ id: formFieldId(path), message, key, pointer: path.length ? `/${path.join('/')}` : '' });
  }
  return sortByFormOrder(schema, uiSchema, out, (e) => e.pointer).map(({ pointer: _p, ...e }) => e);
}
