/**
 * The page shows reminders live and runs only `warningRules` for them
 * (custom-validate.ts): no other rule may ever raise one, on any fixture.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { warningRules } from '../../../../site/lib/forms/custom-validate.ts';
import { formIds, forms } from '../../../../site/lib/forms/form-registry.ts';
import { fieldFormatRule } from '../../../../site/lib/forms/rules/field-formats.ts';
import { jurisdictionFieldsRule } from '../../../../site/lib/forms/rules/jurisdiction-fields.ts';
import { monthlyReportRule } from '../../../../site/lib/forms/rules/monthly-report.ts';
import { dropoutPersuasionRule, persuasionRecordRule } from '../../../../site/lib/forms/rules/persuasion.ts';
import { homeEducationRule } from '../../../../site/lib/forms/rules/home-education.ts';
import { responsibilityPledgeRule, returnNoticeRule } from '../../../../site/lib/forms/rules/documents.ts';
import { studentConsistencyRule } from '../../../../site/lib/forms/rules/student-consistency.ts';
import { verificationCategoryRule } from '../../../../site/lib/forms/rules/verification-category.ts';
import { fixtureFiles, rulesOf, today } from '../form-fixtures.ts';

const everyRule = [
  fieldFormatRule, jurisdictionFieldsRule, monthlyReportRule, dropoutPersuasionRule, persuasionRecordRule, homeEducationRule,
  responsibilityPledgeRule, returnNoticeRule, studentConsistencyRule, verificationCategoryRule,
];

describe.each(formIds.map((id) => [id] as const))('%s', (formId) => {
  it('raises reminders only from warningRules', () => {
    const records = [
      ...(forms[formId].schema.examples as unknown[]),
      ...fixtureFiles(formId).map((f) => (JSON.parse(readFileSync(f.path, 'utf8')) as { data?: unknown }).data),
    ].filter((d): d is Record<string, unknown> => !!d && typeof d === 'object' && !Array.isArray(d));
    const ctx = (data: unknown) => ({ form: forms[formId], today, jurisdiction: rulesOf(formId, 'tanghe'), labels: {}, data });
    for (const rule of everyRule.filter((r) => !warningRules.includes(r))) {
      for (const data of records) expect(rule(data, ctx(data)).filter((p) => p.warning)).toEqual([]);
    }
  });
});
