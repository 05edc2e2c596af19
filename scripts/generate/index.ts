/**
 * `npm run generate`: everything derived from schemas/ — TypeScript types and
 * precompiled (CSP-safe) validators — written to site/generated/, never committed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { configSchemaFiles, formSchemaFiles, repoRoot } from '../lib/schema-files.ts';

const finalDir = join(repoRoot, 'site', 'generated');

/**
 * Everything the generated files are made from: the schemas, this generator, the libraries that write
 * them (their versions, in package-lock.json) and Node. Every build runs generate first (`prebuild`);
 * when none of this changed since the last run, the files are already what it would write.
 */
function inputsHash(): string {
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
  const inputs = [...['schemas', 'scripts/generate', 'scripts/lib'].flatMap((d) => files(join(repoRoot, d))), join(repoRoot, 'package-lock.json')];
  for (const file of inputs.map((f) => relative(repoRoot, f).split('\\').join('/')).sort()) {
    hash.update(`${file}\n`).update(readFileSync(join(repoRoot, file))).update('\n');
  }
  return hash.digest('hex');
}
const stampName = '.inputs-sha256';
const inputs = inputsHash();
const stamp = join(finalDir, stampName);
if (!process.argv.includes('--force') && existsSync(stamp) && readFileSync(stamp, 'utf8') === inputs && existsSync(join(finalDir, 'validators', 'config.js'))) {
  console.log('site/generated/ 已是最新（schemas/ 和生成脚本都没有改动），未重新生成；要强制重新生成请运行 npm run generate -- --force。');
  process.exit(0);
}
// Loaded only when there is something to write: the compilers are most of an up-to-date run's time.
const [{ generateTypes }, { generateConfigValidators }, { generateFormValidators }, { generateEditorSchema }] = await Promise.all([
  import('./types.ts'),
  import('./config-validators.ts'),
  import('./form-validators.ts'),
  import('./editor-schema.ts'),
]);

// Write next to the final folder and swap at the end, so a build running
// meanwhile never sees a half-written folder.
const outDir = `${finalDir}.tmp-${process.pid}`;
rmSync(outDir, { recursive: true, force: true });

const configFiles = configSchemaFiles();
const formFiles = formSchemaFiles();
const types = await generateTypes([...configFiles, ...formFiles], join(outDir, 'types'));
const configValidators = generateConfigValidators(configFiles, join(outDir, 'validators'));
const formValidators = await generateFormValidators(formFiles, join(outDir, 'validators', 'forms'));
generateEditorSchema(configFiles, outDir);
writeFileSync(join(outDir, stampName), inputs);
rmSync(finalDir, { recursive: true, force: true });
renameSync(outDir, finalDir);
console.log(
  `已生成：${types.length} 个类型文件，配置校验器 1 个，表单校验器 ${formValidators.length} 个（${configValidators.replace(outDir, finalDir).replace(repoRoot + '/', '')} 等）。`,
);
