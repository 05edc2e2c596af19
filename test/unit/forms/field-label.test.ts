/**
 * Field names in messages: every field of every form has a name of its own,
 * so that no two messages about different fields read the same — a title
 * several groups share (县（市、区） under 户籍所在地, 学籍所在地 and 现居住地)
 * is named with its group.
 */
import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../../../site/lib/forms/field-label.ts';
import { formIds, forms, type FormDefinition } from '../../../site/lib/forms/form-registry.ts';
import { formLabels } from '../../../site/lib/forms/custom-validate.ts';
import { createRegistry, schemaAt } from '../../../site/lib/validation/schema-walk.ts';
import { loadValidateFns } from '../../../site/lib/forms/load-validator.ts';
import { validateRecord } from '../../../site/lib/forms/validate-record.ts';
import { rulesOf, today } from './form-fixtures.ts';

/** A pointer to every field of the form, the first row standing for each repeat group. */
function fieldPointers(form: FormDefinition): string[] {
  const registry = createRegistry([form.schema]);
  const out: string[] = [];
  const walk = (pointer: string) => {
    const s = schemaAt(form.schema, pointer, registry);
    if (!s) return;
    if (pointer !== '' && !pointer.endsWith('/0')) out.push(pointer);
    if (s.type === 'object' && s.properties) for (const k of Object.keys(s.properties)) walk(`${pointer}/${k}`);
    if (s.type === 'array' && s.items && typeof s.items === 'object') walk(`${pointer}/0`);
  };
  walk('');
  return out;
}

describe.each(formIds.map((id) => [id] as const))('%s', (formId) => {
  it.each([['no jurisdiction', null], ['tanghe', 'tanghe']] as const)('names each field differently (%s)', (_, j) => {
    const form = forms[formId];
    const labels = j ? formLabels(form, rulesOf(formId, j)) : undefined;
    const names = new Map<string, string[]>();
    for (const p of fieldPointers(form)) {
      const name = fieldLabel(form, p, undefined, labels);
      names.set(name, [...(names.get(name) ?? []), p]);
    }
    expect([...names].filter(([, ps]) => ps.length > 1)).toEqual([]);
  });
});

describe('fieldLabel', () => {
  const form = forms['dropout-registration'];
  it('names a shared title with its group, and only then', () => {
    expect(fieldLabel(form, '/household/county')).toBe('“户籍所在地”的“县（市、区）”');
    expect(fieldLabel(form, '/residence/village')).toBe('“现居住地”的“村（小区、门牌号码等）”');
    expect(fieldLabel(form, '/persuasion/result')).toBe('“核查情况”的“劝返结果”');
    // The row already names its group.
    expect(fieldLabel(form, '/attempts/0/result')).toBe('劝返过程详细记录第1条的“劝返结果”');
    expect(fieldLabel(form, '/student/idNumber')).toBe('“身份证号”');
  });
});

describe('an empty 辍学学生登记表', () => {
  it('gets one message per missing field, each naming its field', async () => {
    const fns = await loadValidateFns('dropout-registration');
    const empty = { student: {}, guardians: [{}], household: {}, registry: {}, residence: {}, persuasion: {} };
    const problems = validateRecord('dropout-registration', empty, fns, { today, jurisdiction: rulesOf('dropout-registration', 'tanghe') });
    expect(new Set(problems.map((p) => p.message)).size).toBe(problems.length);
    expect(problems.map((p) => `${p.pointer}  ${p.message}`)).toMatchSnapshot();
  });
});

describe('a schema that refers to itself', () => {
  it('names its fields at every depth without walking the cycle for ever', () => {
    const schema = {
      $id: 'https://example.test/tree.json',
      $defs: {
        node: {
          type: 'object',
          title: '单位',
          properties: { name: { type: 'string', title: '名称' }, children: { type: 'array', title: '下属单位', items: { $ref: '#/$defs/node' } } },
        },
      },
      type: 'object',
      properties: { root: { $ref: '#/$defs/node' }, note: { type: 'string', title: '名称' } },
    };
    const form = { ...forms['dropout-registration'], schema, uiSchema: {} } as FormDefinition;
    expect(fieldLabel(form, '/root/name')).toBe('“单位”的“名称”');
    expect(fieldLabel(form, '/root/children/1/name')).toBe('下属单位第2条的“名称”');
    expect(fieldLabel(form, '/root/children/0/children/2/name')).toBe('下属单位第1条的下属单位第3条的“名称”');
  });
});
