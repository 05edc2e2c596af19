import zh from 'ajv-i18n/localize/zh/index.js';
import type { ValidationError } from './types.ts';

/** ajv-i18n's Chinese sentence for keywords we do not phrase ourselves. */
export function localize(error: ValidationError): string {
  const copy = { ...error };
  (zh as unknown as (errors: ValidationError[]) => void)([copy]);
  return copy.message ?? '不符合要求';
}
