/**
 * Hostile values through every writer of files a spreadsheet opens: the form's .xlsx export,
 * the report workbook and CSV of aggregate. Text stays text — an inline string cell, never a
 * formula (<f>) — and reads back as written; a CSV cell that starts like a formula (= + - @,
 * tab, CR) is defused with a leading ' so Excel shows it instead of running it.
 */
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEnvelope } from '../../../site/lib/forms/envelope.ts';
import { forms } from '../../../site/lib/forms/form-registry.ts';
import { fromXlsx } from '../../../site/lib/forms/xlsx/from-xlsx.ts';
import { toXlsx } from '../../../site/lib/forms/xlsx/to-xlsx.ts';
import { aggregate, loadReportValidators } from '../../../site/lib/reports/aggregate.ts';
import type { FormValidators } from '../../../site/lib/reports/aggregate-types.ts';
import { reportSheets } from '../../../site/lib/reports/report-sheets.ts';
import { csvCell, toCsv } from '../../../site/lib/reports/to-csv.ts';
import { writeWorkbook } from '../../../site/lib/xlsx/write-workbook.ts';
import { formulaPayloads, payload, payloadList } from '../../fixtures/hostile/payloads.ts';
import { fixtureFiles, jurisdiction } from '../reports/report-fixtures.ts';

// XML 1.0 cannot hold controls, and readers turn CR into LF: cells carry them as _xHHHH_ (as Excel writes them).
const fromCellEscapes = (s: string) => s.replace(/_x([0-9A-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));

/** Every sheet of a workbook: no formula anywhere, and each cell's text (inline strings only). */
function cellsOf(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes);
  const texts: string[] = [];
  for (const [name, data] of Object.entries(files)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(data);
    expect(xml, `${name} 中有公式`).not.toMatch(/<f[\s>]/);
    for (const m of xml.matchAll(/<c [^>]*?(?:t="(\w+)")?[^>]*>(.*?)<\/c>/gs)) {
      if (m[2]!.startsWith('<is>')) {
        expect(m[0]).toContain('t="inlineStr"');
        texts.push(
          fromCellEscapes(
            m[2]!
              .replace(/^<is><t[^>]*>|<\/t><\/is>$/g, '')
              .replace(/&lt;/g, '<')
              .replace(/&gt;/g, '>')
              .replace(/&quot;/g, '"')
              .replace(/&amp;/g, '&'),
          ),
        );
      }
    }
  }
  return texts;
}

/** The record with every string replaced by the next payload. */
function poisoned(value: unknown, n = { i: 0 }): unknown {
  if (typeof value === 'string') return payload(n.i++);
  if (Array.isArray(value)) return value.map((v) => poisoned(v, n));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisoned(v, n)]));
  return value;
}

describe('writeWorkbook', () => {
  it('writes every payload as an inline string that reads back as written, in headers and cells', () => {
    const bytes = writeWorkbook([{ name: payload(0), header: payloadList, rows: [payloadList, [...payloadList].reverse()] }]);
    const texts = cellsOf(bytes);
    for (const p of payloadList) expect(texts.filter((t) => t === p).length, JSON.stringify(p.slice(0, 30))).toBe(3);
    expect(strFromU8(unzipSync(bytes)['xl/workbook.xml']!)).not.toContain('<script>');
  });

  it('never writes a formula, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { minLength: 1, maxLength: 8 }), (row) => {
        cellsOf(writeWorkbook([{ name: '表', header: ['甲'], rows: [row] }]));
      }),
      { seed: 20261202, numRuns: 40 },
    );
  });
});

describe('the form’s .xlsx export', () => {
  it.each(Object.keys(forms))('keeps every string of a poisoned %s record as text and reads it back unchanged', (id) => {
    const form = forms[id as keyof typeof forms];
    const data = poisoned(structuredClone((form.schema.examples as unknown[])[0]));
    const bytes = toXlsx(form, buildEnvelope(form.id, 'tanghe', data as Record<string, unknown>));
    const texts = cellsOf(bytes);
    expect(texts.some((t) => t.startsWith('<script>'))).toBe(true);
    const read = fromXlsx(form, bytes);
    const back = read.ok ? read.envelope : read.partial?.envelope;
    // Values a field cannot hold (a payload in a date or a number field) are reported, but kept as they were; text fields are read trimmed.
    const clean = (v: unknown): unknown => (typeof v === 'string' ? v.trim() : Array.isArray(v) ? v.map(clean) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)])) : v);
    const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
    const readBack = new Set(strings(clean((back as { data: unknown }).data)));
    for (const s of strings(clean(data))) if (s) expect(readBack.has(s), JSON.stringify(s.slice(0, 40))).toBe(true);
  });
});

describe('aggregate’s CSV and workbook', () => {
  let validators: FormValidators;
  beforeAll(async () => {
    validators = await loadReportValidators();
  });

  it('defuses formulas in school names and messages and writes the workbook as text', () => {
    const files = fixtureFiles('monthly').map((f) => {
      const env = JSON.parse(new TextDecoder().decode(f.bytes));
      if (env.data?.school) env.data.school.name = formulaPayloads[f.name.length % formulaPayloads.length] + env.data.school.name;
      return { ...f, bytes: strToU8(JSON.stringify(env)) };
    });
    files.push({ name: '=HYPERLINK("http://x","点我").json', bytes: strToU8('{') });
    const r = aggregate(files, jurisdiction(), { today: '2022-04-10', validators });
    const sheets = reportSheets(r);
    const csv = toCsv(sheets);
    // Every cell of every line, unquoted: none starts a formula.
    const cells = csv
      .split('\r\n')
      .flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) ?? [])
      .map((c) => c.replace(/,$/, '').replace(/^"(.*)"$/s, '$1').replace(/""/g, '"'));
    const texts = sheets.flatMap((s) => [...s.header, ...s.rows.flat()]).filter((c): c is string => typeof c === 'string');
    expect(texts.some((t) => /^[=+\-@\t\r]/.test(t))).toBe(true);
    for (const c of cells) expect(c, c).not.toMatch(/^[=+\-@\t\r]/);
    cellsOf(writeWorkbook(sheets));
  });

  it('csvCell defuses any text that starts like a formula and keeps the rest as it is', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '', '甲'), fc.string({ maxLength: 20 }), (lead, rest) => {
        const v = lead + rest;
        const cell = csvCell(v);
        const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
        expect(unquoted).not.toMatch(/^[=+\-@\t\r]/);
        expect(unquoted.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(v);
      }),
      { seed: 20261202, numRuns: 200 },
    );
    expect(csvCell(-1)).toBe('-1');
  });
});
