/**
 * An aggregation result as a readable Chinese text for the terminal: the
 * period and deadline, the totals with their formulas, targets, schools, missing ones,
 * the ledger's due steps, flags and invalid records. Columns are padded by
 * display width (a Chinese character is two columns wide).
 *
 * Exports: toTableText(result) → string.
 */
import type { AggregateResult } from './aggregate-types.ts';
import { rateText } from './band-totals.ts';
import { flagLabels, reportSheets, type ReportSheet, type SheetCell } from './report-sheets.ts';

const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
const text = (v: SheetCell) => (v === null ? '' : String(v));
const comparator = { '>=': '≥', '<=': '≤', '=': '=' } as const;

function table(header: string[], rows: SheetCell[][]): string {
  const cells = [header, ...rows.map((r) => r.map(text))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => width(r[c] ?? ''))));
  return cells.map((r) => r.map((v, c) => (c === r.length - 1 ? v : v + ' '.repeat(widths[c]! - width(v)))).join('  ').trimEnd()).join('\n');
}

function pick(sheet: ReportSheet, columns: string[]): { header: string[]; rows: SheetCell[][] } {
  const idx = columns.map((c) => sheet.header.indexOf(c));
  return { header: columns, rows: sheet.rows.map((r) => idx.map((i) => r[i] ?? null)) };
}

export function toTableText(r: AggregateResult): string {
  const [summary, schools, , ledger] = reportSheets(r);
  const out: string[] = [];
  out.push(`${r.jurisdiction.name}（${r.jurisdiction.id}）控辍保学月报汇总  月份：${r.period ?? '（没有读到月报表）'}${r.deadline ? `  报送截止：${r.deadline.date}` : ''}  统计日：${r.today}`);
  out.push(`读取 ${r.files.read} 个文件、${r.files.records} 条记录：${r.files.valid} 条有效，${r.files.invalid} 条有误。`);
  // The sheet's last rows are the targets (for the xlsx); in the terminal a target's long label would widen
  // the first column of every row, so targets get lines of their own below the table.
  const counted = summary!.rows.slice(0, summary!.rows.length - r.targets.length - r.unmeasurable.length);
  out.push('', '【汇总】', table(summary!.header.slice(0, 7), counted.map((row) => row.slice(0, 7))));
  out.push('辍学率 = 辍学人数 ÷ 在籍学生数 × 100%，保留两位小数；在籍学生数为 0 时记“—”。');
  if (r.targets.length) {
    out.push('', '【目标对照】', ...r.targets.map((t) => {
      const verdict = t.met === null ? '无法计算' : t.met ? '达到' : '未达到';
      return `- ${t.label} ${comparator[t.comparator]} ${t.value}%：全辖区 ${rateText(t.measured)}（${t.measured.numerator}/${t.measured.denominator}），${verdict}${t.failing.length ? `；未达到的学校 ${t.failing.length} 所：${t.failing.map((f) => `${f.school} ${rateText(f.measured)}`).join('、')}` : ''}（出处：${t.source}）`;
    }));
  }
  const s = pick(schools!, ['学校名称', '所在乡镇', '报送情况', '填表日期', '在籍学生数', '辍学人数', '辍学率']);
  out.push('', `【学校】${r.schools.length} 所`, table(s.header, s.rows));
  if (r.missing.length) out.push('', `【未报学校】${r.missing.length} 所：${r.missing.map((m) => m.name).join('、')}`);
  if (r.ledger.length) {
    const l = pick(ledger!, ['身份证号（部分隐藏）', '姓名', '学校', '状态', '劝返次数', '下一步措施', '应完成日期', '是否逾期']);
    // The step's full text is in the JSON and xlsx; the terminal shows its opening words.
    const short = l.rows.map((row) => row.map((v, i) => (i === 5 && typeof v === 'string' && [...v].length > 24 ? `${[...v].slice(0, 24).join('')}…` : v)));
    out.push('', `【台账】${r.ledger.length} 人`, table(l.header, short));
  }
  if (r.flags.length) out.push('', `【提醒】${r.flags.length} 条`, ...r.flags.map((f) => `- 【${flagLabels[f.kind]}】${f.message}${f.source ? `（出处：${f.source}）` : ''}`));
  if (r.unmeasurable.length) out.push('', '【月报不能计算的目标】', ...r.unmeasurable.map((t) => `- ${t.label}（出处：${t.source}）`));
  if (r.invalid.length) out.push('', `【有误的文件或记录】${r.invalid.length} 处`, ...r.invalid.map((i) => `${i.file}${i.record ? `  记录${i.record}` : ''}  ${i.pointer || '/'}  ${i.message}`));
  return `${out.join('\n')}\n`;
}
