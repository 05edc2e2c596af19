/**
 * Fuzzing the readers of files that arrive from schools (fast-check, fixed seed, bounded runs):
 * whatever the bytes, never a crash, always a Chinese message saying where, and the valid
 * records of the same file still read.
 */
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEnvelope, parseEnvelopeBytes, type EnvelopeResult } from '../../../site/lib/forms/envelope.ts';
import { forms } from '../../../site/lib/forms/form-registry.ts';
import { fromXlsx, type XlsxReadResult } from '../../../site/lib/forms/xlsx/from-xlsx.ts';
import { toXlsx } from '../../../site/lib/forms/xlsx/to-xlsx.ts';

const settings = { seed: 20261202, numRuns: 150 };
const chinese = /\p{Script=Han}/u;
const form = forms['dropout-registration'];
const example = () => structuredClone((form.schema.examples as Record<string, unknown>[])[0]!);
const envelope = () => buildEnvelope('dropout-registration', 'tanghe', example());
const validJson = strToU8(JSON.stringify(envelope(), null, 2));
const validXlsx = toXlsx(form, envelope());

function explainsJson(results: EnvelopeResult[]) {
  expect(results.length).toBeGreaterThan(0);
  for (const r of results) {
    if (r.ok) continue;
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) {
      expect(typeof p.pointer).toBe('string');
      expect(p.message).toMatch(chinese);
      expect(p.message).not.toMatch(/\bat .+:\d+:\d+|TypeError|RangeError|SyntaxError|undefined/);
    }
  }
}

function explainsXlsx(r: XlsxReadResult) {
  if (r.ok) return;
  expect(r.problems.length).toBeGreaterThan(0);
  for (const p of r.problems) {
    expect(p.where).toMatch(chinese);
    expect(p.message).toMatch(chinese);
    expect(p.message).not.toMatch(/\bat .+:\d+:\d+|TypeError|RangeError|undefined/);
  }
}

describe('.json files (check and 导入)', () => {
  it('explains a file cut off anywhere', () => {
    fc.assert(fc.property(fc.nat({ max: validJson.length - 1 }), (n) => explainsJson(parseEnvelopeBytes(validJson.slice(0, n), 'dropout-registration'))), settings);
  });

  it('explains random bytes and wrong encodings', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => explainsJson(parseEnvelopeBytes(bytes, 'dropout-registration'))), settings);
    // UTF-16 as Windows Notepad saves “Unicode”.
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...JSON.stringify(envelope())].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const [r] = parseEnvelopeBytes(utf16, 'dropout-registration');
    expect(r!.ok).toBe(false);
    explainsJson([r!]);
  });

  it('explains any JSON value, deep nesting and huge strings included, in place of the data or the record', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    for (const text of [deep(5000), `{"form":"dropout-registration","version":1,"jurisdiction":"tanghe","data":${deep(3000)}}`, JSON.stringify({ ...envelope(), jurisdiction: '县'.repeat(200_000) })]) {
      explainsJson(parseEnvelopeBytes(strToU8(text), 'dropout-registration'));
    }
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        explainsJson(parseEnvelopeBytes(strToU8(JSON.stringify(value)), 'dropout-registration'));
        explainsJson(parseEnvelopeBytes(strToU8(JSON.stringify({ ...envelope(), data: value })), 'dropout-registration'));
      }),
      settings,
    );
  });

  it('still reads the valid records of a file whose other records are broken', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant('valid'), fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 6 }), (items) => {
        const records = items.map((x) => (x === 'valid' ? envelope() : x));
        const results = parseEnvelopeBytes(strToU8(JSON.stringify(records)), 'dropout-registration');
        expect(results).toHaveLength(records.length);
        items.forEach((x, i) => {
          if (x === 'valid') expect(results[i]!.ok).toBe(true);
        });
        explainsJson(results);
      }),
      settings,
    );
  });
});

describe('.xlsx files (check and 导入)', () => {
  it('explains a workbook cut off anywhere or with bytes flipped', () => {
    fc.assert(fc.property(fc.nat({ max: validXlsx.length - 1 }), (n) => explainsXlsx(fromXlsx(form, validXlsx.slice(0, n)))), { ...settings, numRuns: 60 });
    fc.assert(
      fc.property(fc.nat({ max: validXlsx.length - 1 }), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const bytes = validXlsx.slice();
        bytes[at] = bytes[at]! ^ flip;
        explainsXlsx(fromXlsx(form, bytes));
      }),
      { ...settings, numRuns: 60 },
    );
  });

  it('explains a workbook missing any of its parts, and still reads the main sheet without a repeat-group sheet', () => {
    const files = unzipSync(validXlsx);
    for (const part of Object.keys(files)) {
      const { [part]: _gone, ...rest } = files;
      explainsXlsx(fromXlsx(form, zipSync(rest)));
    }
    const { 'xl/worksheets/sheet3.xml': _attempts, ...withoutAttempts } = files;
    const r = fromXlsx(form, zipSync(withoutAttempts));
    const read = r.ok ? r.envelope : r.partial?.envelope;
    expect((read?.data as { student?: { name?: string } })?.student?.name).toBe((example().student as { name: string }).name);
  });

  it('explains any text, number or formula put in any cell of the main sheet', () => {
    const files = unzipSync(validXlsx);
    const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    const cells = [...sheet.matchAll(/<c r="(B\d+)"[^]*?<\/c>/g)].map((m) => m[0]);
    const cell = fc.oneof(
      fc.string({ maxLength: 40 }).map((s) => `<c t="inlineStr"><is><t>${s.replace(/[<&]/g, '')}</t></is></c>`),
      fc.double({ noNaN: true }).map((n) => `<c><v>${n}</v></c>`),
      fc.constantFrom('<c t="e"><v>#REF!</v></c>', '<c><f>SUM(A1:A3)</f><v>6</v></c>', '<c t="str"><f>A1&amp;B1</f><v>张三</v></c>', '<c t="b"><v>1</v></c>', '<c s="5"><v>44623</v></c>'),
    );
    fc.assert(
      fc.property(fc.nat({ max: cells.length - 1 }), cell, (k, replacement) => {
        const edited = sheet.replace(cells[k]!, replacement.replace('<c', `<c r="${/r="(B\d+)"/.exec(cells[k]!)![1]}"`));
        explainsXlsx(fromXlsx(form, zipSync({ ...files, 'xl/worksheets/sheet1.xml': strToU8(edited) })));
      }),
      { ...settings, numRuns: 80 },
    );
  });
});
