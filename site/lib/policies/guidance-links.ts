/**
 * Where each kind of guidance item lives on the site (the anchors of the
 * /<jurisdiction>/procedures/ and /duties/ pages). Policy pages ("cited by")
 * and the search index both link through these, so an anchor scheme changes
 * in one place.
 */
import { formFieldId } from '../forms/field-id.ts';

export const guidanceUrls = {
  targets: (j: string) => `/${j}/targets/`,
  /** duties are grouped on the page by the jurisdiction that states them */
  duties: (j: string, from: string = j) => `/${j}/duties/#duties-${from}`,
  procedure: (j: string, id: string) => `/${j}/procedures/#procedure-${id}`,
  escalation: (j: string, _id: string) => `/${j}/procedures/#escalation`,
  calendar: (j: string, _id: string) => `/${j}/procedures/#calendar`,
  category: (j: string, code: string) => `/${j}/procedures/#category-${code}`,
  leadingGroup: (j: string) => `/${j}/duties/#leading-group`,
  form: (j: string, form: string) => `/${j}/forms/${form}/`,
  /** the field's DOM id, built as the form island builds it (the form is drawn in the browser) */
  formField: (j: string, form: string, path: string[]) => `/${j}/forms/${form}/#${formFieldId(path)}`,
};
