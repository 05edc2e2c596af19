import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { optionPlaceholder, UsageError } from './usage.ts';

/** node:util parseArgs, with its English errors turned into a Chinese usage error. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    // Node names the option as `'--only <value>'`: keep only the option, and give the Chinese placeholder of the usage line.
    const m = /'(--?[^' ]+)[^']*'/.exec(error instanceof Error ? error.message : '');
    const option = m?.[1] ?? '';
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`不认识的选项 ${option}。`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const placeholder = optionPlaceholder(option);
      throw new UsageError(`选项 ${option} 缺少取值${placeholder ? `，应写成 ${option} ${placeholder}` : ''}。`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError('多余的参数。');
    throw new UsageError('参数有误。');
  }
}

export const configDirOption = { 'config-dir': { type: 'string', default: 'config' } } as const;

/** `--config-dir` of commands that only read the config (check, resolve): no default, see configDirToRead. */
export const readConfigDirOption = { 'config-dir': { type: 'string' } } as const;

/** The config shipped with this package, whatever the working directory. */
export const shippedConfigDir = join(import.meta.dirname, '..', '..', 'config');

/**
 * Where a reading command finds the config: --config-dir when given, else
 * ./config, else the config shipped with the package — so that
 * `npx baoxue check` works from the folder where the exported files are.
 */
export function configDirToRead(given: string | undefined): string {
  if (given !== undefined) return given;
  return existsSync('config') ? 'config' : shippedConfigDir;
}
