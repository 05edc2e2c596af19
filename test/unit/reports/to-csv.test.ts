import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../site/lib/reports/to-csv.ts';

describe('toCsv', () => {
  it('neutralises cells that a spreadsheet would run as formulas', () => {
    expect(['=1+1', '+86 138', '-2', '@SUM(A1)'].map(csvCell)).toEqual(["'=1+1", "'+86 138", "'-2", "'@SUM(A1)"]);
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell(null)).toBe('');
  });

  it('starts with a BOM, uses CRLF and names each table', () => {
    const csv = toCsv([{ name: '学校', header: ['学校名称', '在籍学生数'], rows: [['样例镇中学', 500]] }]);
    expect(csv).toBe('\uFEFF【学校】\r\n学校名称,在籍学生数\r\n样例镇中学,500\r\n');
  });
});
