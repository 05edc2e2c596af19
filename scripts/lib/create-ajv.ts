import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Options } from 'ajv';

/**
 * One Ajv configuration for everything: the CLI, the generated standalone
 * validators and the tests all see the same errors. `verbose` keeps
 * `parentSchema` on errors so messages can name the field's Chinese title.
 */
export const ajvOptions: Options = {
  allErrors: true,
  verbose: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  code: { source: true, esm: true, lines: false },
};

export function createAjv(options: Options = {}): Ajv2020 {
  return new Ajv2020({ ...ajvOptions, ...options });
}
