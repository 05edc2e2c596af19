/**
 * One explanation per problem: a 身份证号 that Excel turned into a number reads the same on 导入
 * (the xlsx reader), from `check` on a .json or an .xlsx, in `aggregate`'s invalid list and in
 * the form's 检查填写 (validateRecord, as the page runs it; the browser side is in
 * test/e2e/hostile-values.spec.ts) — never a wrong check digit in one place and Excel in another.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEnvelope } from '../../../../site/lib/forms/envelope.ts';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import { loadValidateFns } from '../../../../site/lib/forms/load-validator.ts';
import { checkIdNumber, idCheckCharacter, idNumberAsExcelNumber } from '../../../../site/lib/forms/rules/id-number.ts';
import { validateRecord } from '../../../../site/lib/forms/validate-record.ts';
import { fromXlsx } from '../../../../site/lib/forms/xlsx/from-xlsx.ts';
import { toXlsx } from '../../../../site/lib/forms/xlsx/to-xlsx.ts';
import { aggregate, loadReportValidators } from '../../../../site/lib/reports/aggregate.ts';
import { jurisdiction } from '../../reports/report-fixtures.ts';
import { runCli } from '../../cli/run-cli.ts';

const today = '2022-06-30';
const form = forms['dropout-registration'];
const example = () => structuredClone((form.schema.examples as Record<string, any>[])[0]!);
const work = mkdtempSync(join(tmpdir(), 'baoxue-id-excel-'));

/** The example as an .xlsx whose 身份证号 cell is the number `v` (as Excel writes it). */
function xlsxWithNumber(v: string) {
  const files = unzipSync(toXlsx(form, buildEnvelope(form.id, 'tanghe', example())));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const edited = sheet.replace(/<c r="(B\d+)"[^>]*t="inlineStr"><is><t>411328201003151236<\/t><\/is><\/c>/, `<c r="$1"><v>${v}</v></c>`);
  expect(edited).not.toBe(sheet);
  return zipSync({ ...files, 'xl/worksheets/sheet1.xml': strToU8(edited) });
}

const jsonWith = (idNumber: string) => {
  const d = example();
  d.student.idNumber = idNumber;
  return strToU8(JSON.stringify(buildEnvelope(form.id, 'tanghe', d)));
};

describe('idNumberAsExcelNumber', () => {
  it('recognises Excel’s scientific notation, the 15 significant digits and a lost X, and nothing else', () => {
    expect(idNumberAsExcelNumber('4.11328E+17')).toContain('被 Excel 存成了数字 4.11328E+17（Excel 只保留 15 位有效数字');
    expect(idNumberAsExcelNumber('411328201003151000')).toContain('Excel 只保留 15 位有效数字');
    const body = '41132820110507100';
    expect(idCheckCharacter(body)).toBe('X');
    expect(idNumberAsExcelNumber(body)).toBe(`被 Excel 存成了数字 ${body}（最后一位校验码 X 已经丢失，应为 ${body}X）。请在 Excel 中把这一列设置为“文本”格式，重新输入号码后再导入。`);
    // A valid number, a typo and a short number are not Excel's doing: the usual messages stay.
    for (const id of ['411328201003151236', '41132820110507100X', '411328201003151237', '41132820100315123', '4113282010']) expect(idNumberAsExcelNumber(id)).toBeUndefined();
    expect(checkIdNumber('411328201003151237', today)).toEqual(['校验码不正确（应为 6），请逐位核对号码。']);
  });
});

describe('the same explanation on 导入, 检查填写, check and aggregate', () => {
  for (const [what, cell, stored] of [
    ['an 18-digit number cut to 15 significant digits', '4.11328201003151E+17', '411328201003151000'],
    ['a number whose X was dropped', '41132820110507100', '41132820110507100'],
  ] as const) {
    it(`explains ${what} identically everywhere`, async () => {
      const expected = `“身份证号”${idNumberAsExcelNumber(stored)}`;
      expect(idNumberAsExcelNumber(stored)).toBeDefined();

      // 导入 (the page and check read .xlsx through fromXlsx)
      const read = fromXlsx(form, xlsxWithNumber(cell));
      const imported = read.ok ? read.envelope : read.partial!.envelope;
      expect(read.problems.map((p) => p.message)).toContain(expected);

      // 检查填写 on the imported record, and on a record typed or pasted with the same digits
      const fns = await loadValidateFns(form.id);
      const checked = validateRecord(form, (imported as { data: unknown }).data, fns, { today });
      expect(checked.filter((p) => p.pointer === '/student/idNumber').map((p) => p.message)).toEqual([expected]);
      // a JSON file written by a tool that kept the number as a number
      const asNumber = example();
      asNumber.student.idNumber = Number(stored);
      expect(validateRecord(form, asNumber, fns, { today }).filter((p) => p.pointer === '/student/idNumber').map((p) => p.message)).toEqual([expected]);

      // check on the .json the page exports after that import, and on the .xlsx
      const json = join(work, `${stored}.json`);
      const xlsx = join(work, `${stored}.xlsx`);
      writeFileSync(json, jsonWith(stored));
      writeFileSync(xlsx, xlsxWithNumber(cell));
      const r = runCli(['check', form.id, json, xlsx], { env: { BAOXUE_TODAY: today } });
      const lines = r.stdout.split('\n').filter((l) => l.includes('/data/student/idNumber'));
      expect(lines).toHaveLength(2);
      for (const l of lines) expect(l.split('  ')[3]!.replace(/（工作表.*）$/, '')).toBe(expected);
      expect(r.stdout).not.toContain('校验码不正确');

      // aggregate, among a county's files
      const validators = await loadReportValidators();
      const agg = aggregate(
        [
          { name: 'cases/a.json', bytes: jsonWith(stored) },
          { name: 'cases/b.xlsx', bytes: xlsxWithNumber(cell) },
        ],
        jurisdiction(),
        { today, validators },
      );
      const invalid = agg.invalid.filter((i) => i.pointer === '/data/student/idNumber');
      expect(invalid.map((i) => i.file).sort()).toEqual(['cases/a.json', 'cases/b.xlsx']);
      for (const i of invalid) expect(i.message.replace(/（工作表.*）$/, '')).toBe(expected);
    });
  }
});
