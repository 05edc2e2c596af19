/**
 * The corpora the search benchmark measures: the shipped site, and the
 * shipped config plus a synthetic province of N counties (scripts/bench/synthetic/).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasErrors, loadConfig } from '../../site/lib/config/load-config.ts';
import { resolveJurisdiction } from '../../site/lib/config/resolve.ts';
import { searchStore } from '../../site/lib/search/search-entries.ts';
import { formSchemas, siteSearchSources } from '../../site/lib/search/site-search-sources.ts';
import type { SearchStore } from '../../site/lib/search/search-types.ts';
import { writeProvince } from './synthetic/write-province.ts';
import { repoRoot } from '../lib/schema-files.ts';

export function shippedStore(): SearchStore {
  return searchStore(siteSearchSources());
}

/** The shipped config with `counties` synthetic counties (no town jurisdictions: towns state nothing of their own). */
export function syntheticStore(counties: number): SearchStore {
  const dir = mkdtempSync(join(tmpdir(), 'baoxue-search-bench-'));
  try {
    writeProvince(dir, { counties, seed: 1, townsPerCounty: 0 }, join(repoRoot, 'config'));
    const set = loadConfig(dir, { displayBase: dir });
    if (hasErrors(set)) throw new Error(`合成配置有误：${set.diagnostics.find((d) => d.severity === 'error')?.message}`);
    const jurisdictions = [...set.jurisdictions.keys()].map((id) => resolveJurisdiction(set, id));
    return searchStore({ documents: [...set.documents.values()].map((d) => d.data), jurisdictions, forms: formSchemas(join(repoRoot, 'schemas/forms')) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
