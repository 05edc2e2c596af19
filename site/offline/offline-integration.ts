/**
 * Writes dist/sw.js after the build: service-worker.ts bundled by esbuild, with
 * what to cache on install (the shell: the home page, every stylesheet and
 * what the home page's HTML needs), the graph of which chunk imports which,
 * and a version derived from all built assets, so a new build replaces the
 * old cache and an unchanged one keeps it.
 *
 * Exports: offlineAssets, offlineVersion, offlinePlan, OfflinePlan,
 * writeServiceWorker, offlineIntegration.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { assetClosure, assetsNamedIn, chunkImports, type AssetGraph } from './asset-graph.ts';

/** Every file under <outDir>/_astro as a site path, sorted. */
export function offlineAssets(outDir: string): string[] {
  const root = join(outDir, '_astro');
  if (!existsSync(root)) return [];
  const walk = (dir: string, base: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path, `${base}${name}/`) : [`${base}${name}`];
    });
  return walk(root, '/_astro/').sort();
}

export const offlineVersion = (assets: string[]): string => createHash('sha256').update(assets.join('\n')).digest('hex').slice(0, 12);

export interface OfflinePlan {
  /** site paths cached on install */
  shell: string[];
  /** which asset imports which (JS and CSS only) */
  graph: AssetGraph;
  /** every built asset, for the version */
  assets: string[];
}

/** What the service worker gets from a built site. */
export function offlinePlan(outDir: string): OfflinePlan {
  const assets = offlineAssets(outDir);
  const graph: AssetGraph = {};
  for (const asset of assets) {
    if (!/\.(m?js|css)$/.test(asset)) continue;
    const deps = chunkImports(asset, readFileSync(join(outDir, asset), 'utf8')).filter((d) => assets.includes(d));
    if (deps.length) graph[asset] = deps;
  }
  const home = join(outDir, 'index.html');
  const homeAssets = existsSync(home) ? assetsNamedIn(readFileSync(home, 'utf8')) : [];
  const styles = assets.filter((a) => a.endsWith('.css'));
  const shell = [...(existsSync(home) ? ['/'] : []), ...assetClosure(graph, [...homeAssets, ...styles]).filter((a) => assets.includes(a))];
  return { shell, graph, assets };
}

export async function writeServiceWorker(outDir: string): Promise<{ assets: number; shell: number; version: string }> {
  const plan = offlinePlan(outDir);
  const version = offlineVersion([...plan.assets, ...plan.shell]);
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./service-worker.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2020',
    logLevel: 'silent',
    define: {
      __BAOXUE_OFFLINE_VERSION__: JSON.stringify(version),
      __BAOXUE_OFFLINE_SHELL__: JSON.stringify(plan.shell),
      __BAOXUE_OFFLINE_GRAPH__: JSON.stringify(plan.graph),
    },
  });
  writeFileSync(join(outDir, 'sw.js'), result.outputFiles[0]!.text);
  return { assets: plan.assets.length, shell: plan.shell.length, version };
}

export function offlineIntegration(): AstroIntegration {
  return {
    name: 'baoxue-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { assets, shell, version } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`sw.js：安装时缓存 ${shell} 个文件（共 ${assets} 个资源文件，其余在打开页面时按需缓存；版本 ${version}）`);
      },
    },
  };
}
