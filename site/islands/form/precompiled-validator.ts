/**
 * rjsf's precompiled validator for one form. rjsf 6 validates against the
 * "retrieved" root schema (its $refs resolved for the current data), which
 * the precompiled validator's identity check then rejects ("schema ... differs
 * from the rootSchema") for schemas with `$ref` plus sibling keywords, as ours
 * have. The root schema is fixed per page, so every validation runs the
 * compiled root function, which is what the check is there to ensure.
 */
import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import createPrecompiledValidator from '@rjsf/validator-ajv8/lib/createPrecompiledValidator.js';
import type { Localizer, ValidatorFunctions } from '@rjsf/validator-ajv8/lib/types.js';

export function precompiledValidator(fns: ValidatorFunctions, rootSchema: RJSFSchema, localizer?: Localizer): ValidatorType {
  const validator = createPrecompiledValidator(fns, rootSchema, localizer);
  const raw = validator.rawValidation.bind(validator);
  validator.rawValidation = ((_schema: RJSFSchema, formData: unknown) => raw(rootSchema, formData)) as typeof validator.rawValidation;
  return validator;
}
