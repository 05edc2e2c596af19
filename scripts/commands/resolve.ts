import { hasErrors, loadConfig } from '../../site/lib/config/load-config.ts';
import { resolveJurisdiction } from '../../site/lib/config/resolve.ts';
import { hint } from '../../site/lib/text/did-you-mean.ts';
import { configDirToRead, parse, readConfigDirOption } from './args.ts';
import { reportDiagnostics } from './report.ts';
import { UsageError } from './usage.ts';
import { quote } from '../../site/lib/text/quote-value.ts';

export async function resolveCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, readConfigDirOption);
  if (positionals.length !== 1) throw new UsageError('resolve 需要且只需要一个辖区标识，例如 npx baoxue resolve tanghe。');
  const id = positionals[0]!;
  const set = loadConfig(configDirToRead(values['config-dir']));
  if (hasErrors(set)) {
    reportDiagnostics(set);
    return 1;
  }
  if (!set.jurisdictions.has(id)) {
    process.stderr.write(`找不到辖区 ${quote(id)}。${hint(id, set.jurisdictions.keys()) || `已有辖区：${[...set.jurisdictions.keys()].join('、')}。`}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(resolveJurisdiction(set, id), null, 2)}\n`);
  return 0;
}
