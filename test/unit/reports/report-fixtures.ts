/** The sample county of test/fixtures/reports: 唐河's rules with a made-up school registry (样例学校, not real schools). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadConfig } from '../../../site/lib/config/load-config.ts';
import { resolveJurisdiction, type ResolvedJurisdiction } from '../../../site/lib/config/resolve.ts';
import type { InputFile } from '../../../site/lib/reports/aggregate-types.ts';

export const fixtureDir = 'test/fixtures/reports';
const config = loadConfig('config');

export const sampleSchools = (JSON.parse(readFileSync(join(fixtureDir, 'registry/sample-schools.json'), 'utf8')) as { schools: ResolvedJurisdiction['schools'] }).schools;

export function jurisdiction(id = 'tanghe', overrides: Partial<ResolvedJurisdiction> = { schools: sampleSchools }): ResolvedJurisdiction {
  return { ...resolveJurisdiction(config, id), ...overrides };
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

/** Every fixture form file (names relative to the fixture folder, as the CLI prints them when run there). */
export function fixtureFiles(...under: string[]): InputFile[] {
  return (under.length ? under : ['monthly', 'cases'])
    .flatMap((u) => walk(join(fixtureDir, u)))
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: relative(fixtureDir, f), bytes: new Uint8Array(readFileSync(f)) }));
}
