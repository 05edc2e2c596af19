/**
 * The snapshot `baoxue build` hands to the Astro build must give the pages
 * the same configuration a fresh load would: every file's data, text and
 * name, the diagnostics, broken ids and templates.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, type LoadedFile } from '../../../site/lib/config/load-config.ts';
import { readConfigSnapshot, writeConfigSnapshot } from '../../../site/lib/config/config-snapshot.ts';

const dir = mkdtempSync(join(tmpdir(), 'baoxue-snapshot-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plain = (files: Map<string, LoadedFile<unknown>>) => [...files].map(([id, f]) => [id, { file: f.file, data: f.data, text: f.text }]);

describe('config snapshot', () => {
  it('reads back what loadConfig loaded', () => {
    const set = loadConfig('config');
    expect(set.jurisdictions.size).toBeGreaterThan(3);
    const path = join(dir, 'config.json');
    writeConfigSnapshot(set, path);
    const back = readConfigSnapshot(path);
    expect(back.dir).toBe(resolve('config'));
    expect(plain(back.jurisdictions)).toEqual(plain(set.jurisdictions));
    expect(plain(back.documents)).toEqual(plain(set.documents));
    expect([...back.brokenIds]).toEqual([...set.brokenIds]);
    expect(back.diagnostics).toEqual(set.diagnostics);
    expect(back.partial?.map((p) => [p.kind, p.file.file, p.file.data, p.file.text, p.errorPointers])).toEqual(
      set.partial?.map((p) => [p.kind, p.file.file, p.file.data, p.file.text, p.errorPointers]),
    );
    const first = [...back.jurisdictions.values()][0]!;
    expect(first.source.data).toBe(first.data);
    expect(() => first.source.locate('/name')).toThrow(/行列位置/);
  });
});
