/**
 * Case records (登记表, 劝返复学记录, 通知书, 送教上门记录, 核查登记) sent more than once:
 * the same record copied into a school's file twice, or sent by two schools, or once as
 * .json and once as .xlsx. The ledger merges a pupil's records by 身份证号, so a copy would
 * vanish into the pupil's row without anyone being told; like a monthly report sent twice,
 * it is counted once (the first one read) and listed among the duplicates, with a flag
 * naming every copy.
 *
 * A copy is the same form with the same content: field by field, in any key order, an empty
 * field the same as one left out (an .xlsx export does not write empty cells). Two different
 * records of one pupil — a registration and a later persuasion record, or two persuasion
 * records of different visits — are not copies; the ledger merges those as before.
 *
 * Exports: dropRecordCopies(records) → { unique, duplicates, flags }.
 */
import { formTitle } from '../forms/form-catalogue.ts';
import { clipValue } from '../text/quote-value.ts';
import type { Duplicate, Flag, ValidRecord } from './aggregate-types.ts';
import { maskIdNumber } from './mask-id.ts';

type Data = Record<string, any>;

/** The content of a value with key order and empty fields left out, as one comparable text. */
function canonical(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) return value.length ? `[${value.map((v) => canonical(v) ?? 'null').join(',')}]` : undefined;
  if (typeof value === 'object') {
    const parts = Object.keys(value as Data)
      .sort()
      .flatMap((k) => {
        const v = canonical((value as Data)[k]);
        return v === undefined ? [] : [`${JSON.stringify(k)}:${v}`];
      });
    return parts.length ? `{${parts.join(',')}}` : undefined;
  }
  return JSON.stringify(value);
}

const schoolOf = (d: Data) => (typeof d.school === 'string' ? d.school : typeof d.unit === 'string' ? d.unit : '');
const dateOf = (d: Data) => [d.fillDate, d.issueDate].find((v): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) ?? null;
const place = (r: ValidRecord) => `${r.file} 第 ${r.record} 条`;

export function dropRecordCopies(records: ValidRecord[]): { unique: ValidRecord[]; duplicates: Duplicate[]; flags: Flag[] } {
  const first = new Map<string, ValidRecord[]>();
  const unique: ValidRecord[] = [];
  for (const r of records) {
    const key = `${r.envelope.form}\u0000${canonical(r.envelope.data) ?? ''}`;
    const copies = first.get(key);
    if (copies) copies.push(r);
    else {
      first.set(key, [r]);
      unique.push(r);
    }
  }
  const duplicates: Duplicate[] = [];
  const flags: Flag[] = [];
  for (const copies of first.values()) {
    if (copies.length < 2) continue;
    const [kept, ...dropped] = copies as [ValidRecord, ...ValidRecord[]];
    const d = kept.envelope.data as Data;
    const id = typeof d.student?.idNumber === 'string' ? d.student.idNumber : '';
    const student = id ? maskIdNumber(id) : null;
    const name = typeof d.student?.name === 'string' ? d.student.name : '';
    const school = schoolOf(d);
    const files = [...new Set(copies.map((c) => c.file))];
    duplicates.push({
      school,
      code: null,
      period: dateOf(d)?.slice(0, 7) ?? '',
      kept: kept.file,
      dropped: dropped.map((c) => c.file),
      form: kept.envelope.form,
      student,
      records: copies.map((c) => ({ file: c.file, record: c.record })),
    });
    flags.push({
      kind: 'duplicate',
      school: school || null,
      message: `${clipValue(name).text}${student ? `（${student}）` : ''}的“${formTitle(kept.envelope.form)}”重复：${copies.map(place).join('、')} 内容完全相同；台账中只计一次，按先读到的 ${place(kept)}。`,
      source: null,
      files,
    });
  }
  return { unique, duplicates, flags };
}
