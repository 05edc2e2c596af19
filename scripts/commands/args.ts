import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage.ts';

/** node:util parseArgs, with its English errors turned into a Chinese usage error. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const m = /'(--?[^']+)'/.exec(error instanceof Error ? error.message : '');
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`不认识的选项 ${m?.[1] ?? ''}。`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(`选项 ${m?.[1] ?? ''} 缺少取值。`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError('多余的参数。');
    throw new UsageError('参数有误。');
  }
}

export const configDirOption = { 'config-dir': { type: 'string', default: 'config' } } as const;
