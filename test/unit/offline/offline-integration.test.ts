/** dist/sw.js lists every built asset and changes version exactly when the assets do. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineAssets, writeServiceWorker } from '../../../site/offline/offline-integration.ts';

function fakeDist(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'baoxue-sw-'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '');
  }
  return dir;
}

describe('offline integration', () => {
  it('lists every file under _astro, nested ones too, and nothing else', () => {
    const dir = fakeDist(['_astro/a.1.js', '_astro/fonts/b.2.woff2', 'index.html', 'api/clauses.json']);
    expect(offlineAssets(dir)).toEqual(['/_astro/a.1.js', '/_astro/fonts/b.2.woff2']);
  });

  it('writes sw.js with the asset list; a new build of other assets gets a new version', async () => {
    const first = fakeDist(['_astro/FormApp.aaa.js', '_astro/forms.bbb.css']);
    const second = fakeDist(['_astro/FormApp.ccc.js', '_astro/forms.bbb.css']);
    const a = await writeServiceWorker(first);
    const b = await writeServiceWorker(second);
    const again = await writeServiceWorker(first);
    const sw = readFileSync(join(first, 'sw.js'), 'utf8');
    expect(sw).toContain('"/_astro/FormApp.aaa.js"');
    expect(sw).toContain(a.version);
    expect(a.assets).toBe(2);
    expect(b.version).not.toBe(a.version);
    expect(again.version).toBe(a.version);
  });
});
