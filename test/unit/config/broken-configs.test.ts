/**
 * Each folder in test/fixtures/configs/broken/ overlays a few files on the
 * valid base config; its expected.txt pins the exact `validate` output
 * (file:line:col, JSON pointer, Chinese message). Regenerate after a deliberate
 * wording change with UPDATE_EXPECTED=1 and review the diff.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, sortDiagnostics } from '../../../site/lib/config/diagnostic.ts';
import { hasErrors, loadConfig } from '../../../site/lib/config/load-config.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/configs');
const cases = readdirSync(join(fixtures, 'broken')).sort();

function validateCase(name: string | null) {
  const work = mkdtempSync(join(tmpdir(), 'baoxue-broken-'));
  try {
    const dir = join(work, 'config');
    cpSync(join(fixtures, 'base'), dir, { recursive: true });
    if (name) cpSync(join(fixtures, 'broken', name), dir, { recursive: true, filter: (src) => !src.endsWith('expected.txt') });
    const set = loadConfig(dir, { displayBase: work });
    return { text: sortDiagnostics(set.diagnostics).map(formatDiagnostic).join('\n') + '\n', failed: hasErrors(set) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe('validate on broken configs', () => {
  it('has at least 20 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it('accepts the base config', () => {
    expect(validateCase(null)).toEqual({ text: '\n', failed: false });
  });

  for (const name of cases) {
    it(name, () => {
      const { text, failed } = validateCase(name);
      const expectedFile = join(fixtures, 'broken', name, 'expected.txt');
      if (process.env.UPDATE_EXPECTED) writeFileSync(expectedFile, text);
      expect(existsSync(expectedFile), `${name}/expected.txt 缺失：用 UPDATE_EXPECTED=1 生成并审阅`).toBe(true);
      expect(text).toBe(readFileSync(expectedFile, 'utf8'));
      // Warnings alone never fail validation; everything else must.
      expect(failed).toBe(!name.endsWith('-warning'));
      expect(text).not.toMatch(/at .*\.ts:\d+|Error:|undefined|\[object Object\]/);
    });
  }
});
