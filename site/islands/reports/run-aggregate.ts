/**
 * Runs the aggregation module in the browser, as `baoxue aggregate` runs it
 * on the command line: the precompiled validators of the forms a county
 * summary reads are loaded on first use (never compiled here), then
 * aggregate() summarises the files under the jurisdiction's rules.
 */
import type { ResolvedJurisdiction } from '../../lib/config/resolve.ts';
import type { AggregateResult, FormValidators, InputFile } from '../../lib/reports/aggregate-types.ts';
import { todayIso } from '../../lib/forms/rules/dates.ts';

let validators: Promise<FormValidators> | undefined;

export async function runAggregate(files: InputFile[], jurisdiction: ResolvedJurisdiction, period?: string): Promise<AggregateResult> {
  const { aggregate, loadReportValidators } = await import('../../lib/reports/aggregate.ts');
  const fns = await (validators ??= loadReportValidators());
  return aggregate(files, jurisdiction, { today: todayIso(), validators: fns, ...(period ? { period } : {}) });
}
