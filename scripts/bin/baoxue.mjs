#!/usr/bin/env node
// Entry point of `npx baoxue`: checks Node, makes sure generated validators
// exist, then runs the TypeScript CLI through tsx.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`baoxue 需要 Node.js 22.12 或更高版本，当前是 ${process.versions.node}。请在项目目录中用 npx baoxue 运行（会使用项目自带的 Node 22）。`);
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!existsSync(join(root, 'site', 'generated', 'validators', 'config.js'))) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'bin', 'run-ts.mjs'), join(root, 'scripts', 'generate', 'index.ts')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(1);
}
const { register } = await import('tsx/esm/api');
register();
await import(pathToFileURL(join(root, 'scripts', 'cli.ts')).href);
