import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeConfigSnapshot } from '../../site/lib/config/config-snapshot.ts';
import { hasErrors, loadConfig } from '../../site/lib/config/load-config.ts';
import { scopedJurisdictionIds } from '../../site/lib/site-scope.ts';
import { ancestry } from '../../site/lib/config/resolve.ts';
import { hint } from '../../site/lib/text/did-you-mean.ts';
import { configDirOption, parse } from './args.ts';
import { reportDiagnostics } from './report.ts';
import { repoRoot } from '../lib/schema-files.ts';
import { lossOnReplace, outDirState } from '../lib/out-dir.ts';
import { quote } from '../../site/lib/text/quote-value.ts';

/**
 * Validate first (clear messages), then hand over to `astro build` with the
 * chosen config and output. Astro empties the output folder: a build that
 * would delete pages it does not write again stops and says so, unless --force.
 */
export async function buildCommand(args: string[]): Promise<number> {
  const { values } = parse(
    args,
    { ...configDirOption, only: { type: 'string', multiple: true }, out: { type: 'string', default: 'dist' }, force: { type: 'boolean', default: false } },
    false,
  );
  const set = loadConfig(values['config-dir']);
  if (hasErrors(set)) {
    reportDiagnostics(set);
    return 1;
  }
  for (const id of values.only ?? []) {
    if (!set.jurisdictions.has(id)) {
      process.stderr.write(`--only 中的辖区 ${quote(id)} 不存在。${hint(id, set.jurisdictions.keys())}\n`);
      return 1;
    }
  }
  const name = (id: string) => set.jurisdictions.get(id)?.data.name ?? id;
  const building = scopedJurisdictionIds(set, values.only);
  const out = values.out.replace(/\/+$/, '') || values.out;
  const loss = lossOnReplace(`${out}/`, outDirState(resolve(values.out)), building, name);
  if (loss && !values.force) {
    process.stderr.write(`${loss}\n请用 --out 指定一个新的（或空的）目录；确要替换，请加 --force。未生成网站。\n`);
    return 1;
  }
  if (loss) process.stderr.write(`警告：${loss}（已指定 --force）\n`);
  if (values.only?.length) {
    // Root first, as the breadcrumb reads.
    const added = [...new Set(values.only.flatMap((id) => ancestry(set, id).ids))].filter((id) => !values.only!.includes(id));
    process.stdout.write(`只生成 ${values.only.map(name).join('、')}${added.length ? `，以及其上级 ${added.map(name).join('、')}（面包屑和“继承自”链接指向它们）` : ''}，和这些辖区引用的政策文件。\n`);
  }
  const snapshotDir = mkdtempSync(join(tmpdir(), 'baoxue-build-'));
  const snapshot = join(snapshotDir, 'config.json');
  writeConfigSnapshot(set, snapshot);
  const env = {
    ...process.env,
    BAOXUE_CONFIG_SNAPSHOT: snapshot,
    ASTRO_TELEMETRY_DISABLED: '1',
    BAOXUE_CONFIG_DIR: resolve(values['config-dir']),
    BAOXUE_OUT_DIR: resolve(values.out),
    ...(values.only?.length ? { BAOXUE_ONLY: values.only.join(',') } : {}),
  };
  const astro = resolve(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  let r;
  try {
    r = spawnSync(process.execPath, [astro, 'build', '--root', repoRoot], { stdio: 'inherit', env });
  } finally {
    rmSync(snapshotDir, { recursive: true, force: true });
  }
  if (r.status !== 0) {
    process.stderr.write('网站生成失败，请查看上面的输出。\n');
    return 1;
  }
  process.stdout.write(`网站已生成到 ${out}/。\n`);
  return 0;
}
