/**
 * One record read from a file (read-form-file.ts) checked as `baoxue check`
 * checks it: the cells that could not be read, a jurisdiction that is not
 * configured, then validateRecord under the rules of the record's
 * jurisdiction; each problem's pointer inside the envelope (/data/…) and, for
 * an .xlsx, its cell. Reminders (rule warnings) are returned apart: they never
 * make a record invalid. Shared by `check`, `aggregate` and the dashboard so
 * all three say the same thing about the same record.
 *
 * Stable exports: checkReadRecord(formId, read, validateFns, options) → CheckedRecord.
 */
import type { FieldProblem } from '../validation/format-errors.ts';
import type { ValidateFunction } from '../validation/types.ts';
import { ruleWarnings } from './custom-validate.ts';
import type { FormEnvelope } from './envelope.ts';
import type { FormId } from './form-catalogue.ts';
import { cellOf, type ReadRecord } from './read-form-file.ts';
import type { FormJurisdiction } from './rules/rule-context.ts';
import { validateRecord } from './validate-record.ts';

export interface CheckedRecord {
  /** null when the envelope itself could not be read */
  envelope: FormEnvelope | null;
  problems: FieldProblem[];
  warnings: FieldProblem[];
}

export function checkReadRecord(
  formId: FormId,
  { result, locations, cellProblems = [], atFault }: ReadRecord,
  validateFns: Record<string, ValidateFunction>,
  options: { today: string; jurisdictionOf: (id: string) => FormJurisdiction | string },
): CheckedRecord {
  if (!result.ok) return { envelope: null, problems: [...cellProblems, ...result.problems], warnings: [] };
  const j = options.jurisdictionOf(result.envelope.jurisdiction);
  const jurisdictionProblem = typeof j === 'string' ? [{ pointer: '/jurisdiction', code: 'unknown-jurisdiction', message: j }] : [];
  const ruleOptions = { today: options.today, jurisdiction: typeof j === 'string' ? null : j };
  const located = (p: FieldProblem): FieldProblem => ({
    ...p,
    pointer: `/data${p.pointer}`,
    message: cellOf(locations, p.pointer) ? `${p.message}（${cellOf(locations, p.pointer)}）` : p.message,
  });
  const checked = validateRecord(formId, result.envelope.data, validateFns, ruleOptions).filter((p) => !atFault?.has(p.pointer));
  return {
    envelope: result.envelope,
    problems: [...cellProblems, ...jurisdictionProblem, ...checked.map(located)],
    warnings: ruleWarnings(formId, result.envelope.data, ruleOptions).map(located),
  };
}
