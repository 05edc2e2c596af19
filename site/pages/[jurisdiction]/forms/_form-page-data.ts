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
import { isFormId } from '../../../lib/forms/form-catalogue.ts';
import { initialData } from '../../../lib/forms/initial-data.ts';
import { clauseCitation } from '../../../lib/policies/citation.ts';
import { document, flatClauses, sourceLabel, sourceUrl } from '../../../lib/site-data.ts';
import { leadSentences } from '../../../lib/text/lead-sentences.ts';
import type { FormAppProps } from '../../../islands/form/FormApp.tsx';
import type { Basis } from '../../../islands/form/PrintDocuments.tsx';

/** A clause as the page lists it on screen: with its opening sentences, linked to the full text. */
export interface PageBasis extends Basis {
  excerpt?: { text: string; cut: boolean };
}

function basisOf(ref: string): PageBasis {
  const [docId = '', clauseId = ''] = ref.split('#');
  const doc = document(docId);
  const clause = doc && flatClauses(doc).find((c) => c.id === clauseId);
  return {
    ref,
    label: sourceLabel(ref),
    url: sourceUrl(ref),
    // Paper cites the clause in full form; screen shows whole opening sentences, never a cut one.
    citation: doc && clause ? clauseCitation(doc, clause) : sourceLabel(ref),
    ...(clause?.text ? { excerpt: leadSentences(clause.text, 140) } : {}),
  };
}

/** The clauses requiring this form, among the documents the jurisdiction follows. */
export function formBasis(j: ResolvedJurisdiction, form: FormId): PageBasis[] {
  return sourcesFor(form, j.documents).map(basisOf);
}

export function formPageData(j: ResolvedJurisdiction, form: FormDefinition): { basis: PageBasis[]; props: FormAppProps } {
  const applied = applyJurisdiction(form.id, j as unknown as JurisdictionForForms);
  const basis = applied.sources.map(basisOf);
  const start = initialData(form.id, j);
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
    // The island prints citations only; the excerpts stay in the page's HTML.
    basis: basis.map(({ excerpt: _excerpt, ...b }) => b),
    fieldHelp,
    indicatorLabels: form.id === 'responsibility-pledge' ? Object.fromEntries(indicators.map((i) => [i.id, i.label])) : {},
    // Kept by the service worker for offline use: every form page of this jurisdiction, their list and the reports dashboard.
    offlinePages: [`/${j.id}/forms/`, ...j.forms.filter(isFormId).map((f) => `/${j.id}/forms/${f}/`), `/${j.id}/reports/`],
    ...(start ? { initialData: start } : {}),
  };
  return { basis, props };
}
