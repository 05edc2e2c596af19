/**
 * Writes dist/sw.js after the build: service-worker.ts bundled by esbuild, with
 * the list of hashed assets to cache on install and a version derived from
 * them, so a new build replaces the old cache and an unchanged one keeps it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/** Every file under <outDir>/_astro as a site path, sorted. */
export function offlineAssets(outDir: string): string[] {
  const root = join(outDir, '_astro');
  const walk = (dir: string, base: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path, `${base}${name}/`) : [`${base}${name}`];
    });
  return walk(root, '/_astro/').sort();
}

export const offlineVersion = (assets: string[]): string => createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 12);

export async function writeServiceWorker(outDir: string): Promise<{ assets: number; version: string }> {
  const assets = offlineAssets(outDir);
  const version = offlineVersion(assets);
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./service-worker.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2020',
    logLevel: 'silent',
    define: { __BAOXUE_OFFLINE_VERSION__: JSON.stringify(version), __BAOXUE_OFFLINE_ASSETS__: JSON.stringify(assets) },
  });
  writeFileSync(join(outDir, 'sw.js'), result.outputFiles[0]!.text);
  return { assets: assets.length, version };
}

export function offlineIntegration(): AstroIntegration {
  return {
    name: 'baoxue-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { assets, version } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`sw.js：安装时缓存 ${assets} 个资源文件（版本 ${version}）`);
      },
    },
  };
}
