/** validate and a document's 效力状态: replacing documents must exist; rules citing a lapsed document are warned about, once per file and document. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../site/lib/config/load-config.ts';
import { isLapsed, lapsedSourceNote, statusText } from '../../../site/lib/policies/document-status.ts';

const base = join(import.meta.dirname, '../../fixtures/configs/base');
let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
  work = undefined;
});

/** The base fixture with county-doc's status lines replaced by `status`. */
function withCountyStatus(status: string) {
  work = mkdtempSync(join(tmpdir(), 'baoxue-status-'));
  const dir = join(work, 'config');
  cpSync(base, dir, { recursive: true });
  const file = join(dir, 'policies/county-doc.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('status: in-force', status));
  const set = loadConfig(dir, { displayBase: work });
  return set.diagnostics.map((d) => ({ file: d.file, line: d.line, pointer: d.pointer, severity: d.severity, code: d.code, message: d.message }));
}

describe('status rules in validate', () => {
  it('says nothing while the cited document is in force, or is a 参考范本 cited on purpose', () => {
    expect(withCountyStatus('status: in-force')).toEqual([]);
    expect(withCountyStatus('status: reference')).toEqual([]);
  });

  it('warns once for a file citing an expired document, at its first citation, naming every line', () => {
    const d = withCountyStatus('status: expired');
    expect(d).toEqual([
      {
        file: 'config/jurisdictions/demo.yaml',
        line: 11,
        pointer: '/targets/0/source',
        severity: 'warning',
        code: 'lapsed-source',
        message: '引用的文件 示县〔2021〕2号 已到期（目标年份或实施期限已过），共 2 处（第 11、18 行），请确认这些规定仍然适用，或改为引用现行文件。',
      },
    ]);
  });

  it('an invalidated document: its date in the warning', () => {
    const [w] = withCountyStatus('status: invalidated\nstatusDate: "2022-12-31"');
    expect(w?.message).toContain('已失效（2022-12-31）');
    expect(w?.severity).toBe('warning');
  });

  it('a replacing document must exist and not be the document itself', () => {
    const unknown = withCountyStatus('status: repealed\nstatusDate: "2023-05-01"\nreplacedBy: nowhere-doc').filter((x) => x.severity === 'error');
    expect(unknown).toEqual([expect.objectContaining({ file: 'config/policies/county-doc.yaml', line: 10, pointer: '/replacedBy', code: 'unknown-document' })]);
    expect(unknown[0]!.message).toMatch(/^找不到替代文件 “nowhere-doc”/);
    const self = withCountyStatus('status: superseded\nreplacedBy: county-doc').filter((x) => x.severity === 'error');
    expect(self.map((x) => x.code)).toEqual(['self-reference']);
  });

  it('a document in force cannot name a replacement', () => {
    const errors = withCountyStatus('status: in-force\nreplacedBy: base-doc').filter((x) => x.severity === 'error');
    expect(errors.map((x) => x.code)).toEqual(['replaced-in-force']);
    expect(errors[0]!.message).toContain('现行有效');
  });

  it('asks repealed and invalidated documents for their date, superseded ones for the replacement, at the status line', () => {
    const repealed = withCountyStatus('status: repealed').filter((x) => x.severity === 'error');
    expect(repealed).toEqual([expect.objectContaining({ file: 'config/policies/county-doc.yaml', line: 8, pointer: '/status', code: 'missing-status-field' })]);
    expect(repealed[0]!.message).toBe('效力状态为“已废止”的文件须写 statusDate（废止日期，YYYY-MM-DD）；有替代文件的，再写 replacedBy。');
    expect(withCountyStatus('status: superseded').filter((x) => x.severity === 'error').map((x) => x.message)).toEqual([
      '效力状态为“已被替代”的文件须写 replacedBy（替代它的文件标识）；不知道替代文件时，请改为 repealed 或 invalidated 并写 statusDate。',
    ]);
    expect(withCountyStatus('status: abolished').map((x) => x.code)).toEqual(['not-allowed-value']);
  });
});

describe('document status in words', () => {
  it('marks lapsed documents only', () => {
    expect(['in-force', 'expired', 'repealed', 'invalidated', 'superseded', 'reference'].filter(isLapsed)).toEqual(['expired', 'repealed', 'invalidated', 'superseded']);
    expect(statusText({ status: 'repealed', statusDate: '2023-05-01' })).toBe('已废止（2023-05-01）');
    expect(lapsedSourceNote({ status: 'repealed', statusDate: '2023-05-01' })).toBe('所依据文件已废止（2023-05-01）');
    expect(lapsedSourceNote({ status: 'superseded' })).toBe('所依据文件已被替代');
    expect(lapsedSourceNote({ status: 'in-force' })).toBeUndefined();
    expect(lapsedSourceNote({ status: 'reference' })).toBeUndefined();
  });

  it('the schema names every status in Chinese, in the same words as the pages', async () => {
    const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../../../schemas/policy-document.schema.json'), 'utf8'));
    const status = schema.properties.status;
    expect(Object.keys(status['x-enum-labels'])).toEqual(status.enum);
    for (const value of status.enum) {
      expect(status['x-enum-labels'][value]).toBe(statusText({ status: value }));
      expect(status.description).toContain(`${value} ${status['x-enum-labels'][value]}`);
    }
  });
});
