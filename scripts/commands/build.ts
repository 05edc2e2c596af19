import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { hasErrors, loadConfig } from '../../site/lib/config/load-config.ts';
import { hint } from '../../site/lib/text/did-you-mean.ts';
import { configDirOption, parse } from './args.ts';
import { reportDiagnostics } from './report.ts';
import { repoRoot } from '../lib/schema-files.ts';

/** Validate first (clear messages), then hand over to `astro build` with the chosen config and output. */
export async function buildCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { ...configDirOption, only: { type: 'string', multiple: true }, out: { type: 'string', default: 'dist' } }, false);
  const set = loadConfig(values['config-dir']);
  if (hasErrors(set)) {
    reportDiagnostics(set);
    return 1;
  }
  for (const id of values.only ?? []) {
    if (!set.jurisdictions.has(id)) {
      process.stderr.write(`--only 中的辖区 “${id}” 不存在。${hint(id, set.jurisdictions.keys())}\n`);
      return 1;
    }
  }
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    BAOXUE_CONFIG_DIR: resolve(values['config-dir']),
    BAOXUE_OUT_DIR: resolve(values.out),
    ...(values.only?.length ? { BAOXUE_ONLY: values.only.join(',') } : {}),
  };
  const astro = resolve(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const r = spawnSync(process.execPath, [astro, 'build', '--root', repoRoot], { stdio: 'inherit', env });
  if (r.status !== 0) {
    process.stderr.write('网站生成失败，请查看上面的输出。\n');
    return 1;
  }
  process.stdout.write(`网站已生成到 ${values.out}/。\n`);
  return 0;
}
