/**
 * The precompiled validators of the forms a county summary reads, loaded once
 * (CLI and dashboard alike; no ajv compile anywhere).
 *
 * Exports: loadReportValidators() → FormValidators.
 */
import { loadValidateFns } from '../forms/load-validator.ts';
import { reportForms, type FormValidators } from './aggregate-types.ts';

export async function loadReportValidators(): Promise<FormValidators> {
  const entries = await Promise.all(reportForms.map(async (id) => [id, await loadValidateFns(id)] as const));
  return Object.fromEntries(entries);
}
