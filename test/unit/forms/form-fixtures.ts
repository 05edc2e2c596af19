/** Shared by the form tests: fixture files, tanghe's resolved rules, and one-call record checking. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../../site/lib/config/load-config.ts';
import { resolveJurisdiction } from '../../../site/lib/config/resolve.ts';
import { applyJurisdiction } from '../../../site/lib/forms/apply-jurisdiction.ts';
import { parseEnvelopeJson } from '../../../site/lib/forms/envelope.ts';
import type { FormId } from '../../../site/lib/forms/form-registry.ts';
import { loadValidateFns } from '../../../site/lib/forms/load-validator.ts';
import { validateRecord } from '../../../site/lib/forms/validate-record.ts';
import { ruleWarnings } from '../../../site/lib/forms/custom-validate.ts';

export const repoRoot = join(import.meta.dirname, '../../..');
export const fixturesDir = join(repoRoot, 'test/fixtures/forms');
export const today = '2022-06-30';

export const shippedConfig = loadConfig(join(repoRoot, 'config'));
export const rulesOf = (formId: FormId, jurisdiction: string) => applyJurisdiction(formId, resolveJurisdiction(shippedConfig, jurisdiction)).rules;

export const fixtureFiles = (formId: FormId) =>
  readdirSync(join(fixturesDir, formId))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, path: join(fixturesDir, formId, f) }));

/** Every problem of a fixture file as "pointer  message" lines (envelope problems included). */
export async function fixtureProblems(formId: FormId, path: string): Promise<string[]> {
  const fns = await loadValidateFns(formId);
  return parseEnvelopeJson(readFileSync(path, 'utf8'), formId).flatMap((r) =>
    r.ok
      ? validateRecord(formId, r.envelope.data, fns, { today, jurisdiction: rulesOf(formId, r.envelope.jurisdiction) }).map((p) => `/data${p.pointer}  ${p.message}`)
      : r.problems.map((p) => `${p.pointer}  ${p.message}`),
  );
}

/** The reminders (never errors) of a fixture file, as "pointer  提醒：message" lines. */
export function fixtureWarnings(formId: FormId, path: string): string[] {
  return parseEnvelopeJson(readFileSync(path, 'utf8'), formId).flatMap((r) =>
    r.ok ? ruleWarnings(formId, r.envelope.data, { today, jurisdiction: rulesOf(formId, r.envelope.jurisdiction) }).map((p) => `/data${p.pointer}  提醒：${p.message}`) : [],
  );
}
