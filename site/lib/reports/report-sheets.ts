/**
 * An aggregation result as plain tables with Chinese headers — 汇总, 学校,
 * 未报学校, 台账, 问题 — the sheets of `baoxue aggregate --format xlsx`, the
 * CSV and the dashboard's export, so all three hold the same cells. Rates are
 * written as the page shows them (0.83% with 1/120 beside it, “—” for a zero
 * denominator); 身份证号 only masked.
 *
 * Exports: reportSheets(result) → ReportSheet[], ReportSheet, statusLabels, flagLabels.
 */
import type { AggregateResult, Counts, FlagKind, SchoolStatus } from './aggregate-types.ts';
import { rateText } from './band-totals.ts';

export type SheetCell = string | number | null;

export interface ReportSheet {
  name: string;
  header: string[];
  rows: SheetCell[][];
}

export const statusLabels: Record<SchoolStatus, string> = { reported: '已报', zero: '零报告', late: '逾期', missing: '未报' };

export const flagLabels: Record<FlagKind, string> = {
  target: '未达目标',
  late: '逾期报送',
  'unknown-school': '名单外学校',
  duplicate: '重复报送',
  'cross-check': '月报与台账不符',
  overdue: '处置逾期',
  'other-jurisdiction': '其他辖区',
  'no-registry': '没有学校名单',
};

const countHeader = ['在籍学生数', '疑似辍学人数', '辍学人数', '劝返复学人数', '送教上门人数', '辍学率', '辍学率算式'];
const countCells = (c: Counts): SheetCell[] => [c.enrolled, c.suspected, c.dropouts, c.returned, c.homeEducation, rateText(c.dropoutRate), `${c.dropoutRate.numerator}/${c.dropoutRate.denominator}`];
const comparator = { '>=': '≥', '<=': '≤', '=': '=' } as const;

export function reportSheets(r: AggregateResult): ReportSheet[] {
  const summary: ReportSheet = {
    name: '汇总',
    header: ['项目', ...countHeader],
    rows: [
      ['小学（1–6 年级）', ...countCells(r.totals.primary)],
      ['初中（7–9 年级）', ...countCells(r.totals.junior)],
      ['合计', ...countCells(r.totals.all)],
      ...r.towns.map((t) => [`乡镇：${t.name}（${t.reported}/${t.schools} 所已报）`, ...countCells(t)]),
      ...r.trend.map((t) => [`月份：${t.period}（${t.reports} 份月报）`, ...countCells(t.totals.all)]),
      ...r.targets.map((t) => [`目标：${t.label} ${comparator[t.comparator]} ${t.value}%（${t.met === null ? '无法计算' : t.met ? '达到' : '未达到'}；出处 ${t.source}）`, null, null, null, null, null, rateText(t.measured), `${t.measured.numerator}/${t.measured.denominator}`]),
      ...r.unmeasurable.map((t) => [`目标：${t.label} ${comparator[t.comparator]} ${t.value}%（${t.reason}；出处 ${t.source}）`, null, null, null, null, null, null, null]),
    ],
  };
  const schools: ReportSheet = {
    name: '学校',
    header: ['学校名称', '学校标识码', '所在乡镇', '报送情况', '填表日期', '文件', ...countHeader, '小学辍学率', '初中辍学率'],
    rows: r.schools.map((s) => [
      s.name,
      s.code,
      s.town,
      `${statusLabels[s.status]}${s.registered ? '' : '（名单外）'}`,
      s.report?.fillDate ?? null,
      s.report?.file ?? null,
      ...countCells(s),
      rateText(s.primary.dropoutRate),
      rateText(s.junior.dropoutRate),
    ]),
  };
  const missing: ReportSheet = {
    name: '未报学校',
    header: ['学校名称', '学校标识码', '所在乡镇'],
    rows: r.missing.map((m) => [m.name, m.code, m.town]),
  };
  const ledger: ReportSheet = {
    name: '台账',
    header: ['身份证号（部分隐藏）', '姓名', '学校', '年级', '状态', '离校日期', '劝返次数', '最近劝返', '复学日期', '下一步措施', '责任人', '应完成日期', '是否逾期', '出处'],
    rows: r.ledger.map((l) => [l.student, l.name, l.school, l.grade, l.status, l.leftDate, l.attempts, l.lastAttempt, l.returnDate, l.nextAction, l.nextActor, l.due, l.overdue ? '逾期' : l.due ? '未逾期' : null, l.source]),
  };
  const problems: ReportSheet = {
    name: '问题',
    header: ['类别', '学校', '说明', '出处', '文件', '记录', '字段'],
    rows: [
      ...r.flags.map((f): SheetCell[] => [flagLabels[f.kind], f.school, f.message, f.source, f.files?.join('、') ?? null, null, null]),
      ...r.invalid.map((i): SheetCell[] => ['文件有误', null, i.message, null, i.file, i.record, i.pointer || null]),
    ],
  };
  return [summary, schools, missing, ledger, problems];
}
