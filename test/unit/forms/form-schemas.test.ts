/**
 * Every form schema: strict, Chinese title and description on every property,
 * shared definitions identical across files, `examples[0]` valid, and every
 * fixture under test/fixtures/forms/<form-id>/ valid or invalid as its name
 * says, with its messages (and reminders, which never make a record invalid) pinned.
 */
import { describe, expect, it } from 'vitest';
import { formIds, forms } from '../../../site/lib/forms/form-registry.ts';
import { formCatalogue } from '../../../site/lib/forms/form-catalogue.ts';
import { loadValidateFns } from '../../../site/lib/forms/load-validator.ts';
import { validateRecord } from '../../../site/lib/forms/validate-record.ts';
import { fixtureFiles, fixtureProblems, fixtureWarnings, rulesOf, shippedConfig, today } from './form-fixtures.ts';

type Schema = Record<string, unknown>;

function* propertySchemas(node: unknown, path = '#'): Generator<{ path: string; schema: Schema }> {
  if (!node || typeof node !== 'object') return;
  const s = node as Schema;
  for (const [k, v] of Object.entries(s)) {
    if (k === 'examples' || k === 'enum') continue;
    if (k === 'properties' && v && typeof v === 'object') {
      for (const [p, sub] of Object.entries(v)) {
        yield { path: `${path}/properties/${p}`, schema: sub as Schema };
        yield* propertySchemas(sub, `${path}/properties/${p}`);
      }
    } else if (v && typeof v === 'object') yield* propertySchemas(v, `${path}/${k}`);
  }
}

describe.each(formIds.map((id) => [id] as const))('%s', (formId) => {
  const form = forms[formId];

  it('is a strict, versioned schema with Chinese titles and descriptions', () => {
    expect(form.schema.$id).toBe(`https://baoxue.local/schemas/forms/${formId}.schema.json`);
    expect(form.version).toBeGreaterThanOrEqual(1);
    expect(form.schema['x-form-version'], 'x-form-version = form-catalogue.ts version').toBe(formCatalogue[formId].version);
    expect(form.schema.title, 'title = form-catalogue.ts title').toBe(formCatalogue[formId].title);
    expect(form.schema.additionalProperties).toBe(false);
    for (const { path, schema } of propertySchemas(form.schema)) {
      expect(schema.title, `${path} title`).toMatch(/\p{Script=Han}/u);
      expect(schema.description, `${path} description`).toMatch(/\p{Script=Han}/u);
      if (schema.type === 'object' && schema.properties) expect(schema.additionalProperties, `${path}`).toBe(false);
      expect(schema.format, `${path}: use pattern, not format`).toBeUndefined();
    }
  });

  it('shows users no English: help texts are Chinese, English enum values have Chinese names', () => {
    const english = /[A-Za-z]{2,}/;
    const shown = (node: unknown, path: string, out: string[] = []): string[] => {
      if (Array.isArray(node)) node.forEach((n, i) => shown(n, `${path}/${i}`, out));
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'examples' || k === 'enum' || k === 'const' || k === 'pattern') continue;
          if (typeof v === 'string' && /^(title|description|ui:title|ui:description|ui:help|ui:placeholder)$/.test(k) && english.test(v)) out.push(`${path}/${k}: ${v}`);
          else if (k === 'ui:enumNames' && (v as string[]).some((n) => english.test(n))) out.push(`${path}/${k}`);
          else shown(v, `${path}/${k}`, out);
        }
      }
      return out;
    };
    expect(shown(form.schema, '#')).toEqual([]);
    expect(shown(form.uiSchema, 'ui')).toEqual([]);
    for (const { path, schema } of propertySchemas(form.schema)) {
      if (!Array.isArray(schema.enum) || !schema.enum.some((v) => typeof v === 'string' && english.test(v))) continue;
      const uiPath = path.replace(/^#/, '').split('/').filter((seg) => seg && seg !== 'properties').map((seg) => (seg === 'items' ? 'items' : seg));
      const ui = uiPath.reduce<any>((u, seg) => u?.[seg], form.uiSchema);
      expect(ui?.['ui:enumNames'], `${path}: Chinese names for its values`).toHaveLength(schema.enum.length);
    }
  });

  it('gives help texts no one jurisdiction’s examples: every jurisdiction’s page shows them', () => {
    const places = [...shippedConfig.jurisdictions.values()].map((j) => j.data.name.replace(/(县|市|区|镇|省|自治区)$/, '')).filter((n) => n.length >= 2);
    const named: string[] = [];
    // The form's own description may cite where its layout comes from (唐河县教基〔2022〕33号附件1).
    for (const { path, schema } of propertySchemas(form.schema)) {
      for (const place of places) if (typeof schema.description === 'string' && schema.description.includes(place)) named.push(`${path}: ${schema.description}`);
    }
    expect(named).toEqual([]);
  });

  it('shares its $defs verbatim with the other forms', () => {
    for (const other of formIds) {
      const defs = (forms[other].schema.$defs ?? {}) as Schema;
      for (const [name, def] of Object.entries((form.schema.$defs ?? {}) as Schema)) {
        if (name in defs) expect(defs[name], `${name} in ${other}`).toEqual(def);
      }
    }
  });

  it('has a complete, valid examples[0] (also under the jurisdiction tanghe)', async () => {
    const fns = await loadValidateFns(formId);
    const example = (form.schema.examples as unknown[])[0];
    expect(validateRecord(formId, example, fns, { today })).toEqual([]);
    expect(validateRecord(formId, example, fns, { today, jurisdiction: rulesOf(formId, 'tanghe') })).toEqual([]);
  });

  it.each(fixtureFiles(formId).map((f) => [f.name, f.path] as const))('reminders of fixture %s', (_name, path) => {
    const warnings = fixtureWarnings(formId, path);
    // Also when there are none: a reminder that starts firing on a fixture must show up here.
    expect(warnings).toMatchSnapshot();
  });

  it.each(fixtureFiles(formId).map((f) => [f.name, f.path] as const))('fixture %s', async (name, path) => {
    const problems = await fixtureProblems(formId, path);
    if (name.startsWith('valid-')) expect(problems).toEqual([]);
    else {
      expect(problems.length).toBeGreaterThan(0);
      expect(problems).toMatchSnapshot();
    }
  });
});
