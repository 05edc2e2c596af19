/**
 * The one stylesheet every workbook the project writes shares. Ids 0–3 are
 * the form exports' historic ones (kept so their cells look as before); every
 * style but the plain number wraps, so a long text grows its row instead of
 * being cut off at the column's edge when printed.
 */
export const CellStyle = {
  /** numbers and yes/no */
  plain: 0,
  /** bold, wrapped: header cells and the 字段 column */
  header: 1,
  /** text format "@", so spreadsheet programs keep 身份证号 as text when edited; wrapped */
  text: 2,
  /** small grey wrapped help text (说明) */
  note: 3,
} as const;

export type CellStyleId = (typeof CellStyle)[keyof typeof CellStyle];

const font = (extra = '') => `<font>${extra}<sz val="11"/><name val="宋体"/></font>`;
const wrapTop = '<alignment wrapText="1" vertical="top"/>';

export const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="3">${font()}${font('<b/>')}<font><sz val="9"/><color rgb="FF666666"/><name val="宋体"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyAlignment="1"><alignment vertical="top"/></xf></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1">${wrapTop}</xf><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">${wrapTop}</xf><xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">${wrapTop}</xf></cellXfs>
</styleSheet>`;
