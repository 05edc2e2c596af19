/**
 * The pupil ledger (台账): 辍学学生登记表, 劝返复学记录, 限期入学（复学）通知书,
 * 送教上门记录 and 核查登记 merged per pupil by 身份证号 into one row, with the
 * next step of the jurisdiction's escalation ladder and its due date.
 *
 * Status, first that applies: 已复学 (a record says the pupil returned),
 * 送教上门, 延缓入学 (deferral approved), 劝返中 (persuasion attempts and no
 * return), 辍学 (registered, or marked 辍学, or sent a notice), 疑似辍学 (a
 * persuasion record without attempts yet), 已核查 (only a verification record).
 *
 * The ladder (`escalation[]`, in its order) runs from the day the pupil left
 * (离校日期; without one, the registration's 填表日期). For a pupil still out
 * (疑似辍学 / 辍学 / 劝返中), the next step is the first not yet done:
 *   - a step with a 学籍标注 (`mark`) is done once the records carry that mark
 *     (辍学 covers 疑似辍学); steps marking 复学/延缓入学/休学 follow a return
 *     or a decision and are not due while the pupil is out;
 *   - the k-th step without a mark that falls due after a time (`after`, or at
 *     once when it has none) is done once k attempts are recorded;
 *   - a step due after a number of attempts (`attempts`, 唐河's 联合劝返三次以上)
 *     is due on the day of that attempt (attempts marked 非联合 not counted),
 *     with no due date before then.
 * Due = start + `after` (whole days); 逾期 when today is after the due date.
 * Attempts are counted once per date over all records (a registration and a
 * persuasion record often list the same visits), at least the registration's
 * 劝返次数.
 *
 * Exports: buildLedger(records, escalation, today) → LedgerRow[], LedgerEntry (row + the school key and mark used by the cross-check).
 */
import type { FormId } from '../forms/form-catalogue.ts';
import type { LedgerRow, LedgerStatus, ValidRecord } from './aggregate-types.ts';
import { addDuration } from './iso-duration.ts';
import { maskIdNumber } from './mask-id.ts';

export interface EscalationStepLike {
  id: string;
  after?: string;
  attempts?: number;
  action: string;
  actor: string;
  mark?: string;
  source: string;
}

type Data = Record<string, any>;

// One collator: localeCompare with a locale builds a new one on every call.
const bySchool = new Intl.Collator('zh');
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const ledgerForms: FormId[] = ['dropout-registration', 'persuasion-record', 'return-notice', 'home-education-record', 'verification'];
const markRank: Record<string, number> = { 疑似辍学: 1, 辍学: 2 };
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const minDate = (dates: (string | undefined | null)[]) => dates.filter(isDate).sort()[0] ?? null;
const maxDate = (dates: (string | undefined | null)[]) => dates.filter(isDate).sort().pop() ?? null;

/** A ledger row and what the cross-check needs: the pupil's mark (辍学 / 疑似辍学 / none). */
export interface LedgerEntry {
  row: LedgerRow;
  mark: string | null;
  /** the school as the records name it (for matching with the registry) */
  schoolName: string;
}

function recordDate(form: FormId, d: Data): string | null {
  if (form === 'return-notice') return isDate(d.issueDate) ? d.issueDate : null;
  return isDate(d.fillDate) ? d.fillDate : null;
}

function schoolOf(form: FormId, d: Data): string {
  const s = form === 'return-notice' || form === 'home-education-record' ? d.school : d.unit;
  return typeof s === 'string' ? s : '';
}

export function buildLedger(records: ValidRecord[], escalation: EscalationStepLike[], today: string): LedgerEntry[] {
  const byPupil = new Map<string, ValidRecord[]>();
  for (const r of records) {
    if (!ledgerForms.includes(r.envelope.form)) continue;
    const id = (r.envelope.data as Data).student?.idNumber;
    if (typeof id !== 'string' || id === '') continue;
    byPupil.set(id, [...(byPupil.get(id) ?? []), r]);
  }
  const entries = [...byPupil].map(([id, list]) => pupilRow(id, list, escalation, today));
  return entries.sort((a, b) => Number(b.row.overdue) - Number(a.row.overdue) || byText(a.row.due ?? '9999', b.row.due ?? '9999') || bySchool.compare(a.row.school, b.row.school));
}

function pupilRow(id: string, list: ValidRecord[], escalation: EscalationStepLike[], today: string): LedgerEntry {
  const of = (form: FormId) => list.filter((r) => r.envelope.form === form).map((r) => r.envelope.data as Data);
  const registrations = of('dropout-registration');
  const persuasions = of('persuasion-record');
  const notices = of('return-notice');
  const homeEducation = of('home-education-record');
  // The latest record names the pupil and the school as they are now.
  const sorted = [...list].sort((a, b) => byText(recordDate(a.envelope.form, a.envelope.data as Data) ?? '', recordDate(b.envelope.form, b.envelope.data as Data) ?? ''));
  const latest = sorted[sorted.length - 1]!;
  const latestData = latest.envelope.data as Data;
  const student = latestData.student as Data;
  const grade = [...sorted].reverse().map((r) => (r.envelope.data as Data).student?.grade).find((g) => Number.isInteger(g)) ?? null;

  // Attempts: one per date; a date counts as joint when any record says so, as not joint only when every record says so.
  const attemptDates = new Map<string, { joint: boolean; notJoint: boolean; unknown: boolean }>();
  for (const d of [...registrations, ...persuasions]) {
    for (const a of Array.isArray(d.attempts) ? d.attempts : []) {
      if (!isDate(a?.date)) continue;
      const seen = attemptDates.get(a.date) ?? { joint: false, notJoint: false, unknown: false };
      if (a.joint === true) seen.joint = true;
      else if (a.joint === false) seen.notJoint = true;
      else seen.unknown = true;
      attemptDates.set(a.date, seen);
    }
  }
  const dates = [...attemptDates.keys()].sort();
  const stated = Math.max(0, ...registrations.map((d) => (Number.isInteger(d.persuasion?.count) ? (d.persuasion.count as number) : 0)));
  const attempts = Math.max(dates.length, stated);
  const countedDates = dates.filter((d) => { const a = attemptDates.get(d)!; return a.joint || a.unknown; });
  const jointAttempts = countedDates.length + Math.max(0, stated - dates.length);

  const returnDate = maxDate(persuasions.filter((d) => d.outcome?.returned === true).map((d) => d.outcome.returnDate));
  const returned = persuasions.some((d) => d.outcome?.returned === true) || registrations.some((d) => d.persuasion?.result === '已复学');
  const deferral = registrations.some((d) => d.persuasion?.deferralApproved === true);
  const mark = registrations.length || notices.some((d) => d.kind === '复学') || persuasions.some((d) => d.status === '辍学') ? '辍学' : persuasions.some((d) => d.status === '疑似辍学') ? '疑似辍学' : null;
  const out = mark !== null || notices.length > 0 || persuasions.length > 0;
  const status: LedgerStatus = returned
    ? '已复学'
    : homeEducation.length
      ? '送教上门'
      : deferral
        ? '延缓入学'
        : attempts > 0 && out
          ? '劝返中'
          : mark === '辍学' || notices.length
            ? '辍学'
            : out
              ? '疑似辍学'
              : '已核查';
  const leftDate = minDate([...persuasions.map((d) => d.leftDate), ...notices.map((d) => d.leftDate)]);
  const start = leftDate ?? minDate(registrations.map((d) => d.fillDate));

  let next: { step: EscalationStepLike; due: string | null } | null = null;
  if (status === '疑似辍学' || status === '辍学' || status === '劝返中') {
    let timed = 0;
    for (const step of escalation) {
      if (step.mark && !(step.mark in markRank)) continue;
      if (step.attempts !== undefined) {
        next = { step, due: jointAttempts >= step.attempts ? (countedDates[step.attempts - 1] ?? countedDates[countedDates.length - 1] ?? null) : null };
        break;
      }
      const done = step.mark ? (markRank[mark ?? ''] ?? 0) >= markRank[step.mark]! : attempts >= ++timed;
      if (!done) {
        next = { step, due: start ? (step.after ? (addDuration(start, step.after) ?? null) : start) : null };
        break;
      }
    }
  }
  const due = next?.due ?? null;
  const noticeDeadline = maxDate(notices.map((d) => d.deadline));
  const row: LedgerRow = {
    student: maskIdNumber(id),
    name: typeof student?.name === 'string' ? student.name : '',
    school: schoolOf(registrations.length ? 'dropout-registration' : latest.envelope.form, registrations.length ? registrations[registrations.length - 1]! : latestData),
    gender: typeof student?.gender === 'string' ? student.gender : null,
    grade: typeof grade === 'number' ? grade : null,
    status,
    leftDate,
    dropoutPeriod: mark === '辍学' && start ? start.slice(0, 7) : null,
    attempts,
    jointAttempts,
    lastAttempt: dates[dates.length - 1] ?? null,
    returnDate,
    noticeDeadline,
    nextAction: next ? next.step.action : null,
    nextActor: next ? next.step.actor : null,
    due,
    overdue: due !== null && today > due,
    source: next ? next.step.source : null,
    records: sorted.map((r) => ({ form: r.envelope.form, file: r.file, record: r.record, date: recordDate(r.envelope.form, r.envelope.data as Data) })),
  };
  return { row, mark, schoolName: row.school };
}
