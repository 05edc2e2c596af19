/**
 * Where a form page finds the site's jurisdictions that have its form (id →
 * name), to check an imported file's jurisdiction. A file of its own, fetched
 * on the first import of another jurisdiction's file, rather than carried in
 * every form page: the list grows with the site (about 13 KB per page at 200
 * jurisdictions, 200 KB at 3,000).
 */
import type { FormId } from './form-catalogue.ts';

export const formJurisdictionsUrl = (form: FormId) => `/api/forms/${form}/jurisdictions.json`;
