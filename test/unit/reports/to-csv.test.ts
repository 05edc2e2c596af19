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

  it('neutralises a leading tab or carriage return too, but not a formula character inside the text', () => {
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('a-b@c')).toBe('a-b@c');
    expect(csvCell(0)).toBe('0');
  });

  it('quotes a cell holding a comma, a line break or a quote, and only those', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell('"')).toBe('""""');
    expect(csvCell('a b；c')).toBe('a b；c');
    expect(csvCell('')).toBe('');
  });

  it('puts tables one after another with a blank line between, and empty cells as nothing', () => {
    const csv = toCsv([
      { name: '汇总', header: ['范围', '辍学人数'], rows: [['全辖区', 3], ['样例镇', null]] },
      { name: '学校', header: ['学校名称'], rows: [] },
    ]);
    expect(csv).toBe('\uFEFF【汇总】\r\n范围,辍学人数\r\n全辖区,3\r\n样例镇,\r\n\r\n【学校】\r\n学校名称\r\n');
    expect(toCsv([])).toBe('\uFEFF\r\n');
  });
});
