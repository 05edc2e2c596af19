/** The synthetic province is accepted by the same loader and rules as a real county's config. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasErrors, loadConfig } from '../../../../site/lib/config/load-config.ts';
import { resolveJurisdiction } from '../../../../site/lib/config/resolve.ts';
import { generateProvince } from '../../../../scripts/bench/synthetic/generate-province.ts';
import { readTextMaterial } from '../../../../scripts/bench/synthetic/text-material.ts';
import { writeProvince } from '../../../../scripts/bench/synthetic/write-province.ts';

const configDir = join(import.meta.dirname, '../../../../config');
const out = mkdtempSync(join(tmpdir(), 'baoxue-synthetic-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('synthetic province', () => {
  const province = writeProvince(out, { counties: 3, seed: 7 }, configDir);
  const set = loadConfig(out, { displayBase: out });

  it('validates without errors next to the shipped config', () => {
    expect(set.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.pointer} ${d.message}`)).toEqual([]);
    expect(hasErrors(set)).toBe(false);
  });

  it('has counties with towns, schools and documents of about 50 clauses', () => {
    expect(province.countyIds).toEqual(['synth-0001', 'synth-0002', 'synth-0003']);
    expect(province.townIds).toHaveLength(6);
    expect(province.clauseCount / 3).toBeGreaterThanOrEqual(40);
    expect(province.clauseCount / 3).toBeLessThanOrEqual(65);
    const county = resolveJurisdiction(set, 'synth-0002');
    expect(county.ancestors.map((a) => a.id)).toEqual(['national', 'synth-province', 'synth-0002']);
    expect(county.schools).toHaveLength(6);
    expect(county.targets.some((t) => t.from === 'synth-0002')).toBe(true);
    expect(county.duties.some((d) => d.from === 'synth-0002')).toBe(true);
    expect(county.escalation.map((s) => s.id)).toContain('suspected-dropout');
    expect(resolveJurisdiction(set, 'synth-0002-t01').parent).toBe('synth-0002');
  });

  it('says it is synthetic and names no shipped county in its documents', () => {
    for (const [path, text] of province.files) {
      expect(text, path).toContain('合成数据');
      expect(text, path).not.toMatch(/卢氏|唐河|青铜峡|金安区|板当/u);
    }
    expect(set.documents.get('synth-0001-plan')!.data.title).toContain('示例县0001');
  });

  it('is deterministic for a seed and differs between seeds and counties', () => {
    const material = readTextMaterial(configDir);
    const a = generateProvince({ counties: 2, seed: 3 }, material);
    const b = generateProvince({ counties: 2, seed: 3 }, material);
    const c = generateProvince({ counties: 2, seed: 4 }, material);
    expect([...a.files]).toEqual([...b.files]);
    expect(a.files.get('policies/synth-0001-plan.yaml')).not.toEqual(c.files.get('policies/synth-0001-plan.yaml'));
    expect(a.files.get('policies/synth-0001-plan.yaml')).not.toEqual(a.files.get('policies/synth-0002-plan.yaml')!.replaceAll('0002', '0001'));
  });
});
