import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateProvince, type ProvinceOptions, type SyntheticProvince } from './generate-province.ts';
import { readTextMaterial } from './text-material.ts';

/**
 * Write a config directory: the shipped config (national baseline, real
 * counties) plus a synthetic province beside it, so the site built from it has
 * the real corpus and N synthetic counties. `configDir` is the shipped config/.
 */
export function writeProvince(outDir: string, options: ProvinceOptions, configDir: string): SyntheticProvince {
  const province = generateProvince(options, readTextMaterial(configDir));
  mkdirSync(outDir, { recursive: true });
  cpSync(join(configDir, 'jurisdictions'), join(outDir, 'jurisdictions'), { recursive: true });
  cpSync(join(configDir, 'policies'), join(outDir, 'policies'), { recursive: true });
  for (const [path, text] of province.files) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return province;
}
