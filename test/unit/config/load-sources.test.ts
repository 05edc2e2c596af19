/**
 * Loading config texts (load-sources.ts), as the CLI and the in-browser editor both do: the id
 * must match the file name, an id is used once, a file that fails to parse or validate does not
 * make every file citing it report “找不到”, and templates are checked without becoming jurisdictions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, sortDiagnostics } from '../../../site/lib/config/diagnostic.ts';
import { hasErrors, loadConfigSources, type ConfigSet, type ConfigSource } from '../../../site/lib/config/load-sources.ts';

const base = join(import.meta.dirname, '../../fixtures/configs/base');
const read = (path: string) => readFileSync(join(base, path), 'utf8');
const file = (path: string, name: string, text: string): ConfigSource => ({ file: path, name, text });
const policies = () => [
  file('config/policies/base-doc.yaml', 'base-doc.yaml', read('policies/base-doc.yaml')),
  file('config/policies/county-doc.yaml', 'county-doc.yaml', read('policies/county-doc.yaml')),
];
const national = () => file('config/jurisdictions/national.yaml', 'national.yaml', read('jurisdictions/national.yaml'));
const demo = (text = read('jurisdictions/demo.yaml'), path = 'config/jurisdictions/demo.yaml', name = 'demo.yaml') => file(path, name, text);
const printed = (set: ConfigSet) => sortDiagnostics(set.diagnostics).map((d) => `${formatDiagnostic(d)}  [${d.code}]`);

describe('ids and file names', () => {
  it('a policy document copied under another name: its id does not match, and is a duplicate of the original', () => {
    const set = loadConfigSources('config', { policies: [...policies(), file('config/policies/copy.yml', 'copy.yml', read('policies/county-doc.yaml'))], jurisdictions: [national(), demo()] });
    expect(printed(set)).toEqual([
      'config/policies/copy.yml:1:5  /id  文件标识 “county-doc” 与文件名 copy.yml 不一致，请把文件改名为 county-doc.yaml 或改正标识。  [id-mismatch]',
      'config/policies/copy.yml:1:5  /id  文件标识 “county-doc” 重复，已在 config/policies/county-doc.yaml 中使用。  [duplicate-id]',
    ]);
    expect(set.documents.get('county-doc')!.file).toBe('config/policies/county-doc.yaml');
    expect([...set.documents.keys()]).toEqual(['base-doc', 'county-doc']);
  });

  it('the name may carry a folder (either slash) and an upper-case .YAML or .yml extension', () => {
    const set = loadConfigSources('config', { policies: policies(), jurisdictions: [national(), demo(undefined, 'config\\jurisdictions\\demo.YAML', 'C:\\cfg\\jurisdictions\\demo.YAML')] });
    expect(set.diagnostics).toEqual([]);
    expect(set.jurisdictions.get('demo')!.file).toBe('config\\jurisdictions\\demo.YAML');
    const yml = loadConfigSources('config', { policies: policies(), jurisdictions: [national(), demo(undefined, 'config/jurisdictions/demo.yml', 'cfg/jurisdictions/demo.yml')] });
    expect(yml.diagnostics).toEqual([]);
  });

  it('each loaded file keeps its path, data, text and a source to locate values in', () => {
    const text = read('jurisdictions/demo.yaml');
    const set = loadConfigSources('somewhere', { policies: policies(), jurisdictions: [national(), demo(text)] });
    const loaded = set.jurisdictions.get('demo')!;
    expect(set.dir).toBe('somewhere');
    expect(loaded).toMatchObject({ file: 'config/jurisdictions/demo.yaml', text, data: { id: 'demo', name: '示例县', parent: 'national' } });
    expect(loaded.source.locate('/parent')).toEqual({ line: 4, col: 9 });
    expect(set.partial).toBeUndefined();
  });
});

describe('a broken file does not cascade', () => {
  it('a YAML syntax error: reported once, and the documents citing the file do not say it is missing', () => {
    const set = loadConfigSources('config', { policies: [policies()[0]!, file('config/policies/county-doc.yaml', 'county-doc.yaml', 'id: county-doc\ntitle: [x\n')], jurisdictions: [national(), demo()] });
    expect(printed(set)).toEqual(['config/policies/county-doc.yaml:2:8  /  YAML 语法错误：方括号 “[” 没有闭合：缺少 “]”，请在这一行的末尾补上。  [yaml-syntax]']);
    expect([...set.brokenIds]).toEqual(['county-doc']);
    expect(hasErrors(set)).toBe(true);
    expect(set.partial).toBeUndefined();
  });

  it('a schema error: the id written in the file is the one marked broken, so no “找不到辖区” for it', () => {
    const misnamed = demo(read('jurisdictions/demo.yaml').replace('level: county', 'level: countty'), 'config/jurisdictions/x.yaml', 'x.yaml');
    const set = loadConfigSources('config', { policies: policies(), jurisdictions: [national(), misnamed] });
    expect(set.diagnostics.map((d) => `${d.file} ${d.pointer} ${d.code}`)).toEqual(['config/jurisdictions/x.yaml /level not-allowed-value']);
    expect([...set.brokenIds]).toEqual(['demo']);
    expect(set.partial?.map((p) => [p.kind, p.file.file, p.errorPointers])).toEqual([['jurisdiction', 'config/jurisdictions/x.yaml', ['/level']]]);
  });

  it('a file with no id (a list instead of fields) is marked broken by its file name', () => {
    const set = loadConfigSources('config', { policies: policies(), jurisdictions: [national(), demo('- 1\n')] });
    expect(printed(set)).toEqual(['config/jurisdictions/demo.yaml:1:1  /  “辖区配置”应为字段集合，实际是列表。  [wrong-type]']);
    expect([...set.brokenIds]).toEqual(['demo']);
  });

  it('a full-width value gets the exact fix; an unknown key is placed at the key', () => {
    const text = read('jurisdictions/demo.yaml').replace('comparator: ">="', 'comparator: ＞＝').replace('level: county', 'levle: county');
    expect(printed(loadConfigSources('config', { policies: policies(), jurisdictions: [national(), demo(text)] }))).toEqual([
      'config/jurisdictions/demo.yaml:1:1  /  缺少必填字段 “level”（层级）。  [missing-field]',
      'config/jurisdictions/demo.yaml:3:1  /levle  不认识的字段 “levle”。您是否想写 “level”？  [unknown-key]',
      'config/jurisdictions/demo.yaml:8:17  /targets/0/comparator  “比较方式”不能是 “＞＝”，可选：>=（达到或高于）、<=（控制在以内）、=（恰好达到）。请写 >=（半角符号，在 YAML 中加引号写成 ">="）。  [not-allowed-value]',
    ]);
  });
});

describe('templates', () => {
  it('checked for syntax, schema and id, kept as partial files, never jurisdictions', () => {
    const t = (id: string, text: string) => file(`config/templates/${id}.yaml`, `${id}.yaml`, text);
    const set = loadConfigSources('config', {
      policies: policies(),
      jurisdictions: [national(), demo()],
      templates: [
        t('town', 'id: village\nname: 某镇\nlevel: town\nparent: demo\n'),
        t('bad', 'id: [x\n'),
        t('sch', 'id: 5\nname: x\nlevel: school\nparent: demo\n'),
        t('nul', ''),
        t('county', 'id: county\nname: 某县\nlevel: county\nparent: national\n'),
      ],
    });
    expect(printed(set)).toEqual([
      'config/templates/bad.yaml:1:5  /  YAML 语法错误：方括号 “[” 没有闭合：缺少 “]”，请在这一行的末尾补上。  [yaml-syntax]',
      'config/templates/nul.yaml:1:1  /  “辖区配置”应为字段集合，实际是空值。  [wrong-type]',
      'config/templates/sch.yaml:1:5  /id  “辖区标识”应为文字，实际是整数 5。请加引号写成 "5"。  [wrong-type]',
      'config/templates/town.yaml:1:5  /id  范本标识 “village” 与文件名 town.yaml 不一致，请把文件改名为 village.yaml 或改正标识。  [id-mismatch]',
    ]);
    expect([...set.jurisdictions.keys()]).toEqual(['national', 'demo']);
    expect(set.brokenIds.size).toBe(0);
    expect(set.partial?.map((p) => [p.kind, p.file.file, p.errorPointers])).toEqual([
      ['jurisdiction', 'config/templates/town.yaml', []],
      ['jurisdiction', 'config/templates/sch.yaml', ['/id']],
      ['jurisdiction', 'config/templates/nul.yaml', ['']],
      ['jurisdiction', 'config/templates/county.yaml', []],
    ]);
  });

  it('the hook runs after loading and before the cross-file rules', () => {
    const seen: string[] = [];
    const set = loadConfigSources('config', { policies: policies(), jurisdictions: [national(), demo()] }, [], (s) => {
      seen.push([...s.jurisdictions.keys()].join(','));
      s.jurisdictions.get('demo')!.data.parent = 'gone';
    });
    expect(seen).toEqual(['national,demo']);
    expect(set.diagnostics.map((d) => d.code)).toEqual(['unknown-parent']);
  });
});
