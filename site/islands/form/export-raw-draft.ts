/**
 * 导出原始数据 of a damaged draft: the stored record exactly as it is (sealed
 * content stays sealed), so nothing is lost even when the page cannot open it.
 */
import { rawDraftJson } from '../../lib/drafts/draft-shape.ts';
import { plainFileName } from '../../lib/forms/export-file-name.ts';
import { todayIso } from '../../lib/forms/rules/dates.ts';
import { downloadFile } from './download.ts';

export function exportRawDraft(title: string, draftName: string, record: unknown): void {
  downloadFile(`${plainFileName(`${title}-已损坏的草稿-${draftName}`)}-${todayIso()}.json`, rawDraftJson(record), 'application/json');
}
