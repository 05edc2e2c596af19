/**
 * `npm run generate`: everything derived from schemas/ — TypeScript types and
 * precompiled (CSP-safe) validators — written to site/generated/, never committed.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { configSchemaFiles, formSchemaFiles, repoRoot } from '../lib/schema-files.ts';
import { generateTypes } from './types.ts';
import { generateConfigValidators } from './config-validators.ts';
import { generateFormValidators } from './form-validators.ts';

const outDir = join(repoRoot, 'site', 'generated');
rmSync(outDir, { recursive: true, force: true });

const configFiles = configSchemaFiles();
const formFiles = formSchemaFiles();
const types = await generateTypes([...configFiles, ...formFiles], join(outDir, 'types'));
const configValidators = generateConfigValidators(configFiles, join(outDir, 'validators'));
const formValidators = await generateFormValidators(formFiles, join(outDir, 'validators', 'forms'));
console.log(
  `已生成：${types.length} 个类型文件，配置校验器 1 个，表单校验器 ${formValidators.length} 个（${configValidators.replace(repoRoot + '/', '')} 等）。`,
);
