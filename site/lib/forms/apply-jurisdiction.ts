/**
 * A form as one jurisdiction uses it: its uiSchema with the jurisdiction's
 * label overrides (`ui:title`), the extra fields and extra required fields
 * from `formOptions`, the rule context for custom-validate.ts, and the
 * clauses behind the form. The JSON Schema itself is never changed, so one
 * precompiled validator per form serves every jurisdiction; extra fields live
 * in `data.extra` and are checked by the rules.
 *
 * Stable exports:
 *   applyJurisdiction(formId, jurisdiction) → AppliedForm
 *   JurisdictionForForms (the slice of ResolvedJurisdiction it needs), AppliedForm
 */
import { formLabels } from './custom-validate.ts';
import type { LabelOverrides } from './field-label.ts';
import { forms, type FormId, type Schema, type UiSchema } from './form-registry.ts';
import type { ExtraField, FormOptionsByForm } from './form-options.ts';
import { fieldSources, sourcesFor } from './form-sources.ts';
import type { FormJurisdiction, JurisdictionCategory, JurisdictionTarget } from './rules/rule-context.ts';

export interface JurisdictionForForms {
  id: string;
  name: string;
  documents?: string[];
  categories?: (JurisdictionCategory & { from?: string })[];
  targets?: JurisdictionTarget[];
  formOptions?: FormOptionsByForm;
}

/** Forms whose records are compared with the jurisdiction's targets. */
const pledgesTargets: FormId[] = ['responsibility-pledge'];

export interface AppliedForm {
  uiSchema: UiSchema;
  /** field path → label, including /extra/<key> → the extra field's title */
  labels: LabelOverrides;
  extraFields: ExtraField[];
  /** field paths the jurisdiction makes required (checked by custom-validate) */
  required: string[];
  /** pass as `jurisdiction` to ruleProblems / createCustomValidate / validateRecord */
  rules: FormJurisdiction;
  /** clause refs that require the form, limited to the jurisdiction's documents */
  sources: string[];
  /** clause refs behind fields, by field path */
  fieldSources: Record<string, string[]>;
}

/** Set `ui:title` on the uiSchema node of each overridden field path. */
function withTitles(uiSchema: UiSchema, schema: Schema, labels: LabelOverrides): UiSchema {
  const ui = structuredClone(uiSchema);
  const defs = (schema.$defs as Record<string, Schema> | undefined) ?? {};
  const deref = (s: Schema | undefined) => (s && typeof s.$ref === 'string' ? { ...defs[s.$ref.slice(8)], ...s } : s);
  for (const [path, label] of Object.entries(labels)) {
    if (path.startsWith('/extra/')) continue;
    let node = ui;
    let s: Schema | undefined = schema;
    for (const seg of path.slice(1).split('/')) {
      s = deref(s);
      if (s?.type === 'array') {
        node = (node.items ??= {}) as UiSchema;
        s = deref(s.items as Schema | undefined);
      }
      node = (node[seg] ??= {}) as UiSchema;
      s = (s?.properties as Record<string, Schema> | undefined)?.[seg];
    }
    node['ui:title'] = label;
  }
  return ui;
}

export function applyJurisdiction(formId: FormId, j: JurisdictionForForms): AppliedForm {
  const form = forms[formId];
  const options = j.formOptions?.[formId];
  const rules: FormJurisdiction = {
    id: j.id,
    name: j.name,
    categories: (j.categories ?? []).map(({ from: _from, ...c }) => c),
    ...(pledgesTargets.includes(formId) ? { targets: (j.targets ?? []).map(({ indicator, comparator, value }) => ({ indicator, comparator, value })) } : {}),
    ...(options ? { formOptions: options } : {}),
  };
  const labels = formLabels(formId, rules);
  const extraFields = options?.extraFields ?? [];
  const uiSchema = withTitles(form.uiSchema, form.schema, labels);
  if (extraFields.length) {
    // The island renders extra fields from these definitions (the schema only knows `extra` as a free object).
    uiSchema.extra = { ...(uiSchema.extra as UiSchema | undefined), 'ui:widget': undefined, 'ui:options': { extraFields } };
    delete (uiSchema.extra as UiSchema)['ui:widget'];
  }
  return {
    uiSchema,
    labels,
    extraFields,
    required: [...(options?.required ?? []), ...extraFields.filter((f) => f.required).map((f) => `/extra/${f.key}`)],
    rules,
    sources: sourcesFor(formId, j.documents),
    fieldSources: fieldSources[formId] ?? {},
  };
}
