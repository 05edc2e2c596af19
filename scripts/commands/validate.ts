import { loadConfig } from '../../site/lib/config/load-config.ts';
import { configDirOption, parse } from './args.ts';
import { reportDiagnostics } from './report.ts';
import { UsageError } from './usage.ts';
import { quote } from '../../site/lib/text/quote-value.ts';

export async function validateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, configDirOption);
  if (positionals.length) throw new UsageError(`validate 不接受参数 ${quote(positionals[0])}。`);
  const set = loadConfig(values['config-dir']);
  return reportDiagnostics(set).errors > 0 ? 1 : 0;
}
