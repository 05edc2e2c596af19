/**
 * The lapsed-source warning and the replacedBy checks (status-warnings.ts) in the cases the first
 * test file does not show: many citations, documents named by short title or title, the
 * replacing document's name, a single citation, a broken replacing document, the did-you-mean.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, sortDiagnostics } from '../../../site/lib/config/diagnostic.ts';
import { loadConfigSources, type ConfigSource } from '../../../site/lib/config/load-sources.ts';

const base = join(import.meta.dirname, '../../fixtures/configs/base');
const read = (path: string) => readFileSync(join(base, path), 'utf8');
const file = (kind: string, id: string, text: string): ConfigSource => ({ file: `config/${kind}/${id}.yaml`, name: `${id}.yaml`, text });

/** validate with county-doc as given, demo as given, and extra policy documents. */
function validate(county: string, demo = read('jurisdictions/demo.yaml'), extra: ConfigSource[] = []) {
  const set = loadConfigSources('config', {
    policies: [file('policies', 'base-doc', read('policies/base-doc.yaml')), file('policies', 'county-doc', county), ...extra],
    jurisdictions: [file('jurisdictions', 'national', read('jurisdictions/national.yaml')), file('jurisdictions', 'demo', demo)],
  });
  return sortDiagnostics(set.diagnostics).map((d) => `${formatDiagnostic(d)}  [${d.code}]`);
}
const withStatus = (status: string, edit = (t: string) => t) => edit(read('policies/county-doc.yaml')).replace('status: in-force', status);
/** demo citing county-doc#1 `n` more times, in one unit's duties. */
const citing = (n: number) => `${read('jurisdictions/demo.yaml')}duties:\n  - unit: 甲\n    items:\n${Array.from({ length: n }, (_, i) => `      - text: 事${i}\n        source: county-doc#1\n`).join('')}`;

describe('the lapsed-source warning', () => {
  it('more than six citations: the first six lines and 等; the document by its short title', () => {
    const county = withStatus('status: expired', (t) => t.replace('docNumber: 示县〔2021〕2号\n', 'shortTitle: 示县方案\n'));
    expect(validate(county, citing(6))).toEqual([
      'config/jurisdictions/demo.yaml:11:13  /targets/0/source  警告：引用的文件 示县方案 已到期（目标年份或实施期限已过），共 8 处（第 11、18、23、25、27、29 行等），请确认这些规定仍然适用，或改为引用现行文件。  [lapsed-source]',
    ]);
  });

  it('exactly six citations: all six lines, no 等', () => {
    expect(validate(withStatus('status: expired'), citing(4))).toEqual([
      'config/jurisdictions/demo.yaml:11:13  /targets/0/source  警告：引用的文件 示县〔2021〕2号 已到期（目标年份或实施期限已过），共 6 处（第 11、18、23、25、27、29 行），请确认这些规定仍然适用，或改为引用现行文件。  [lapsed-source]',
    ]);
  });

  it('a single citation: no count, no lines', () => {
    const demo = read('jurisdictions/demo.yaml').replace('source: county-doc#2', 'source: base-doc#c2');
    expect(validate(withStatus('status: expired'), demo)).toEqual([
      'config/jurisdictions/demo.yaml:11:13  /targets/0/source  警告：引用的文件 示县〔2021〕2号 已到期（目标年份或实施期限已过），请确认这些规定仍然适用，或改为引用现行文件。  [lapsed-source]',
    ]);
  });

  it('names the replacing document by its number, short title or title, in that order', () => {
    const newDoc = read('policies/county-doc.yaml').replace('id: county-doc', 'id: new-doc').replace('docNumber: 示县〔2021〕2号\n', 'shortTitle: 新方案\n').replace('jurisdiction: demo\n', '');
    const byTitle = withStatus('status: superseded\nreplacedBy: new-doc', (t) => t.replace('docNumber: 示县〔2021〕2号\n', ''));
    expect(validate(byTitle, undefined, [file('policies', 'new-doc', newDoc)])).toEqual([
      'config/jurisdictions/demo.yaml:11:13  /targets/0/source  警告：引用的文件 示例县控辍保学实施方案 已被替代，共 2 处（第 11、18 行），替代文件是 新方案，请确认这些规定仍然适用，或改为引用现行文件。  [lapsed-source]',
    ]);
    const titleOnly = newDoc.replace('shortTitle: 新方案\n', '');
    expect(validate(byTitle, undefined, [file('policies', 'new-doc', titleOnly)])[0]).toContain('替代文件是 示例县控辍保学实施方案，');
    expect(validate(withStatus('status: superseded\nreplacedBy: base-doc'))[0]).toContain('已被替代，共 2 处（第 11、18 行），替代文件是 示发〔2020〕1号，');
  });

  it('an expired document may name its replacement; it is no error and is named in the warning', () => {
    expect(validate(withStatus('status: expired\nreplacedBy: base-doc'))).toEqual([
      'config/jurisdictions/demo.yaml:11:13  /targets/0/source  警告：引用的文件 示县〔2021〕2号 已到期（目标年份或实施期限已过），共 2 处（第 11、18 行），替代文件是 示发〔2020〕1号，请确认这些规定仍然适用，或改为引用现行文件。  [lapsed-source]',
    ]);
  });
});

describe('replacedBy', () => {
  it('a replacing document that exists but is broken is not also “找不到”; its id stands in for its name', () => {
    const lines = validate(withStatus('status: repealed\nstatusDate: "2023-01-01"\nreplacedBy: bad-doc'), undefined, [file('policies', 'bad-doc', 'id: bad-doc\n')]);
    expect(lines.filter((l) => l.includes('/replacedBy'))).toEqual([]);
    expect(lines[0]).toBe('config/jurisdictions/demo.yaml:11:13  /targets/0/source  警告：引用的文件 示县〔2021〕2号 已废止（2023-01-01），共 2 处（第 11、18 行），替代文件是 bad-doc，请确认这些规定仍然适用，或改为引用现行文件。  [lapsed-source]');
  });

  it('an unknown replacement suggests a close id, but never the document itself', () => {
    expect(validate(withStatus('status: superseded\nreplacedBy: base-dco')).filter((l) => l.includes('[unknown-document]'))).toEqual([
      'config/policies/county-doc.yaml:9:13  /replacedBy  找不到替代文件 “base-dco”：替代文件须是 policies/ 中收录的政策文件。您是否想写 “base-doc”？  [unknown-document]',
    ]);
    expect(validate(withStatus('status: superseded\nreplacedBy: county-dco')).filter((l) => l.includes('[unknown-document]'))).toEqual([
      'config/policies/county-doc.yaml:9:13  /replacedBy  找不到替代文件 “county-dco”：替代文件须是 policies/ 中收录的政策文件。  [unknown-document]',
    ]);
  });

  it('an invalidated document without its date: 失效日期 is asked for at the status line', () => {
    expect(validate(withStatus('status: invalidated')).filter((l) => l.includes('[missing-status-field]'))).toEqual([
      'config/policies/county-doc.yaml:8:9  /status  效力状态为“已失效”的文件须写 statusDate（失效日期，YYYY-MM-DD）；有替代文件的，再写 replacedBy。  [missing-status-field]',
    ]);
  });

  it('a document in force naming a replacement: the error is at the replacedBy line, saying its status', () => {
    expect(validate(withStatus('status: in-force\nreplacedBy: base-doc'))).toEqual([
      'config/policies/county-doc.yaml:9:13  /replacedBy  文件写了替代文件（replacedBy），但效力状态是“现行有效”；被替代的文件请把 status 改为 superseded、repealed 或 invalidated。  [replaced-in-force]',
    ]);
  });
});
