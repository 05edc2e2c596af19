/**
 * The shape of `baoxue aggregate --format json` and of what the dashboard
 * shows: the county's summary of its schools' monthly reports and case
 * records. A stable interface (README “汇总月报”): keys are only ever added.
 *
 * Exports: the result types, InputFile, AggregateOptions and the signatures of
 * the module's entry points (implemented in aggregate.ts and read-form-file.ts).
 */
import type { FormId } from '../forms/form-catalogue.ts';
import type { FormEnvelope } from '../forms/envelope.ts';
import type { ValidateFunction } from '../validation/types.ts';

/** A file as the CLI reads it from disk or the browser from a File: its name (or relative path) and bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** A rate with what it is made of; percent rounded to 2 decimals, null when the denominator is 0 (shown “—”). */
export interface Rate {
  numerator: number;
  denominator: number;
  percent: number | null;
}

/** The figures of one grade band (or of all grades) of one or many monthly reports. */
export interface Counts {
  /** 在籍学生数 */
  enrolled: number;
  /** 疑似辍学人数 */
  suspected: number;
  /** 辍学人数 */
  dropouts: number;
  /** 劝返复学人数 */
  returned: number;
  /** 送教上门人数 */
  homeEducation: number;
  /** 辍学率 = 辍学人数 ÷ 在籍学生数 */
  dropoutRate: Rate;
  /** 疑似辍学率 = 疑似辍学人数 ÷ 在籍学生数 */
  suspectedRate: Rate;
  /** 劝返复学率 = 劝返复学人数 ÷（辍学人数 + 劝返复学人数） */
  returnRate: Rate;
}

/** 小学 grades 1–6, 初中 grades 7–9, all grades. */
export interface BandTotals {
  primary: Counts;
  junior: Counts;
  all: Counts;
}

export type SchoolStatus = 'reported' | 'zero' | 'late' | 'missing';

/**
 * One school of the period: the registry's schools (missing ones too) and
 * every school that reported, known or not. The flat counts are all grades;
 * `primary` / `junior` the bands.
 */
export interface SchoolRow extends Counts {
  name: string;
  /** 学校标识码, null when neither the registry nor the report gives one */
  code: string | null;
  /** 所在乡镇 from the registry, null when unknown */
  town: string | null;
  status: SchoolStatus;
  /** false: reported but not in the jurisdiction's school registry (flagged, still counted) */
  registered: boolean;
  primary: Counts;
  junior: Counts;
  /** the counted report, null for a missing school */
  report: { file: string; record: number; fillDate: string | null; zeroReport: boolean } | null;
}

export interface TownRow extends Counts {
  /** 所在乡镇; “未注明乡镇” for schools without one */
  name: string;
  schools: number;
  reported: number;
  missing: number;
  primary: Counts;
  junior: Counts;
}

export type FlagKind =
  /** a measured rate does not meet a target */
  | 'target'
  /** report filled after the jurisdiction's monthly deadline */
  | 'late'
  /** a school that reported but is not in the registry */
  | 'unknown-school'
  /** the same school and period reported twice */
  | 'duplicate'
  /** a monthly report says 0 辍学 while the ledger holds a dropout of that school in that period */
  | 'cross-check'
  /** a pupil past the due date of the next escalation step */
  | 'overdue'
  /** a record of another jurisdiction than the one aggregated */
  | 'other-jurisdiction'
  /** the jurisdiction has no school registry: missing schools cannot be listed */
  | 'no-registry';

export interface Flag {
  kind: FlagKind;
  /** the school concerned, null for the jurisdiction as a whole */
  school: string | null;
  message: string;
  /** the clause behind it (`<document-id>#<clause-id>`), null when there is none */
  source: string | null;
  /** file(s) the flag is about */
  files?: string[];
}

/** A target compared with the monthly data, for the whole jurisdiction and each school. */
export interface TargetCheck {
  indicator: string;
  /** 辍学率, 小学辍学率 … */
  label: string;
  comparator: '>=' | '<=' | '=';
  /** the target, in percent */
  value: number;
  year?: number;
  source: string;
  /** the band measured */
  band: keyof BandTotals;
  /** measured for the whole jurisdiction */
  measured: Rate;
  /** null when the rate cannot be computed (no pupils enrolled) */
  met: boolean | null;
  /** schools that do not meet it */
  failing: { school: string; measured: Rate }[];
}

/** A target monthly reports cannot measure (巩固率, 入学率 …): listed, never dropped. */
export interface UnmeasurableTarget {
  indicator: string;
  label: string;
  comparator: '>=' | '<=' | '=';
  value: number;
  year?: number;
  source: string;
  /** always “月报不能计算” */
  reason: string;
}

export interface MissingSchool {
  name: string;
  code: string | null;
  town: string | null;
}

/**
 * A monthly report sent more than once for one school and period, or a case record sent more
 * than once with the same content (record-copies.ts).
 */
export interface Duplicate {
  /** the school (a case record's 单位 or 学校, '' when it names none) */
  school: string;
  code: string | null;
  /** YYYY-MM: the report's period, or the month of the case record's 填表日期 / 发出日期 */
  period: string;
  /** the file counted (a report: the later 填表日期, on a tie the one read last; a case record: the first read) */
  kept: string;
  /** the file(s) not counted */
  dropped: string[];
  /** the form of the copies */
  form: FormId;
  /** a case record's 身份证号, masked as in the ledger; null for monthly reports */
  student: string | null;
  /** every copy, the counted one first, with its record number in the file (copies may share a file) */
  records: { file: string; record: number }[];
}

export type LedgerStatus = '疑似辍学' | '辍学' | '劝返中' | '已复学' | '送教上门' | '延缓入学' | '休学' | '已核查';

export interface LedgerRow {
  /** 身份证号 masked: first 6 and last 4 kept (411328********1236) */
  student: string;
  name: string;
  school: string;
  gender: string | null;
  grade: number | null;
  status: LedgerStatus;
  /** 离校日期 / 辍学日期 as the records give it */
  leftDate: string | null;
  /** the month the pupil counts as 辍学 in (from leftDate, else the registration's 填表日期) */
  dropoutPeriod: string | null;
  /** persuasion attempts recorded so far (distinct dates over all records) */
  attempts: number;
  jointAttempts: number;
  lastAttempt: string | null;
  returnDate: string | null;
  /** 限期入学（复学）通知书: the deadline it set */
  noticeDeadline: string | null;
  /** the next step of the jurisdiction's escalation ladder, null when none is due (returned, ladder done) */
  nextAction: string | null;
  nextActor: string | null;
  /** YYYY-MM-DD; null when the step depends on attempts, not time, or there is no next step */
  due: string | null;
  overdue: boolean;
  /** clause of the next step */
  source: string | null;
  /** every record merged into this row */
  records: { form: FormId; file: string; record: number; date: string | null }[];
}

export interface InvalidEntry {
  file: string;
  /** 1-based record number in the file, null when the file as a whole could not be read */
  record: number | null;
  /** JSON pointer of the field ("" for the file or record as a whole) */
  pointer: string;
  message: string;
}

/** One period's totals, for the month-by-month trend. */
export interface PeriodTotals {
  period: string;
  reports: number;
  totals: BandTotals;
}

export interface AggregateResult {
  jurisdiction: { id: string; name: string };
  /** YYYY-MM aggregated: --period, else the latest period reported; null when no monthly report was read */
  period: string | null;
  /** the monthly deadline applied (day of the period's month), null when the calendar has none */
  deadline: { dayOfMonth: number; date: string; source: string } | null;
  today: string;
  totals: BandTotals;
  schools: SchoolRow[];
  towns: TownRow[];
  flags: Flag[];
  targets: TargetCheck[];
  unmeasurable: UnmeasurableTarget[];
  missing: MissingSchool[];
  duplicates: Duplicate[];
  ledger: LedgerRow[];
  invalid: InvalidEntry[];
  /** every period read, oldest first, each counted once per school */
  trend: PeriodTotals[];
  /** how much was read */
  files: { read: number; records: number; valid: number; invalid: number; byForm: Partial<Record<FormId, number>> };
}

/** Precompiled validator maps per form (loadValidateFns), for the forms aggregate reads. */
export type FormValidators = Partial<Record<FormId, Record<string, ValidateFunction>>>;

export interface AggregateOptions {
  /** YYYY-MM-DD: due dates are overdue after it; future dates are checked against it */
  today: string;
  /** YYYY-MM; default the latest period reported */
  period?: string;
  validators: FormValidators;
}

/** A record that passed its checks, with where it came from. */
export interface ValidRecord {
  file: string;
  /** 1-based */
  record: number;
  envelope: FormEnvelope;
}

/** The forms aggregate reads (other forms are reported as not belonging to a county summary). */
export const reportForms = ['monthly-report', 'dropout-registration', 'persuasion-record', 'return-notice', 'home-education-record', 'verification'] as const satisfies readonly FormId[];
export type ReportFormId = (typeof reportForms)[number];

/**
 * The main entry point (aggregate.ts):
 *   aggregate(files, jurisdiction, options) → AggregateResult
 * Every file is read with readFormFile (site/lib/forms/read-form-file.ts),
 * each record checked with validateRecord under the jurisdiction's rules, as
 * `baoxue check` does; what fails is listed in `invalid`, the rest summarised.
 */
export type Aggregate = (
  files: InputFile[],
  jurisdiction: import('../config/resolve.ts').ResolvedJurisdiction,
  options: AggregateOptions,
) => AggregateResult;
