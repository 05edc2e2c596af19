/**
 * Fuzzing import-document (fast-check, fixed seed, bounded runs): random bytes, official texts
 * cut off anywhere, lines dropped or garbled, random Unicode. Never an exception; a file that
 * cannot be read gets a Chinese reason; every line left out is reported with its line number
 * and a Chinese reason; the policy YAML written for any text loads in the config loader without
 * an exception, every problem located.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { decodeDocumentBytes, parseDocument, policyYaml } from '../../../site/lib/import-document/index.ts';
import { loadConfigSources } from '../../../site/lib/config/load-sources.ts';

const settings = { seed: 20261202, numRuns: 80 };
const chinese = /\p{Script=Han}/u;
const stackTrace = /\bat .+:\d+:\d+|TypeError|RangeError|SyntaxError|ReferenceError|undefined|\[object Object\]/;
const texts = ['qingxi-attendance-rules', 'qingxi-special-action'].map((n) => readFileSync(`test/fixtures/import-document/${n}.txt`, 'utf8'));

function importsCleanly(text: string) {
  const doc = parseDocument(text);
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const u of [...doc.unplaced, ...doc.removed]) {
    expect(u.line).toBeGreaterThanOrEqual(1);
    expect(u.line).toBeLessThanOrEqual(lineCount);
    expect(u.reason).toMatch(chinese);
  }
  if (doc.clauses.length === 0) return;
  const yaml = policyYaml(doc, { id: 'fuzz-doc', sourceName: 'fuzz.txt', title: doc.metadata.title ?? '测试文件', issuer: doc.metadata.issuer ?? '测试机关', knownDocuments: [] });
  expect(() => parseYaml(yaml)).not.toThrow();
  const set = loadConfigSources('config', { policies: [{ file: 'config/policies/fuzz-doc.yaml', name: 'fuzz-doc.yaml', text: yaml }], jurisdictions: [] });
  for (const d of set.diagnostics) {
    expect(d.message).toMatch(chinese);
    expect(d.message).not.toMatch(stackTrace);
    expect(d.file).toBe('config/policies/fuzz-doc.yaml');
  }
}

const garble = fc.oneof(
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1))),
  fc.nat().map((n) => (t: string) => {
    const ls = t.split('\n');
    ls.splice(n % ls.length, 1);
    return ls.join('\n');
  }),
  fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 12 })).map(([n, s]) => (t: string) => t.slice(0, n % t.length) + s + t.slice(n % t.length)),
  fc.tuple(fc.nat(), fc.constantFrom('一、', '（一）', '1.', '（1）', '①', '第一条', '第一章', '附件：', '\u3000', '\r', '\t', '```', '#', '- ', ': ', '"', "'", '\\', '{', '[', '&a', '*a', '!!', '%YAML')).map(
    ([n, s]) =>
      (t: string) => {
        const ls = t.split('\n');
        const i = n % ls.length;
        ls[i] = s + ls[i];
        return ls.join('\n');
      },
  ),
);

describe('import-document on hostile texts', () => {
  it('reads or explains any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const r = decodeDocumentBytes(bytes);
        if (!r.ok) return void expect(r.message).toMatch(chinese);
        importsCleanly(r.text);
      }),
      settings,
    );
  });

  it('imports official texts cut off, with lines dropped, garbled or given a numbering they do not have', () => {
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(garble, { minLength: 1, maxLength: 4 }), (k, fs) => importsCleanly(fs.reduce((t, f) => f(t), texts[k]!))),
      { ...settings, numRuns: 60 },
    );
  });

  it('imports random Unicode text, numbered lines included', () => {
    const line = fc.tuple(fc.constantFrom('', '一、', '（二）', '3.', '（4）', '⑤', '第六条 ', '第七章 ', '附件：'), fc.string({ unit: 'grapheme', maxLength: 40 })).map(([a, b]) => a + b);
    fc.assert(fc.property(fc.array(line, { maxLength: 30 }), (ls) => importsCleanly(ls.join('\n'))), settings);
  });
});
