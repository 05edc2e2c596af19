/**
 * dist/sw.js installs only the shell (the home page, stylesheets and what the
 * home page needs), carries the chunk graph for pages kept later, and changes
 * version exactly when the assets do.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineAssets, offlinePlan, writeServiceWorker } from '../../../site/offline/offline-integration.ts';

function fakeDist(files: Record<string, string> | string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'baoxue-sw-'));
  const entries = Array.isArray(files) ? files.map((f) => [f, ''] as const) : Object.entries(files);
  for (const [f, text] of entries) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  return dir;
}

/** A site of a home page, a form page whose island imports a chunk that loads Excel code on demand, and a search page. */
const site = {
  'index.html': '<link rel="stylesheet" href="/_astro/Base.1.css"><a href="/a/forms/x/">x</a>',
  'a/forms/x/index.html': '<link rel="stylesheet" href="/_astro/Base.1.css"><astro-island component-url="/_astro/FormApp.2.js" renderer-url="/_astro/client.3.js"></astro-island>',
  'search/index.html': '<script type="module" src="/_astro/search.4.js"></script>',
  '_astro/Base.1.css': '@font-face{src:url(/_astro/font.5.woff2)}body{}',
  '_astro/font.5.woff2': 'font',
  '_astro/FormApp.2.js': 'import{a}from"./react.6.js";const x=()=>import("./to-xlsx.7.js");',
  '_astro/client.3.js': 'import"./react.6.js";',
  '_astro/react.6.js': 'export const a=1;',
  '_astro/to-xlsx.7.js': 'export const b=2;',
  '_astro/search.4.js': 'import("./lunr.8.js")',
  '_astro/lunr.8.js': '',
  'api/search-index.json': '{}',
};

describe('offline integration', () => {
  it('lists every file under _astro, nested ones too, and nothing else', () => {
    const dir = fakeDist(['_astro/a.1.js', '_astro/fonts/b.2.woff2', 'index.html', 'api/clauses.json']);
    expect(offlineAssets(dir)).toEqual(['/_astro/a.1.js', '/_astro/fonts/b.2.woff2']);
  });

  it('installs the home page, the stylesheets and their fonts — no page code, no data', () => {
    const plan = offlinePlan(fakeDist(site));
    expect(plan.shell).toEqual(['/', '/_astro/Base.1.css', '/_astro/font.5.woff2']);
  });

  it('knows every chunk a form page can load, on demand too, but not other pages’', () => {
    const { graph } = offlinePlan(fakeDist(site));
    expect(graph['/_astro/FormApp.2.js']).toEqual(['/_astro/react.6.js', '/_astro/to-xlsx.7.js']);
    expect(graph['/_astro/client.3.js']).toEqual(['/_astro/react.6.js']);
    expect(graph['/_astro/search.4.js']).toEqual(['/_astro/lunr.8.js']);
  });

  it('writes sw.js with the shell and the graph; a new build of other assets gets a new version', async () => {
    const first = fakeDist(site);
    const second = fakeDist({ ...site, '_astro/lunr.9.js': '' });
    const a = await writeServiceWorker(first);
    const b = await writeServiceWorker(second);
    const again = await writeServiceWorker(first);
    const sw = readFileSync(join(first, 'sw.js'), 'utf8');
    expect(sw).toContain('"/_astro/font.5.woff2"');
    expect(sw).toContain('"/_astro/FormApp.2.js":["/_astro/react.6.js","/_astro/to-xlsx.7.js"]');
    expect(sw).toContain(a.version);
    expect(a).toMatchObject({ assets: 8, shell: 3 });
    expect(b.version).not.toBe(a.version);
    expect(again.version).toBe(a.version);
  });
});
