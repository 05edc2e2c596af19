/**
 * Phone keyboards, over every form as the page draws it (rjsf with the page's
 * input template, each schema's example record so that repeat groups have
 * rows): counts get the digit pad, phone numbers the phone pad, 身份证号 and
 * 学籍号 a capitalised text keyboard (they may hold X or a letter), dates
 * their picker. The expectations go by what a field is called on screen, not
 * by the rule under test, so a schema that forgets to say it fails here.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import Form from '@rjsf/core';
import createPrecompiledValidator from '@rjsf/validator-ajv8/lib/createPrecompiledValidator.js';
import { describe, expect, it } from 'vitest';
import { formIds, forms } from '../../../site/lib/forms/form-registry.ts';
import { loadValidateFns } from '../../../site/lib/forms/load-validator.ts';
import { keyboardFor } from '../../../site/lib/forms/keyboard.ts';
import { codeFieldPaths } from '../../../site/lib/forms/code-fields.ts';
import { KeyboardInput } from '../../../site/islands/form/KeyboardInput.tsx';
import { GradeWidget } from '../../../site/islands/form/GradeWidget.tsx';
import { CategoryWidget } from '../../../site/islands/form/CategoryWidget.tsx';

interface Input {
  id: string;
  label: string;
  attrs: Record<string, string>;
}

async function inputsOf(formId: (typeof formIds)[number]): Promise<Input[]> {
  const form = forms[formId];
  const validator = createPrecompiledValidator((await loadValidateFns(formId)) as never, form.schema as never);
  const html = renderToStaticMarkup(
    createElement(Form, {
      schema: form.schema as never,
      uiSchema: form.uiSchema as never,
      formData: structuredClone((form.schema.examples as unknown[])[0]),
      validator: validator as never,
      templates: { BaseInputTemplate: KeyboardInput },
      widgets: { grade: GradeWidget, category: CategoryWidget },
    }),
  );
  const labels = new Map<string, string>();
  for (const m of html.matchAll(/<label[^>]*for="([^"]+)"[^>]*>(.*?)<\/label>/g)) labels.set(m[1]!, m[2]!.replace(/<[^>]+>/g, ''));
  return [...html.matchAll(/<input\b([^>]*)>/g)].map((m) => {
    const attrs = Object.fromEntries([...m[1]!.matchAll(/([a-zA-Z-]+)="([^"]*)"/g)].map((a) => [a[1]!.toLowerCase(), a[2]!]));
    return { id: attrs.id ?? '', label: labels.get(attrs.id ?? '') ?? '', attrs };
  });
}

describe('phone keyboards on every form', () => {
  it.each(formIds)('%s: counts, phone numbers, codes and dates get the right keyboard', async (formId) => {
    const inputs = await inputsOf(formId);
    expect(inputs.length).toBeGreaterThan(3);
    for (const i of inputs) {
      const where = `${formId} ${i.id}（${i.label}）`;
      const { type = 'text', inputmode } = i.attrs;
      if (type === 'number') expect(['numeric', 'decimal'], where).toContain(inputmode);
      if (type === 'date') expect(inputmode, where).toBeUndefined();
      if (/电话/.test(i.label)) {
        expect(['text', 'tel'], where).toContain(type);
        expect(inputmode, where).toBe('tel');
      }
      if (/身份证号|学籍号/.test(i.label)) {
        expect([type, inputmode, i.attrs.autocapitalize, i.attrs.autocomplete, i.attrs.spellcheck], where).toEqual(['text', 'text', 'characters', 'off', 'false']);
      }
      if (/学校标识码/.test(i.label)) expect(inputmode, where).toBe('numeric');
      if (/人数|次数|年龄/.test(i.label) && type !== 'hidden') expect(inputmode, where).toBe('numeric');
    }
  });

  it('finds every kind of field somewhere, so the checks above are not vacuous', async () => {
    const all = (await Promise.all(formIds.map(inputsOf))).flat();
    const count = (f: (i: Input) => boolean) => all.filter(f).length;
    expect(count((i) => /身份证号/.test(i.label) && i.attrs.inputmode === 'text')).toBeGreaterThanOrEqual(5);
    expect(count((i) => /电话/.test(i.label) && i.attrs.inputmode === 'tel')).toBeGreaterThanOrEqual(7);
    expect(count((i) => i.attrs.type === 'number' && i.attrs.inputmode === 'numeric')).toBeGreaterThanOrEqual(30);
    expect(count((i) => i.attrs.type === 'date')).toBeGreaterThanOrEqual(10);
    expect(count((i) => /学校标识码/.test(i.label) && i.attrs.inputmode === 'numeric')).toBe(1);
  });

  it('every code field of every schema says which keyboard it needs', () => {
    for (const id of formIds) {
      const { schema } = forms[id];
      const defs = (schema.$defs ?? {}) as Record<string, Record<string, unknown>>;
      for (const [name, def] of Object.entries(defs)) if (def['x-code']) expect(def['x-inputmode'], `${id} $defs/${name}`).toBeTypeOf('string');
      expect(codeFieldPaths(schema).length, id).toBeGreaterThanOrEqual(id === 'responsibility-pledge' ? 0 : 2);
    }
  });
});

describe('keyboardFor', () => {
  it('follows the schema: declared mode first, then integer and number types', () => {
    expect(keyboardFor({ type: 'string', 'x-code': true, 'x-inputmode': 'text' })).toEqual({
      inputMode: 'text',
      autoCapitalize: 'characters',
      autoComplete: 'off',
      autoCorrect: 'off',
      spellCheck: false,
    });
    expect(keyboardFor({ type: 'string', 'x-code': true, 'x-inputmode': 'tel' })).toEqual({ inputMode: 'tel', autoComplete: 'off', autoCorrect: 'off', spellCheck: false });
    expect(keyboardFor({ type: 'integer', minimum: 0 })).toEqual({ inputMode: 'numeric' });
    expect(keyboardFor({ type: 'number' })).toEqual({ inputMode: 'decimal' });
    expect(keyboardFor({ type: 'string', format: 'date' })).toEqual({});
    expect(keyboardFor({ type: 'string', 'x-inputmode': 'qwerty' })).toEqual({});
    expect(keyboardFor(undefined)).toEqual({});
  });
});
