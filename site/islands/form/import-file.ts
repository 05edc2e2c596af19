/**
 * Reading a file the user imports, loaded on first import. As strict as
 * `baoxue check` about the file itself (UTF-8, the right form, a known
 * jurisdiction, numbers Excel mangled) and as forgiving about the record:
 * whatever can be read goes into a new draft, every problem listed by field
 * or by sheet, row and column — the same for .json and .xlsx.
 */
import { parseEnvelope, parseEnvelopeBytes, type EnvelopeResult } from '../../lib/forms/envelope.ts';
import { validateRecord } from '../../lib/forms/validate-record.ts';
import { hint } from '../../lib/text/did-you-mean.ts';
import type { FormContextForIo, ImportProblem, ImportResult } from './form-services.ts';
import { quote } from '../../lib/text/quote-value.ts';
import { formJurisdictionsUrl } from '../../lib/forms/form-jurisdictions.ts';
import type { FormId } from '../../lib/forms/form-registry.ts';

const formJurisdictions = new Map<FormId, Promise<Record<string, string>>>();

/**
 * The site's jurisdictions that have the form (lib/forms/form-jurisdictions.ts), fetched once per page;
 * the service worker keeps the answer like any other data, so it is there offline after the first time.
 */
function loadFormJurisdictions(form: FormId): Promise<Record<string, string>> {
  let names = formJurisdictions.get(form);
  if (!names) {
    names = fetch(formJurisdictionsUrl(form)).then(async (r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return (await r.json()) as Record<string, string>;
    });
    formJurisdictions.set(form, names);
    // A failed fetch (offline) is tried again on the next import.
    names.catch(() => formJurisdictions.delete(form));
  }
  return names;
}

/** The site's jurisdictions that have the form, or undefined when the list cannot be had (offline, never fetched). */
async function known(io: FormContextForIo): Promise<Record<string, string> | undefined> {
  try {
    return await (io.knownJurisdictions ?? (() => loadFormJurisdictions(io.form.id)))();
  } catch {
    return undefined;
  }
}

async function fromEnvelope(io: FormContextForIo, result: EnvelopeResult, where: string, locations: Record<string, string> = {}, readProblems: ImportProblem[] = [], atFault = new Set<string>()): Promise<ImportResult> {
  if (!result.ok) {
    return { problems: [...readProblems, ...result.problems.map((p) => ({ where: locations[p.pointer] ?? where, message: p.message }))] };
  }
  const { data, jurisdiction } = result.envelope;
  const problems = [...readProblems];
  const out: ImportResult = { data, problems };
  if (jurisdiction !== io.jurisdiction) {
    // Only a file of another jurisdiction needs the site's list, so only then is it fetched.
    const names = await known(io);
    const here = io.jurisdictionName ?? names?.[io.jurisdiction] ?? io.jurisdiction;
    if (names?.[jurisdiction]) out.otherJurisdiction = { id: jurisdiction, name: names[jurisdiction] };
    else if (names) {
      problems.push({
        where,
        message: `文件注明的辖区 ${quote(jurisdiction)} 不是本站有这张表的辖区。${hint(jurisdiction, Object.keys(names))}已按${here}的表单导入，请核对文件是否属于${here}。`,
      });
    } else {
      problems.push({
        where,
        message: `文件注明的辖区 ${quote(jurisdiction)} 不是${here}，本站的辖区名单没有取到（可能已断网），无法核对它。已按${here}的表单导入，请核对文件是否属于${here}。`,
      });
    }
  }
  // The record is imported even when it has problems (the user fixes them in the form); a cell already reported is not reported twice.
  const invalid = io.validateFns ? validateRecord(io.form, data, io.validateFns, { jurisdiction: io.rules ?? null }) : [];
  for (const p of invalid) {
    if (atFault.has(p.pointer)) continue;
    const cell = locations[p.pointer];
    problems.push(cell ? { where: cell, message: p.message } : { message: p.message });
  }
  if (result.migratedFrom) out.migratedFrom = result.migratedFrom;
  return out;
}

/** Read a .json envelope (first record) or an .xlsx in the site's layout. */
export async function importFile(io: FormContextForIo, file: File): Promise<ImportResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (/\.xlsx$/i.test(file.name)) {
    const { readXlsxRecord } = await import('../../lib/forms/xlsx/read-record.ts');
    const read = readXlsxRecord(io.form, bytes, { labels: io.labels ?? {}, extraFields: io.extraFields ?? [] });
    if (!read.ok) return { problems: read.problems.map((p) => ({ where: p.where, message: p.message })) };
    const readProblems = read.cellProblems.map((p) => ({ where: p.where, message: p.message }));
    return await fromEnvelope(io, parseEnvelope(read.envelope, io.form.id), file.name, read.locations, readProblems, read.atFault);
  }
  const results = parseEnvelopeBytes(bytes, io.form.id);
  const out = await fromEnvelope(io, results[0]!, file.name);
  if (results.length > 1) out.problems.push({ where: file.name, message: `文件中有 ${results.length} 条记录，只导入了第 1 条。` });
  return out;
}
