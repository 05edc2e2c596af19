/** Excel export and import: lossless for every example, tolerant of spreadsheet programs, precise about errors. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEnvelope } from '../../../../site/lib/forms/envelope.ts';
import { formIds, forms } from '../../../../site/lib/forms/form-registry.ts';
import { fromXlsx, readWorkbook } from '../../../../site/lib/forms/xlsx/from-xlsx.ts';
import { toXlsx } from '../../../../site/lib/forms/xlsx/to-xlsx.ts';

const exampleOf = (id: (typeof formIds)[number]) => structuredClone((forms[id].schema.examples as Record<string, any>[])[0]!);

/** Rewrite one part of an .xlsx (to imitate an edit in a spreadsheet program). */
function editPart(bytes: Uint8Array, part: string, edit: (xml: string) => string, extra: Record<string, string> = {}): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(edit(strFromU8(files[part]!)));
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}

describe.each(formIds.map((id) => [id] as const))('%s', (formId) => {
  it('round-trips examples[0] losslessly (numbers, booleans, absent fields)', () => {
    const envelope = buildEnvelope(formId, 'tanghe', exampleOf(formId));
    const read = fromXlsx(forms[formId], toXlsx(forms[formId], envelope));
    expect(read.ok && read.envelope).toEqual(envelope);
  });
});

describe('xlsx layout', () => {
  const form = forms['dropout-registration'];
  // A getter, so the export runs inside each test and Stryker's per-test coverage sees it.
  const exported = () => toXlsx(form, buildEnvelope('dropout-registration', 'tanghe', exampleOf('dropout-registration')));

  it('has a field sheet and one sheet per repeat group, with Chinese headers', () => {
    const sheets = readWorkbook(exported());
    expect(sheets.map((s) => s.name)).toEqual(['辍学学生登记表', '监护人', '劝返过程详细记录']);
    expect(sheets[0]!.rows[0]).toEqual(['字段', '值', '说明', '标识']);
    expect(sheets[0]!.rows.find((r) => r[3] === '/student/idNumber')?.slice(0, 2)).toEqual(['学生基本信息 / 身份证号', '411328201003151236']);
    expect(sheets[2]!.rows[0]).toEqual(['劝返日期', '劝返人员', '劝返地点', '劝返方式', '劝返结果']);
    expect(sheets[0]!.rows.find((r) => r[3] === '/persuasion/started')?.[1]).toBe('是');
  });

  it('reads shared strings, rich text and dates typed as dates, as Excel writes them', () => {
    const edited = editPart(
      exported(),
      'xl/worksheets/sheet3.xml',
      // First attempt's date as a date serial (44623 = 2022-03-03), its result as a shared rich-text string.
      (xml) =>
        xml
          .replace(/<c r="A2" s="2" t="inlineStr"><is><t>2022-03-03<\/t><\/is><\/c>/, '<c r="A2" s="5"><v>44623</v></c>')
          .replace(/<c r="E2"[^]*?<\/c>/, '<c r="E2" t="s"><v>0</v></c>'),
      {
        'xl/sharedStrings.xml':
          '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>家长同意督促返校，</t></r><r><rPr><b/></rPr><t>学生本人不愿返校。</t></r><rPh><t>ジ</t></rPh></si></sst>',
      },
    );
    const read = fromXlsx(form, edited);
    expect(read.ok && read.envelope).toEqual(buildEnvelope('dropout-registration', 'tanghe', exampleOf('dropout-registration')));
  });

  it('names sheet, row and column of every cell it cannot read', () => {
    const edited = editPart(exported(), 'xl/worksheets/sheet3.xml', (xml) =>
      xml.replace('<row r="1">', '<row r="1"><c r="F1" t="inlineStr"><is><t>备注</t></is></c>').replace('</sheetData>', ''),
    );
    const broken = editPart(edited, 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/(<c r="B\d+"[^>]*t="inlineStr"><is><t>)是(<\/t>)/, '$1也许$2'));
    const read = fromXlsx(form, broken);
    expect(read.ok).toBe(false);
    expect(read.problems.map((p) => `${p.where}：${p.message}`)).toMatchInlineSnapshot(`
      [
        "工作表“辍学学生登记表” 第26行 B列“核查情况 / 是否已开展劝返工作”：“是否已开展劝返工作”应填“是”或“否”，实际是 “也许”。",
        "工作表“劝返过程详细记录” 第1行 F列：不认识的列标题 “备注”；本表的列为：劝返日期、劝返人员、劝返地点、劝返方式、劝返结果。",
      ]
    `);
    // Like a JSON file with errors, everything else is read, and the cell at fault keeps what it held.
    const partial = !read.ok && read.partial;
    expect(partial).toBeTruthy();
    const expected = exampleOf('dropout-registration');
    expected.persuasion.started = '也许';
    expect(partial && partial.envelope).toEqual(buildEnvelope('dropout-registration', 'tanghe', expected));
    expect(read.problems[0]!.pointer).toBe('/persuasion/started');
  });

  it('says when Excel turned digits kept as text into a number, and keeps what it read', () => {
    const idCell = /<c r="(B\d+)"[^>]*t="inlineStr"><is><t>411328201003151236<\/t><\/is><\/c>/;
    const numeric = editPart(exported(), 'xl/worksheets/sheet1.xml', (xml) => xml.replace(idCell, '<c r="$1"><v>4.11328201003151E+17</v></c>'));
    // 监护人: a mobile number survives as a number; a landline loses its leading 0.
    const phones = editPart(numeric, 'xl/worksheets/sheet2.xml', (xml) =>
      xml
        .replace(/<c r="(C2)"[^>]*t="inlineStr"><is><t>13800000001<\/t><\/is><\/c>/, '<c r="$1"><v>13800000001</v></c>')
        .replace(/<c r="(C3)"[^>]*t="inlineStr"><is><t>0377-8123456<\/t><\/is><\/c>/, '<c r="$1"><v>3778123456</v></c>'),
    );
    expect(strFromU8(unzipSync(phones)['xl/worksheets/sheet2.xml']!)).toContain('<v>3778123456</v>');
    const read = fromXlsx(form, phones);
    expect(read.problems.map((p) => `${p.where}：${p.message}`)).toMatchInlineSnapshot(`
      [
        "工作表“辍学学生登记表” 第8行 B列“学生基本信息 / 身份证号”：“身份证号”被 Excel 存成了数字 411328201003151000（Excel 只保留 15 位有效数字，末几位已经变了）。请在 Excel 中把这一列设置为“文本”格式，重新输入号码后再导入。",
        "工作表“监护人” 第3行 C列“联系电话”：“联系电话”被 Excel 存成了数字 3778123456（开头的 0 已经丢失）。请在 Excel 中把这一列设置为“文本”格式，重新输入号码后再导入。",
      ]
    `);
    const data = !read.ok && read.partial ? (read.partial.envelope.data as Record<string, any>) : {};
    expect(data.student.idNumber).toBe('411328201003151000');
    expect(data.guardians.map((g: { phone: string }) => g.phone)).toEqual(['13800000001', '3778123456']);
  });

  it('explains a file that is not an .xlsx', () => {
    const read = fromXlsx(form, strToU8('name,idNumber\n张三,1'));
    expect(read.problems).toEqual([{ where: '文件', message: '文件不是有效的 Excel（.xlsx）文件，可能已损坏，或是旧式 .xls 文件（请在 Excel 中另存为 .xlsx）。' }]);
  });

  it('keeps jurisdiction extra fields and label overrides', () => {
    const options = { labels: { '/student/health': '健康状况' }, extraFields: [{ key: 'hukou-type', title: '户口性质', type: 'string' as const }, { key: 'left-behind', title: '留守儿童', type: 'boolean' as const }] };
    const data = { ...exampleOf('dropout-registration'), extra: { 'hukou-type': '农业', 'left-behind': true } };
    const envelope = buildEnvelope('dropout-registration', 'tanghe', data);
    const out = toXlsx(form, envelope, options);
    const sheet = readWorkbook(out)[0]!;
    expect(sheet.rows.find((r) => r[3] === '/student/health')?.[0]).toBe('学生基本信息 / 健康状况');
    expect(sheet.rows.find((r) => r[3] === '/extra/left-behind')?.slice(0, 2)).toEqual(['本地补充字段 / 留守儿童', '是']);
    const read = fromXlsx(form, out, options);
    expect(read.ok && read.envelope).toEqual(envelope);
  });
});
