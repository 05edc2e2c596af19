/**
 * 导出汇总 Excel: the summary's sheets (汇总, 学校, 未报学校, 台账, 问题, as
 * `baoxue aggregate --format xlsx` writes them) through the project's
 * workbook writer, which gives every sheet its A4 print setup. Loaded on
 * first use.
 */
import type { AggregateResult } from '../../lib/reports/aggregate-types.ts';
import { plainFileName } from '../../lib/forms/export-file-name.ts';
import { todayIso } from '../../lib/forms/rules/dates.ts';
import { writeWorkbook } from '../../lib/xlsx/write-workbook.ts';
import { downloadFile } from '../form/download.ts';
import { reportSheets } from '../../lib/reports/report-sheets.ts';

export function summaryFileName(result: AggregateResult, today = todayIso()): string {
  return `${plainFileName(`${result.jurisdiction.name}-月报汇总${result.period ? `-${result.period}` : ''}-${today}`)}.xlsx`;
}

export function exportSummary(result: AggregateResult): void {
  downloadFile(summaryFileName(result), writeWorkbook(reportSheets(result)), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
}
