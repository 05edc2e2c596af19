import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Options } from 'ajv';

/** Non-standard annotation keywords used in schemas/ (no validation effect). */
export const customKeywords = ['x-form-version', 'x-code', 'x-enum-labels', 'x-inputmode'] as const;

/**
 * One Ajv configuration for everything: the CLI, the generated standalone
 * validators and the tests all see the same errors. `verbose` keeps
 * `parentSchema` on errors so messages can name the field's Chinese title.
 */
export const ajvOptions: Options = {
  allErrors: true,
  // Annotation keywords of our own, declared so strict mode accepts them.
  // `x-form-version` (integer, on each form schema's root) is the form's data
  // version written into exported files; see site/lib/forms/form-registry.ts.
  // `x-code: true` marks a field holding a code typed digit by digit (身份证号,
  // 学籍号, phone, 学校标识码): the page writes it half-width without spaces;
  // see site/lib/forms/code-fields.ts.
  // `x-enum-labels` (object, enum value → 中文名) names an enum's options in Chinese.
  // `x-inputmode` (numeric|decimal|tel|text) picks a phone's keyboard for a text
  // field; see site/lib/forms/keyboard.ts.
  keywords: [...customKeywords],
  verbose: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  code: { source: true, esm: true, lines: false },
};

export function createAjv(options: Options = {}): Ajv2020 {
  return new Ajv2020({ ...ajvOptions, ...options });
}
