import { validateCommand } from './validate.ts';
import { resolveCommand } from './resolve.ts';
import { buildCommand } from './build.ts';
import { newCommand } from './new.ts';
import { checkCommand } from './check.ts';
import { importDocumentCommand } from './import-document.ts';
import { aggregateCommand } from './aggregate.ts';

export type Command = (args: string[]) => Promise<number>;

export const commands: Record<string, Command> = {
  validate: validateCommand,
  resolve: resolveCommand,
  build: buildCommand,
  new: newCommand,
  check: checkCommand,
  'import-document': importDocumentCommand,
  aggregate: aggregateCommand,
};
