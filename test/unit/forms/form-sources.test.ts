import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../site/lib/config/load-config.ts';
import { resolveJurisdiction } from '../../../site/lib/config/resolve.ts';
import { applyJurisdiction } from '../../../site/lib/forms/apply-jurisdiction.ts';
import { formIds, forms } from '../../../site/lib/forms/form-registry.ts';
import { fieldSources, formSources } from '../../../site/lib/forms/form-sources.ts';
import { schemaAt, createRegistry } from '../../../site/lib/validation/schema-walk.ts';
import { repoRoot } from './form-fixtures.ts';
import { flattenClauses } from '../../../site/lib/policies/clauses.ts';

const config = loadConfig(join(repoRoot, 'config'));
const clauseIds = new Set([...config.documents.values()].flatMap((d) => flattenClauses(d.data).map((c) => `${d.data.id}#${c.id}`)));

describe('form sources', () => {
  it('cite clauses that exist, and fields that exist', () => {
    for (const id of formIds) {
      expect(formSources[id].length).toBeGreaterThan(0);
      for (const ref of formSources[id]) expect(clauseIds, ref).toContain(ref);
      for (const [path, refs] of Object.entries(fieldSources[id] ?? {})) {
        const pointer = path.replace(/^\/(grades|attempts|visits)\//, '/$1/0/');
        expect(schemaAt(forms[id].schema, pointer, createRegistry([forms[id].schema])), `${id} ${path}`).toBeDefined();
        for (const ref of refs) expect(clauseIds, ref).toContain(ref);
      }
    }
  });

  it('show a jurisdiction the clauses of the documents it follows', () => {
    const tanghe = applyJurisdiction('monthly-report', resolveJurisdiction(config, 'tanghe'));
    expect(tanghe.sources).toEqual(['tanghe-jiaoji-2022-33#3-2']);
    const national = applyJurisdiction('dropout-registration', resolveJurisdiction(config, 'national'));
    expect(national.sources).toEqual(['guobanfa-2017-72#c2', 'guobanfa-2017-72#c11']);
  });
});
