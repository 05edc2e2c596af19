/**
 * Dead links in a built site: every same-site href/src in every HTML page
 * must resolve to a built file, and a #fragment on a page to an id on it.
 * Reusable by any test that builds a site into a folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface DeadLink {
  page: string;
  link: string;
  why: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? htmlFiles(p) : e.name.endsWith('.html') ? [p] : [];
  });
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The file a site path is served from, or undefined. */
function fileFor(root: string, path: string): string | undefined {
  const p = join(root, decodeURIComponent(path));
  if (path.endsWith('/')) return existsSync(join(p, 'index.html')) ? join(p, 'index.html') : undefined;
  if (existsSync(p) && statSync(p).isFile()) return p;
  if (existsSync(join(p, 'index.html'))) return join(p, 'index.html');
  return undefined;
}

export function deadLinks(root: string): { pages: number; links: number; dead: DeadLink[] } {
  const pages = htmlFiles(root);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  const dead: DeadLink[] = [];
  let links = 0;
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const pagePath = '/' + relative(root, file).split(sep).join('/').replace(/index\.html$/, '');
    const base = new URL(pagePath, 'http://site.invalid');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decode(m[1]!);
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw) && !raw.startsWith('http://site.invalid')) continue; // mailto:, data:, other sites
      links++;
      const url = new URL(raw, base);
      const target = fileFor(root, url.pathname);
      const page = pagePath;
      if (!target) {
        dead.push({ page, link: raw, why: '没有这个文件' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) dead.push({ page, link: raw, why: `页面中没有 id="${fragment}"` });
    }
  }
  return { pages: pages.length, links, dead };
}
