/**
 * Build-time data of a form page: the props of the form island (schema, the
 * jurisdiction's uiSchema, labels, categories and form options from
 * applyJurisdiction) and the clauses the form and its fields rest on.
 * Pages only; never imported by the browser.
 */
import type { ResolvedJurisdiction } from '../../../lib/config/resolve.ts';
import { indicators } from '../../../lib/config/config-schemas.ts';
import type { FormDefinition, FormId } from '../../../lib/forms/form-registry.ts';
import { applyJurisdiction, type JurisdictionForForms } from '../../../lib/forms/apply-jurisdiction.ts';
import { sourcesFor } from '../../../lib/forms/form-sources.ts';
import { builtJurisdictionIds, clauseCatalogue, resolved, sourceLabel, sourceUrl } from '../../../lib/site-data.ts';
import type { FormAppProps } from '../../../islands/form/FormApp.tsx';
import type { Basis } from '../../../islands/form/PrintDocuments.tsx';

let texts: Map<string, string> | undefined;

function basisOf(ref: string): Basis {
  texts ??= new Map(clauseCatalogue().map((c) => [c.id, c.text]));
  const text = texts.get(ref);
  return { ref, label: sourceLabel(ref), url: sourceUrl(ref), ...(text ? { text: text.length > 140 ? `${text.slice(0, 140)}…` : text } : {}) };
}

/** The clauses requiring this form, among the documents the jurisdiction follows. */
export function formBasis(j: ResolvedJurisdiction, form: FormId): Basis[] {
  return sourcesFor(form, j.documents).map(basisOf);
}

export function formPageData(j: ResolvedJurisdiction, form: FormDefinition): { basis: Basis[]; props: FormAppProps } {
  const applied = applyJurisdiction(form.id, j as unknown as JurisdictionForForms);
  const basis = applied.sources.map(basisOf);
  // Field help only links to clauses of documents this jurisdiction follows.
  const fieldHelp = Object.fromEntries(
    Object.entries(applied.fieldSources).map(([path, refs]) => [
      path,
      refs.filter((r) => j.documents.includes(r.split('#')[0]!)).map((r) => ({ label: sourceLabel(r), url: sourceUrl(r) })),
    ]),
  );
  const props: FormAppProps = {
    formId: form.id,
    title: form.title,
    version: form.version,
    schema: form.schema,
    uiSchema: applied.uiSchema,
    referenceDate: form.referenceDate,
    futureDatesAllowed: form.futureDatesAllowed,
    jurisdiction: { id: j.id, name: j.name },
    labels: applied.labels,
    extraLabels: Object.fromEntries(applied.extraFields.map((f) => [f.key, f.title])),
    jurisdictionRules: applied.rules,
    categories: form.id === 'verification' ? applied.rules.categories : [],
    basis,
    fieldHelp,
    indicatorLabels: form.id === 'responsibility-pledge' ? Object.fromEntries(indicators.map((i) => [i.id, i.label])) : {},
    jurisdictions: Object.fromEntries(builtJurisdictionIds().flatMap((id) => (resolved(id).forms.includes(form.id) ? [[id, resolved(id).name]] : []))),
  };
  return { basis, props };
}
