/**
 * `npm run generate`: everything derived from schemas/ — TypeScript types and
 * precompiled (CSP-safe) validators — written to site/generated/, never committed.
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { configSchemaFiles, formSchemaFiles, repoRoot } from '../lib/schema-files.ts';
import { generateTypes } from './types.ts';
import { generateConfigValidators } from './config-validators.ts';
import { generateFormValidators } from './form-validators.ts';
import { generateEditorSchema } from './editor-schema.ts';

const finalDir = join(repoRoot, 'site', 'generated');
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
rmSync(finalDir, { recursive: true, force: true });
renameSync(outDir, finalDir);
console.log(
  `已生成：${types.length} 个类型文件，配置校验器 1 个，表单校验器 ${formValidators.length} 个（${configValidators.replace(outDir, finalDir).replace(repoRoot + '/', '')} 等）。`,
);
