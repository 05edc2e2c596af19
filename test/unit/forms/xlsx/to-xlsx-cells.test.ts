/** What a form export writes in its cells: the envelope rows a clerk must not edit, values as a spreadsheet shows them, list sheets sized to their titles. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEnvelope } from '../../../../site/lib/forms/envelope.ts';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import { readWorkbook } from '../../../../site/lib/forms/xlsx/from-xlsx.ts';
import { toXlsx } from '../../../../site/lib/forms/xlsx/to-xlsx.ts';

const form = forms['dropout-registration'];
const exportOf = (data: Record<string, unknown>) => toXlsx(form, buildEnvelope('dropout-registration', 'tanghe', data as never));
const rowOf = (bytes: Uint8Array, pointer: string) => readWorkbook(bytes)[0]!.rows.find((r) => r[3] === pointer);

describe('toXlsx cells', () => {
  it('starts with the envelope rows and their warnings not to edit them', () => {
    const rows = readWorkbook(exportOf({}))[0]!.rows;
    expect(rows.slice(0, 4)).toEqual([
      ['字段', '值', '说明', '标识'],
      ['表单标识', 'dropout-registration', '本站表单“辍学学生登记表”，请勿修改。', '#form'],
      ['表单版本', 1, '导出时的表单数据版本，请勿修改。', '#version'],
      ['辖区', 'tanghe', '所属辖区标识，请勿修改。', '#jurisdiction'],
    ]);
    // Every field has its row even when empty, so a clerk can fill it in.
    expect(rowOf(exportOf({}), '/student/name')).toEqual(['学生基本信息 / 姓名', undefined, expect.any(String), '/student/name']);
  });

  it('writes yes/no as 是/否 only where the field is yes/no, and extra keys not configured as their own rows', () => {
    const bytes = exportOf({ persuasion: { started: false }, student: { health: true }, extra: { 备注: '无', 清单: ['a', 'b'], 详情: { x: 1 } } });
    expect(rowOf(bytes, '/persuasion/started')?.[1]).toBe('否');
    expect(rowOf(bytes, '/student/health')?.[1]).toBe(true);
    expect(rowOf(bytes, '/extra/备注')?.slice(0, 2)).toEqual(['本地补充字段 / 备注', '无']);
    expect(rowOf(bytes, '/extra/清单')?.[1]).toBe('a、b');
    expect(rowOf(bytes, '/extra/详情')?.[1]).toBe('{"x":1}');
  });

  it('writes a list sheet row per item, a missing value as an empty cell, and sizes columns to their titles', () => {
    const bytes = exportOf({ attempts: [{ date: '2024-03-01', persons: null }, null, { date: '2024-03-08', persons: '李老师' }] });
    expect(readWorkbook(bytes)[2]!.rows).toEqual([['劝返日期', '劝返人员', '劝返地点', '劝返方式', '劝返结果'], ['2024-03-01'], [], ['2024-03-08', '李老师']]);
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet3.xml']!);
    // Text columns 20 wide, at most 40; the title's characters count two.
    expect([...sheet.matchAll(/<col min="\d+" max="\d+" width="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([20, 20, 20, 20, 20]);
    const monthly = toXlsx(forms['monthly-report'], buildEnvelope('monthly-report', 'tanghe', { grades: [] } as never));
    const grid = strFromU8(unzipSync(monthly)['xl/worksheets/sheet2.xml']!);
    expect([...grid.matchAll(/<col min="\d+" max="\d+" width="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([10, 12, 14, 10, 14, 14]);
  });
});
