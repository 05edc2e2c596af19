import { describe, expect, it } from 'vitest';
import { formFieldId } from '../../../site/lib/forms/field-id.ts';
import { siteStore } from './site-search.ts';

const fieldEntries = () => siteStore().entries.filter((e) => e.ref.startsWith('form-field:'));

describe('form field guidance entries', () => {
  it('link to the DOM id the form island gives the field, or to the array holding it', () => {
    expect(fieldEntries().length).toBeGreaterThan(50);
    for (const e of fieldEntries()) {
      const hash = e.url.split('#')[1]!;
      const path = e.ref.slice(e.ref.indexOf('/') + 1).split('.');
      // Either the field itself or an ancestor (the array whose items may not exist yet).
      const ancestors = path.map((_, i) => formFieldId(path.slice(0, i + 1)));
      expect(ancestors, e.ref).toContain(hash);
    }
  });
});
