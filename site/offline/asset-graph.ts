/**
 * Which built files a page needs, without running it: the /_astro/ files its
 * HTML names (scripts, styles, island components and renderers, preloads)
 * and, through the chunks' own imports — static and dynamic, so code loaded on
 * first use (print view, Excel, import) is included — everything they pull in.
 * Shared by the build (offline-integration.ts writes the chunk graph into
 * sw.js), the service worker (which reads a kept page's HTML) and the bench.
 * Pure: no file system, so it runs in the worker too.
 *
 * Exports: AssetGraph, assetsNamedIn, chunkImports, assetClosure.
 */

/** Each JS asset's site path → the site paths of the assets it imports. */
export type AssetGraph = Record<string, string[]>;

const named = /["'(=](\/_astro\/[^"'()\s>]+)/g;

/** The /_astro/ files a page's HTML names, in order of first mention. */
export function assetsNamedIn(html: string): string[] {
  return [...new Set([...html.matchAll(named)].map((m) => m[1]!))];
}

// Vite writes chunk imports as relative specifiers: `from"./x.js"`, `import("./x.js")`, `import"./x.js"`.
const relative = /(?:from|import)\s*\(?\s*["'`]\.\/([^"'`]+)["'`]/g;
// A chunk can also name an asset by path (a worker, a wasm file), and a stylesheet its fonts by url().
const absolute = /["'`(](\/_astro\/[^"'`()\s]+)/g;

/** The assets one chunk (at site path `path`) imports or names. */
export function chunkImports(path: string, code: string): string[] {
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  const out = new Set<string>();
  for (const m of code.matchAll(relative)) out.add(dir + m[1]);
  for (const m of code.matchAll(absolute)) out.add(m[1]!);
  out.delete(path);
  return [...out].sort();
}

/** The roots and everything reachable from them in the graph, sorted. */
export function assetClosure(graph: AssetGraph, roots: Iterable<string>): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const next = queue.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    for (const dep of graph[next] ?? []) queue.push(dep);
  }
  return [...seen].sort();
}
