/**
 * Reminders the rules raise without blocking (a pledged target looser than
 * the jurisdiction's own, a pupil older than 16), shown live under the form —
 * the same text `baoxue check` prints as “提醒”.
 */
import { useMemo } from 'react';
import { ruleWarnings } from '../../lib/forms/custom-validate.ts';
import type { FormDefinition } from '../../lib/forms/form-registry.ts';
import type { FormJurisdiction } from '../../lib/forms/rules/rule-context.ts';

export function RuleWarnings({ form, data, jurisdiction }: { form: FormDefinition; data: unknown; jurisdiction: FormJurisdiction | null | undefined }) {
  const warnings = useMemo(() => ruleWarnings(form, data, { jurisdiction: jurisdiction ?? null }), [form, data, jurisdiction]);
  if (!warnings.length) return null;
  return (
    <section className="form-warning no-print" role="status" aria-label="请核对">
      <p>请核对（不影响保存和导出）：</p>
      <ul>
        {warnings.map((w) => (
          <li key={`${w.pointer}|${w.code}`}>{w.message}</li>
        ))}
      </ul>
    </section>
  );
}
