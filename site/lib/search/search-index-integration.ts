/**
 * Writes the search index (search-index-files.ts) into the built site after Astro's build,
 * and serves the same files in `astro dev`. Exports: searchIndexIntegration.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchIndexFiles, searchIndexPrefix, writeSearchIndexFiles } from './search-index-files.ts';

export function searchIndexIntegration(): AstroIntegration {
  // Dev: built on the first request for any of them, then kept, as the pages keep the config they read once.
  let devFiles: Map<string, string> | undefined;
  return {
    name: 'baoxue-search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const count = writeSearchIndexFiles(fileURLToPath(dir), searchIndexFiles());
        logger.info(`检索索引：写出 ${count} 个文件（${searchIndexPrefix}.json 与 ${searchIndexPrefix}/）`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const raw = (req.url ?? '').split('?')[0] ?? '';
          if (!raw.startsWith(searchIndexPrefix)) return next();
          let path: string;
          try {
            path = decodeURIComponent(raw);
          } catch {
            return next(); // a malformed %-escape: no such file, Astro answers 404
          }
          if (req.method !== 'GET' && req.method !== 'HEAD') return next();
          const body = (devFiles ??= searchIndexFiles()).get(path);
          if (body === undefined) return next();
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(req.method === 'HEAD' ? undefined : body);
        });
      },
    },
  };
}
