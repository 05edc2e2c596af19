import { describe, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import editorSchema from '../../../site/generated/schemas/jurisdiction.editor.json';
import editorFns from '../../../site/generated/validators/editor/jurisdiction.js';
import { loadConfig } from '../../../site/lib/config/load-config.ts';
import { loadConfigSources } from '../../../site/lib/config/load-sources.ts';
import { toYaml, tidy, type SchemaNode } from '../../../site/lib/editor/to-yaml.ts';
import { editorUiSchema, enumNames, editorFieldId } from '../../../site/lib/editor/ui-schema.ts';
import { checkEdited } from '../../../site/lib/editor/check-edited.ts';
import { ancestorIds, citedDocuments, type EditorContext } from '../../../site/lib/editor/edited-files.ts';
import { configIndex } from '../../../site/lib/editor/config-index.ts';
import { bundleSchema } from '../../../scripts/lib/bundle-schema.ts';
import { configSchemaFiles } from '../../../scripts/lib/schema-files.ts';
import { customKeywords } from '../../../scripts/lib/create-ajv.ts';

const schema = editorSchema as unknown as SchemaNode;
const shipped = loadConfig(resolve('config'));
const sourcesOf = (map: typeof shipped.jurisdictions | typeof shipped.documents) =>
  [...map.values()].map((f) => ({ file: f.file, name: f.file.replace(/^.*\//, ''), text: f.text }));
const everything: EditorContext = { jurisdictions: sourcesOf(shipped.jurisdictions), policies: sourcesOf(shipped.documents) };

describe('bundleSchema', () => {
  test('leaves no reference to another file, and every local reference resolves', () => {
    const refs = JSON.stringify(schema).match(/"\$ref":"[^"]*"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) {
      const ref = JSON.parse(`{${r}}`).$ref as string;
      expect(ref.startsWith('#/')).toBe(true);
      const target = ref.slice(2).split('/').reduce<unknown>((n, s) => (n as Record<string, unknown>)?.[s], schema);
      expect(target, ref).toBeTypeOf('object');
    }
  });

  test('accepts and rejects what the CLI schema does, for every shipped jurisdiction and a broken one', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true, keywords: [...new Set<string>([...customKeywords, 'x-enum-labels'])] });
    const validate = ajv.compile(bundleSchema(configSchemaFiles().find((f) => f.name === 'jurisdiction')!.schema, configSchemaFiles().map((f) => f.schema), 'https://example.test/j.json'));
    for (const { data } of shipped.jurisdictions.values()) expect(validate(data), data.id).toBe(true);
    const lushi = shipped.jurisdictions.get('lushi')!.data;
    expect(validate({ ...lushi, targets: [{ indicator: 'consolidation-rate', comparator: '≥', value: 96, source: 'x#1' }] })).toBe(false);
    // The page's precompiled rjsf validator is compiled from the very object the page renders.
    const fn = (editorFns as Record<string, (d: unknown) => boolean>)[schema.$id as string]!;
    expect(fn(lushi)).toBe(true);
    expect(fn({ ...lushi, level: 'village' })).toBe(false);
  });
});

describe('toYaml', () => {
  test('every shipped jurisdiction, written by the editor, loads with no problem and the same data', () => {
    const written = [...shipped.jurisdictions.values()].map((f) => ({ file: f.file, name: `${f.data.id}.yaml`, text: toYaml(f.data, schema, { header: ['测试'] }) }));
    const set = loadConfigSources('config', { policies: everything.policies, jurisdictions: written });
    expect(set.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    for (const [id, f] of shipped.jurisdictions) expect(set.jurisdictions.get(id)!.data, id).toEqual(f.data);
  });

  test('keys follow the schema, empty values are left out, headings are comments', () => {
    const text = toYaml({ targets: [{ value: 99, indicator: 'enrolment-rate', comparator: '>=', source: 'a#1', note: '' }], level: 'county', name: ' 某县 ', id: 'mou', duties: [], leadingGroup: {} }, schema, { header: ['第一行'] });
    expect(text).toBe(['# 第一行', '', 'id: mou', 'name: 某县', 'level: county', '# 工作目标', 'targets:', '  - indicator: enrolment-rate', '    comparator: ">="', '    value: 99', '    source: a#1', ''].join('\n'));
  });

  test('a right-to-left override is written as an escape in a double-quoted text: the same value, a file it cannot disguise', () => {
    const data = { id: 'mou', name: '右到左\u202Etxt.exe', level: 'county', note: '第一段\u2066隔离\u2069 与 \u200F 标记', duties: [{ unit: '单位\u202E', items: [{ text: '职责', source: 'a#1' }] }] };
    const text = toYaml(data, schema, { header: [`辖区配置：${data.name}`] });
    expect(text).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(text).toContain('name: "右到左\\u202Etxt.exe"');
    expect(text).toContain('# 辖区配置：右到左\\u202Etxt.exe');
    expect(parseYaml(text)).toEqual(data);
    // Texts without such controls are written as before.
    expect(toYaml({ id: 'mou', name: '某县' }, schema)).toBe('id: mou\nname: 某县\n');
  });

  test('tidy keeps keys the schema does not know (validate then names them)', () => {
    expect(tidy({ zz: 1, id: 'a' }, schema, schema)).toEqual({ id: 'a', zz: 1 });
  });
});

describe('editor form', () => {
  test('enum values get their Chinese names, from the description or x-enum-labels', () => {
    expect(enumNames({ enum: ['county', 'town'], description: '行政层级：national 国家，county 县级（含县级市、区），town 乡镇。' })).toEqual(['县级（county）', '乡镇（town）']);
    expect(enumNames({ enum: ['>=', '<='], description: '“>=” 达到或高于，“<=” 控制在以内。' })).toEqual(['达到或高于（>=）', '控制在以内（<=）']);
    expect(enumNames({ enum: ['a', 'b'], 'x-enum-labels': { a: '甲', b: '乙' } })).toEqual(['甲（a）', '乙（b）']);
    expect(enumNames({ enum: ['a', 'b'], description: 'a 甲' })).toBeUndefined();
  });

  test('uiSchema: long texts are text areas, levels are named', () => {
    const ui = editorUiSchema(schema) as Record<string, any>;
    expect(ui.duties.items.items.items.text['ui:widget']).toBe('textarea');
    expect(ui.level['ui:enumNames']).toContain('县级（county）');
    expect(editorFieldId('/targets/0/value')).toBe('e_targets_0_value');
  });
});

describe('checkEdited', () => {
  const lushi = shipped.jurisdictions.get('lushi')!;

  test('an unchanged shipped file has no problem', () => {
    expect(checkEdited([{ kind: 'jurisdiction', name: 'lushi.yaml', text: lushi.text }], everything).diagnostics).toEqual([]);
  });

  test('reports the CLI message, at the line of the written file, for the edited file only', () => {
    const text = toYaml({ ...lushi.data, targets: [{ indicator: 'consolidation-rate', comparator: '>=', value: 96, year: 2020, source: 'luzhengban-2019-18#9-9' }] }, schema);
    const { diagnostics } = checkEdited([{ kind: 'jurisdiction', name: 'lushi.yaml', text }], everything);
    expect(diagnostics).toHaveLength(1);
    const d = diagnostics[0]!;
    expect(d.file).toBe('config/jurisdictions/lushi.yaml');
    expect(d.pointer).toBe('/targets/0/source');
    expect(text.split('\n')[d.line - 1]).toContain('luzhengban-2019-18#9-9');
    expect(d.message).toContain('9-9');
  });

  test('an unknown parent is named', () => {
    const text = toYaml({ id: 'xinxian', name: '新县', level: 'county', parent: 'nowhere' }, schema);
    const { diagnostics } = checkEdited([{ kind: 'jurisdiction', name: 'xinxian.yaml', text }], everything);
    expect(diagnostics.map((d) => d.pointer)).toContain('/parent');
  });

  test('what a file depends on: cited documents and ancestors', () => {
    expect(citedDocuments(lushi.data)).toContain('luzhengban-2019-18');
    const parents = new Map(configIndex(shipped).jurisdictions.map((j) => [j.id, j.parent]));
    expect(ancestorIds('henan', parents)).toEqual(['henan', 'national']);
    expect(ancestorIds('lushi', new Map([['lushi', 'lushi']]))).toEqual(['lushi']);
  });

  test('the index lists the templates, never as jurisdictions', () => {
    const index = configIndex(shipped);
    expect(index.templates.map((t) => t.id).sort()).toEqual(['county', 'school', 'town']);
    expect(index.jurisdictions.map((j) => j.id)).not.toContain('town');
  });

  test('config files are served as written', () => {
    expect(lushi.text).toBe(readFileSync(resolve('config/jurisdictions/lushi.yaml'), 'utf8'));
  });
});
