/**
 * A county's school list kept in Excel (`schoolsFile` of a jurisdiction) read
 * into `schools[]` (schemas/school.schema.json). First sheet, first row the
 * column titles, in any order:
 *   学校名称 (required) · 学校标识码 (10 digits; may be empty) · 所在乡镇 · 学段
 *   (小学, 初中, or both: “小学、初中”, “九年一贯制”).
 * Empty rows are skipped. Every problem names the sheet, row and column:
 *   工作表“学校名单” 第5行 B列“学校标识码”：应为10位数字，实际是 “21410001”。
 *
 * Exports: readSchoolsSheet(bytes) → { schools, problems }, schoolColumns.
 */
import { readWorkbook, type Sheet } from '../forms/xlsx/from-xlsx.ts';
import { columnLetter } from '../forms/xlsx/layout.ts';
import { quote } from '../text/quote-value.ts';

export interface SchoolEntry {
  name: string;
  code?: string;
  town?: string;
  stages: ('primary' | 'junior')[];
}

export interface SheetProblem {
  /** 1-based; 0 for the file as a whole */
  row: number;
  /** 1-based column number; 0 for the file or a whole row */
  col: number;
  message: string;
}

export const schoolColumns = { name: '学校名称', code: '学校标识码', town: '所在乡镇', stages: '学段' } as const;

function stagesOf(text: string): ('primary' | 'junior')[] | undefined {
  const t = text.replace(/\s+/g, '');
  if (/九年一贯|一贯制/.test(t)) return ['primary', 'junior'];
  const parts = t.split(/[、,，/；;和及]+/).filter(Boolean);
  const out = new Set<'primary' | 'junior'>();
  for (const p of parts) {
    if (p === '小学') out.add('primary');
    else if (p === '初中' || p === '初级中学') out.add('junior');
    else return undefined;
  }
  return out.size ? [...out] : undefined;
}

export function readSchoolsSheet(bytes: Uint8Array): { schools: SchoolEntry[]; problems: SheetProblem[] } {
  let sheet: Sheet | undefined;
  try {
    sheet = readWorkbook(bytes)[0];
  } catch (error) {
    return { schools: [], problems: [{ row: 0, col: 0, message: error instanceof Error ? error.message : String(error) }] };
  }
  if (!sheet) return { schools: [], problems: [{ row: 0, col: 0, message: '工作簿中没有工作表。' }] };
  const problems: SheetProblem[] = [];
  const at = (row: number, col: number, title?: string) => `工作表“${sheet.name}” 第${row + 1}行 ${columnLetter(col)}列${title ? `“${title}”` : ''}`;
  const header = (sheet.rows[0] ?? []).map((h) => (h === undefined ? '' : String(h).trim()));
  const colOf = Object.fromEntries(Object.entries(schoolColumns).map(([k, title]) => [k, header.indexOf(title)])) as Record<keyof typeof schoolColumns, number>;
  for (const [k, title] of Object.entries(schoolColumns) as [keyof typeof schoolColumns, string][]) {
    if (colOf[k] < 0 && (k === 'name' || k === 'stages')) {
      problems.push({ row: 1, col: 0, message: `工作表“${sheet.name}” 第1行：缺少“${title}”列。第一行应为列标题：${Object.values(schoolColumns).join('、')}。` });
    }
  }
  header.forEach((h, c) => {
    if (h && !(Object.values(schoolColumns) as string[]).includes(h)) {
      problems.push({ row: 1, col: c + 1, message: `${at(0, c)}：不认识的列标题 ${quote(h)}；学校名单的列为：${Object.values(schoolColumns).join('、')}。` });
    }
  });
  if (problems.length) return { schools: [], problems };

  const schools: SchoolEntry[] = [];
  const codes = new Map<string, number>();
  sheet.rows.forEach((row, r) => {
    if (r === 0 || !row || !row.some((v) => v !== undefined && String(v).trim() !== '')) return;
    const cell = (k: keyof typeof schoolColumns) => (colOf[k] >= 0 && row[colOf[k]] !== undefined ? String(row[colOf[k]]).trim() : '');
    const fail = (k: keyof typeof schoolColumns, message: string) => problems.push({ row: r + 1, col: colOf[k] + 1, message: `${at(r, colOf[k], schoolColumns[k])}：${message}` });
    const name = cell('name');
    const code = cell('code').normalize('NFKC');
    const stagesText = cell('stages');
    const stages = stagesOf(stagesText);
    let ok = true;
    if (!name) (ok = false), fail('name', '学校名称不能为空。');
    if (code && !/^\d{10}$/.test(code)) (ok = false), fail('code', `应为 10 位数字，实际是 ${quote(code)}。`);
    else if (code && codes.has(code)) (ok = false), fail('code', `学校标识码 ${code} 与第${codes.get(code)}行重复。`);
    if (!stagesText) (ok = false), fail('stages', '学段不能为空：填 小学、初中，或 小学、初中（九年一贯制）。');
    else if (!stages) (ok = false), fail('stages', `不认识的学段 ${quote(stagesText)}：填 小学、初中，或 小学、初中（九年一贯制）。`);
    if (code && !codes.has(code)) codes.set(code, r + 1);
    if (!ok) return;
    const town = cell('town');
    schools.push({ name, ...(code ? { code } : {}), ...(town ? { town } : {}), stages: stages! });
  });
  if (!schools.length && !problems.length) problems.push({ row: 0, col: 0, message: `工作表“${sheet.name}”中没有学校：第一行为列标题，从第二行起每行一所学校。` });
  return { schools, problems };
}
