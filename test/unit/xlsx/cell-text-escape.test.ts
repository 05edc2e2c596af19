/**
 * Characters XML cannot hold (controls pasted from a terminal or a web page, a lone surrogate)
 * and carriage returns are written into .xlsx cells as SpreadsheetML's `_xHHHH_` escapes, the
 * form Excel writes and reads, instead of being left out: a cell reads back exactly as written,
 * through the project's own reader, and a text that already looks like an escape stays as typed.
 */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../site/lib/forms/xlsx/from-xlsx.ts';
import { writeWorkbook } from '../../../site/lib/xlsx/write-workbook.ts';
import { decodeCellText, escapeCellText } from '../../../site/lib/xlsx/xml-escape.ts';
import { payloads } from '../../fixtures/hostile/payloads.ts';

const roundTrip = (texts: string[]) => {
  const bytes = writeWorkbook([{ name: '表', header: ['甲'], rows: texts.map((t) => [t]) }]);
  return {
    back: readWorkbook(bytes)[0]!
      .rows.slice(1)
      .map((r) => r[0]),
    xml: strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!),
  };
};

describe('cell text in .xlsx', () => {
  it('writes controls as _xHHHH_ (as Excel does) and reads them back: nothing is dropped', () => {
    const texts = [payloads.invisible, `铃\u0007声`, `换页\u000C`, '\u0000空字符', `回车\r\n换行`, `无效\uFFFE字符`];
    const { back, xml } = roundTrip(texts);
    expect(back).toEqual(texts);
    expect(xml).toContain('铃_x0007_声');
    expect(xml).toContain('_x001B_[31m控制');
    expect(xml).toContain('回车_x000D_\n换行');
    // The file stays well-formed XML 1.0: no forbidden character in it.
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('keeps a text that already looks like an escape as typed', () => {
    const texts = ['编号_x0041_', '_x005F_', '_x12_', 'a_x0007_b\u0007'];
    const { back, xml } = roundTrip(texts);
    expect(back).toEqual(texts);
    expect(xml).toContain('编号_x005F_x0041_');
  });

  it('reads back any text exactly (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({
            unit: fc.oneof(fc.constantFrom('\u0000', '\u0007', '\r', '\n', '\t', '_', 'x', '0', 'F', '\uFFFF', '\uD800', '\uDC00'), fc.string({ unit: 'grapheme', maxLength: 1 })),
            maxLength: 12,
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (texts) => {
          const kept = texts.map((t) => t).filter((t) => t !== '');
          if (!kept.length) return;
          expect(roundTrip(kept).back).toEqual(kept);
          for (const t of kept)
            expect(
              decodeCellText(
                escapeCellText(t)
                  .replace(/&lt;/g, '<')
                  .replace(/&gt;/g, '>')
                  .replace(/&quot;/g, '"')
                  .replace(/&amp;/g, '&'),
              ),
            ).toBe(t);
        },
      ),
      { seed: 20261202, numRuns: 150 },
    );
  });
});
