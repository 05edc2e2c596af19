/**
 * The generated precompiled validator module of a form (rjsf's `validateFns`
 * map), loaded on demand so a page or the CLI only pulls in the form it needs.
 * Requires `npm run generate` to have run.
 *
 * Stable exports: loadValidateFns(formId).
 */
import type { ValidateFunction } from '../validation/types.ts';
import type { FormId } from './form-registry.ts';

type Fns = Record<string, ValidateFunction>;

const loaders: Record<FormId, () => Promise<{ default: Fns }>> = {
  'dropout-registration': () => import('../../generated/validators/forms/dropout-registration.js'),
  'monthly-report': () => import('../../generated/validators/forms/monthly-report.js'),
  verification: () => import('../../generated/validators/forms/verification.js'),
  'persuasion-record': () => import('../../generated/validators/forms/persuasion-record.js'),
  'home-education-record': () => import('../../generated/validators/forms/home-education-record.js'),
  'return-notice': () => import('../../generated/validators/forms/return-notice.js'),
  'responsibility-pledge': () => import('../../generated/validators/forms/responsibility-pledge.js'),
};

export async function loadValidateFns(formId: FormId): Promise<Fns> {
  return (await loaders[formId]()).default;
}
