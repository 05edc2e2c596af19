/** Form exports print like every workbook the project writes: A4, one page wide, header repeated, wrapped. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEnvelope } from '../../../../site/lib/forms/envelope.ts';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import { toXlsx } from '../../../../site/lib/forms/xlsx/to-xlsx.ts';

describe('toXlsx print setup', () => {
  const form = forms['dropout-registration'];
  const example = structuredClone((form.schema.examples as Record<string, unknown>[])[0]!);
  // Exported inside each test, so Stryker's per-test coverage sees these tests run the writer.
  const files = () => unzipSync(toXlsx(form, buildEnvelope('dropout-registration', 'tanghe', example)));
  const text = (p: string) => strFromU8(files()[p]!);

  it('sets A4 and fit to one page wide on every sheet', () => {
    const sheetCount = Object.keys(files()).filter((p) => p.startsWith('xl/worksheets/')).length;
    expect(sheetCount).toBe(3);
    for (let i = 1; i <= sheetCount; i++) {
      const sheet = text(`xl/worksheets/sheet${i}.xml`);
      expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="\w+" fitToWidth="1" fitToHeight="0"\/>/);
    }
  });

  it('prints the field sheet landscape, so 字段, 值 and 说明 fit one line', () => {
    expect(text('xl/worksheets/sheet1.xml')).toContain('orientation="landscape"');
  });

  it('repeats each sheet’s header row on every page', () => {
    const workbook = text('xl/workbook.xml');
    expect(workbook).toContain(`localSheetId="0">'辍学学生登记表'!$1:$1<`);
    expect(workbook).toContain(`localSheetId="2">'劝返过程详细记录'!$1:$1<`);
  });

  it('wraps the 说明 column (style 3) rather than cutting it off', () => {
    const xfs = [...text('xl/styles.xml').match(/<cellXfs[^>]*>(.*)<\/cellXfs>/)![1]!.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0]);
    expect(text('xl/worksheets/sheet1.xml')).toMatch(/<c r="C5" s="3"/);
    expect(xfs[3]).toContain('wrapText="1"');
    expect(xfs[2]).toContain('numFmtId="49"');
  });
});
