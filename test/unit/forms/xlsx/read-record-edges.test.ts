/**
 * readXlsxRecord, the one reading of an .xlsx the page's import and `baoxue check` share:
 * nothing for a file that is not the form's workbook, the record with its cells' places for
 * a clean one, and for a file with bad cells the record as read plus those cells, whose
 * fields are then not blamed again. Each test writes its own workbook.
 */
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import { readXlsxRecord } from '../../../../site/lib/forms/xlsx/read-record.ts';
import { writeWorkbook, type CellValue, type WorkbookSheet } from '../../../../site/lib/xlsx/write-workbook.ts';

const form = forms['dropout-registration'];
const book = (rows: CellValue[][], more: WorkbookSheet[] = []) =>
  writeWorkbook([
    {
      name: '辍学学生登记表',
      header: ['字段', '值', '说明', '标识'],
      rows: [['表单标识', 'dropout-registration', '', '#form'], ['表单版本', 1, '', '#version'], ['辖区', 'tanghe', '', '#jurisdiction'], ...rows],
    },
    ...more,
  ]);

describe('readXlsxRecord', () => {
  it('has nothing to read from a file that is not an .xlsx or not the form’s workbook', () => {
    expect(readXlsxRecord(form, strToU8('a,b'))).toEqual({
      ok: false,
      problems: [{ where: '文件', message: '文件不是有效的 Excel（.xlsx）文件，可能已损坏，或是旧式 .xls 文件（请在 Excel 中另存为 .xlsx）。' }],
    });
    const other = readXlsxRecord(form, writeWorkbook([{ name: '表', header: ['字段', '值', '说明', '标识'], rows: [['表单标识', 'monthly-report', '', '#form']] }]));
    expect(other.ok).toBe(false);
    expect(!other.ok && other.problems.map((p) => p.message)).toEqual(['这是“控辍保学月报表”（monthly-report）的 Excel 文件，不是“辍学学生登记表”（dropout-registration）。']);
  });

  it('gives a clean workbook’s record and cells, with no cell problems', () => {
    const read = readXlsxRecord(form, book([['学生基本信息 / 姓名', '张三', '', '/student/name']]));
    expect(read).toEqual({
      ok: true,
      envelope: { form: 'dropout-registration', version: 1, jurisdiction: 'tanghe', data: { student: { name: '张三' } } },
      locations: { '/student/name': '工作表“辍学学生登记表” 第5行 B列“学生基本信息 / 姓名”' },
      cellProblems: [],
      atFault: new Set(),
    });
  });

  it('keeps what a workbook with bad cells holds, and marks only the cells’ fields as at fault', () => {
    const read = readXlsxRecord(
      form,
      book(
        [
          ['学生基本信息 / 姓名', '张三', '', '/student/name'],
          ['学生基本信息 / 年龄', '十二', '', '/student/age'],
          ['核查情况 / 是否已开展劝返工作', '也许', '', '/persuasion/started'],
        ],
        [{ name: '草稿', header: ['随手记'], rows: [['x']] }],
      ),
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.envelope.data).toEqual({ student: { name: '张三', age: '十二' }, persuasion: { started: '也许' } });
    expect(read.cellProblems.map((p) => `${p.where}：${p.message}`)).toEqual([
      '工作表“辍学学生登记表” 第6行 B列“学生基本信息 / 年龄”：“年龄”应为整数，实际是 “十二”。',
      '工作表“辍学学生登记表” 第7行 B列“核查情况 / 是否已开展劝返工作”：“是否已开展劝返工作”应填“是”或“否”，实际是 “也许”。',
      '工作表“草稿”：不认识的工作表；“辍学学生登记表”的工作表为：辍学学生登记表、监护人、劝返过程详细记录。',
    ]);
    // The unknown sheet is a problem of the file, not of a field.
    expect([...read.atFault]).toEqual(['/student/age', '/persuasion/started']);
    expect(read.locations['/student/age']).toBe('工作表“辍学学生登记表” 第6行 B列“学生基本信息 / 年龄”');
  });

  it('passes the jurisdiction the file names to the options lookup', () => {
    const asked: (string | undefined)[] = [];
    const read = readXlsxRecord(form, book([['本地补充字段 / 走访次数', '三', '', '/extra/visits']]), (j) => {
      asked.push(j);
      return { extraFields: [{ key: 'visits', title: '走访次数', type: 'number' }] };
    });
    expect(asked).toEqual(['tanghe']);
    expect(read.ok && [...read.atFault]).toEqual(['/extra/visits']);
    expect(read.ok && read.cellProblems[0]!.message).toBe('“走访次数”应为数字，实际是 “三”。');
  });
});
