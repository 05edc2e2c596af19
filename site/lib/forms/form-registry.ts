/**
 * The seven standard forms with their JSON Schema and rjsf uiSchema (straight
 * from schemas/forms/) on top of the catalogue (form-catalogue.ts: id, title,
 * version, reference date …). Imports every schema: for the CLI, the build
 * and tests. A browser page gets its one schema through props and builds its
 * definition with `defineForm` instead.
 *
 * Form versions live in each schema as the annotation keyword
 * `"x-form-version": <integer>` (declared to Ajv in scripts/lib/create-ajv.ts,
 * ignored by rjsf) and, for pages that do not load schemas, in
 * form-catalogue.ts (a test keeps the two equal); bump both when stored data
 * changes shape and add a migration in form-migrations.ts.
 *
 * Stable exports (used by the form island, the CLI and tests):
 *   FormId, formIds, FormDefinition, forms, formById(id), isFormId(id),
 *   formTitle(id), defineForm(id, schema, uiSchema), Schema, UiSchema.
 */
import dropoutRegistration from '../../../schemas/forms/dropout-registration.schema.json' with { type: 'json' };
import dropoutRegistrationUi from '../../../schemas/forms/dropout-registration.ui.json' with { type: 'json' };
import monthlyReport from '../../../schemas/forms/monthly-report.schema.json' with { type: 'json' };
import monthlyReportUi from '../../../schemas/forms/monthly-report.ui.json' with { type: 'json' };
import verification from '../../../schemas/forms/verification.schema.json' with { type: 'json' };
import verificationUi from '../../../schemas/forms/verification.ui.json' with { type: 'json' };
import persuasionRecord from '../../../schemas/forms/persuasion-record.schema.json' with { type: 'json' };
import persuasionRecordUi from '../../../schemas/forms/persuasion-record.ui.json' with { type: 'json' };
import homeEducationRecord from '../../../schemas/forms/home-education-record.schema.json' with { type: 'json' };
import homeEducationRecordUi from '../../../schemas/forms/home-education-record.ui.json' with { type: 'json' };
import returnNotice from '../../../schemas/forms/return-notice.schema.json' with { type: 'json' };
import returnNoticeUi from '../../../schemas/forms/return-notice.ui.json' with { type: 'json' };
import responsibilityPledge from '../../../schemas/forms/responsibility-pledge.schema.json' with { type: 'json' };
import responsibilityPledgeUi from '../../../schemas/forms/responsibility-pledge.ui.json' with { type: 'json' };

import { formCatalogue, isFormId, type FormId, type FormMeta } from './form-catalogue.ts';
import { registerForms } from './form-lookup.ts';

export type Schema = Record<string, unknown>;
export type UiSchema = Record<string, unknown>;

export { formIds, isFormId, formTitle, type FormId } from './form-catalogue.ts';

export interface FormDefinition extends FormMeta {
  /** the JSON Schema object the form renders and the precompiled validator was built from */
  schema: Schema & { $id: string };
  uiSchema: UiSchema;
}

/** A form's definition from its schema and uiSchema (what a page has in its props). */
export function defineForm(id: FormId, schema: unknown, uiSchema: unknown): FormDefinition {
  return { ...formCatalogue[id], schema: schema as FormDefinition['schema'], uiSchema: uiSchema as UiSchema };
}

export const forms: Record<FormId, FormDefinition> = {
  'dropout-registration': defineForm('dropout-registration', dropoutRegistration, dropoutRegistrationUi),
  'monthly-report': defineForm('monthly-report', monthlyReport, monthlyReportUi),
  verification: defineForm('verification', verification, verificationUi),
  'persuasion-record': defineForm('persuasion-record', persuasionRecord, persuasionRecordUi),
  'home-education-record': defineForm('home-education-record', homeEducationRecord, homeEducationRecordUi),
  'return-notice': defineForm('return-notice', returnNotice, returnNoticeUi),
  'responsibility-pledge': defineForm('responsibility-pledge', responsibilityPledge, responsibilityPledgeUi),
};

registerForms(Object.values(forms));

export const formById = (id: string): FormDefinition | undefined => (isFormId(id) ? forms[id] : undefined);
