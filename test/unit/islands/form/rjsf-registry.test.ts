/**
 * Form pages get rjsf's default registry with only some of its fields and
 * widgets (site/islands/form/rjsf-fields.ts, rjsf-widgets.ts, put in place by
 * astro.config.mjs). This renders every form — its example record and an
 * empty one, with the page's own widgets and the 'extra' field — with rjsf's
 * full set wrapped so that each field and widget rjsf looks up is recorded,
 * and checks that the trimmed set has every one of them.
 */
import { createElement, type ComponentType } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import Form from '@rjsf/core';
import allFields from '@rjsf/core/lib/components/fields/index.js';
import allWidgets from '@rjsf/core/lib/components/widgets/index.js';
import createPrecompiledValidator from '@rjsf/validator-ajv8/lib/createPrecompiledValidator.js';
import { describe, expect, it } from 'vitest';
import { formIds, forms } from '../../../../site/lib/forms/form-registry.ts';
import { loadValidateFns } from '../../../../site/lib/forms/load-validator.ts';
import { KeyboardInput } from '../../../../site/islands/form/KeyboardInput.tsx';
import { GradeWidget } from '../../../../site/islands/form/GradeWidget.tsx';
import { CategoryWidget } from '../../../../site/islands/form/CategoryWidget.tsx';
import { ExtraFieldsField } from '../../../../site/islands/form/ExtraFieldsField.tsx';
import trimmedFields, { ANY_OF_MESSAGE } from '../../../../site/islands/form/rjsf-fields.ts';
import trimmedWidgets from '../../../../site/islands/form/rjsf-widgets.ts';

type Components = Record<string, ComponentType<never>>;

function recording(all: Components, used: Set<string>): Components {
  return Object.fromEntries(
    Object.entries(all).map(([name, C]) => {
      const Rec = (props: object) => {
        used.add(name);
        return createElement(C, props as never);
      };
      // rjsf merges a widget's default options into its props.
      (Rec as { defaultProps?: unknown }).defaultProps = (C as { defaultProps?: unknown }).defaultProps;
      return [name, Rec as ComponentType<never>];
    }),
  );
}

async function used(formId: (typeof formIds)[number], formData: unknown): Promise<{ fields: Set<string>; widgets: Set<string>; html: string }> {
  const form = forms[formId];
  const validator = createPrecompiledValidator((await loadValidateFns(formId)) as never, form.schema as never);
  const fields = new Set<string>();
  const widgets = new Set<string>();
  // What FormApp adds to the uiSchema.
  const uiSchema = { ...(form.uiSchema as object) } as Record<string, unknown>;
  if ((form.schema.properties as Record<string, unknown> | undefined)?.extra) uiSchema.extra = { ...(uiSchema.extra as object), 'ui:field': 'extra' };
  if (formId === 'verification') uiSchema.categoryCode = { ...(uiSchema.categoryCode as object), 'ui:widget': 'category' };
  const html = renderToStaticMarkup(
    createElement(Form, {
      schema: form.schema as never,
      uiSchema: uiSchema as never,
      formData,
      validator: validator as never,
      fields: { ...recording(allFields() as never, fields), extra: ExtraFieldsField } as never,
      widgets: { ...recording(allWidgets() as never, widgets), grade: GradeWidget, category: CategoryWidget } as never,
      templates: { BaseInputTemplate: KeyboardInput },
      formContext: { categories: [{ code: '01', label: '示例' }], extraFields: [] },
    }),
  );
  return { fields, widgets, html };
}

describe("form pages' trimmed rjsf registry", () => {
  it.each(formIds)('%s needs no field or widget the trimmed registry lacks', async (formId) => {
    const example = structuredClone((forms[formId].schema.examples as unknown[])[0]);
    for (const data of [example, {}]) {
      const r = await used(formId, data);
      expect(r.html).toContain('<input');
      expect([...r.fields].filter((f) => !(f in trimmedFields())), `${formId} fields`).toEqual([]);
      expect([...r.widgets].filter((w) => !(w in trimmedWidgets())), `${formId} widgets`).toEqual([]);
    }
  });

  it('the recording sees the lookups, so the check above is not vacuous', async () => {
    const all = { fields: new Set<string>(), widgets: new Set<string>() };
    for (const id of formIds) {
      const r = await used(id, structuredClone((forms[id].schema.examples as unknown[])[0]));
      for (const f of r.fields) all.fields.add(f);
      for (const w of r.widgets) all.widgets.add(w);
    }
    for (const f of ['SchemaField', 'ObjectField', 'ArrayField', 'StringField', 'NumberField', 'BooleanField']) expect(all.fields).toContain(f);
    for (const w of ['TextWidget', 'DateWidget', 'TextareaWidget', 'RadioWidget', 'SelectWidget', 'CheckboxesWidget', 'CheckboxWidget']) expect(all.widgets).toContain(w);
  });

  it('drops the fields and widgets no form uses', () => {
    for (const f of ['LayoutGridField', 'LayoutMultiSchemaField', 'LayoutHeaderField']) expect(trimmedFields()).not.toHaveProperty(f);
    for (const w of ['FileWidget', 'RatingWidget', 'AltDateWidget', 'RangeWidget', 'ColorWidget']) expect(trimmedWidgets()).not.toHaveProperty(w);
  });

  it('an anyOf on a form page fails with a Chinese message instead of drawing nothing', () => {
    const schema = { type: 'object', properties: { x: { anyOf: [{ type: 'string' }, { type: 'integer' }] } } };
    const validator = { isValid: () => true, validateFormData: () => ({ errors: [], errorSchema: {} }), rawValidation: () => ({}), toErrorList: () => [] };
    const render = () => renderToStaticMarkup(createElement(Form, { schema: schema as never, validator: validator as never, fields: trimmedFields() as never }));
    expect(render).toThrow(ANY_OF_MESSAGE);
    expect(ANY_OF_MESSAGE).toMatch(/anyOf.*enum/);
  });
});
