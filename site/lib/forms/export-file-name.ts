/**
 * The name an exported form file gets: 表单名称-对象-日期, e.g.
 * 辍学学生登记表-张小明-2026-12-02 or 控辍保学月报表-城郊乡中心学校-2026年11月-2026-12-02.
 * The subject is what a clerk sorts files by (the pupil, or the school and
 * month); a name the user gave the draft is used when the record has none.
 * Characters Windows or macOS refuse, and the full-width ones an IME puts in
 * names (：／？…), become “-”, so a county can collect the files in one folder
 * and pass them to `baoxue aggregate` without quoting.
 *
 * Stable exports: exportFileName(input) → base name without extension, plainFileName(text).
 */

export interface ExportNameInput {
  title: string;
  /** the draft's name (defaults such as “草稿 2（12月2日 10:30）” are not used) */
  draftName?: string;
  data: unknown;
  /** YYYY-MM-DD, the day of the export */
  today: string;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const at = (v: unknown, key: string): unknown => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined);

/** The pupil, or the school (and month) the record is about. */
function subjectOf(data: unknown): string | undefined {
  const pupil = text(at(at(data, 'student'), 'name'));
  if (pupil) return pupil;
  const school = text(at(data, 'school')) ?? text(at(at(data, 'school'), 'name'));
  const period = text(at(data, 'period'));
  const month = period && /^\d{4}-\d{2}$/.test(period) ? `${period.slice(0, 4)}年${Number(period.slice(5))}月` : undefined;
  if (school) return month ? `${school}-${month}` : school;
  return text(at(data, 'partyB')) ?? text(at(data, 'unit'));
}

/** Names the page gives drafts by itself, which say nothing about the record. */
const generatedDraftName = /^(草稿 \d+（[^）]*）|未保存的草稿)$/;

function fromDraftName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  // An imported draft is called 导入：<file>; the file's own name is what matters.
  const plain = name.replace(/^导入[：:]\s*/, '').replace(/（另一窗口(的副本|删除后保留)）$/, '').trim();
  return plain && !generatedDraftName.test(plain) ? plain : undefined;
}

/** Text safe and plain as (part of) a file name on every system. */
export function plainFileName(name: string): string {
  return name
    .replace(/[\\/:*?"<>|\u0000-\u001f\uff1a\uff0f\uff3c\uff1f\uff0a\uff02\uff1c\uff1e\uff5c]+/g, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 120);
}

export function exportFileName({ title, draftName, data, today }: ExportNameInput): string {
  const subject = subjectOf(data) ?? fromDraftName(draftName);
  const parts = [title, subject, today].filter((p): p is string => !!p).map(plainFileName).filter(Boolean);
  // A subject that merely repeats the title (a draft named after the form) is said once.
  const unique = parts.filter((p, i) => parts.indexOf(p) === i);
  return unique.join('-') || '表单';
}
