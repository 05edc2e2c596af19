/**
 * Reads an .xlsx in the site's layout (layout.ts) back into a form record —
 * also after it was edited and re-saved by Excel or WPS (shared strings, rich
 * text, dates typed as dates, numbers typed as text). Every problem names the
 * sheet, row and column: 工作表“劝返过程详细记录” 第3行 A列“劝返日期”：….
 *
 * A cell that does not fit its field is kept as it was (the raw text) and
 * reported, like a JSON file with errors: the page imports what can be read
 * (`partial`) and lists the problems; `baoxue check` reports them. Only a file
 * that is not the form's workbook at all has nothing to import. A number
 * Excel made of digits kept as text (身份证号 typed into a 常规 cell) is
 * reported as such, not as a wrong check digit.
 *
 * Stable exports:
 *   fromXlsx(form, bytes, options) → XlsxReadResult
 *   XlsxProblem, XlsxReadResult, readWorkbook
 */
import { strFromU8, unzipSync } from 'fflate';
import type { LabelOverrides } from '../field-label.ts';
import type { FormDefinition } from '../form-registry.ts';
import { formCatalogue, isFormId } from '../form-catalogue.ts';
import type { ExtraField } from '../form-options.ts';
import { columnLetter, formLayout, listSeparator, type LeafType } from './layout.ts';
import { elements, textOf } from './xml.ts';
import { idNumberAsExcelNumber } from '../rules/id-number.ts';
import { quote } from '../../text/quote-value.ts';

export interface XlsxProblem {
  /** 工作表“…” 第3行 C列“劝返日期” (or the file as a whole) */
  where: string;
  message: string;
  sheet?: string;
  row?: number;
  column?: string;
  /** JSON pointer inside data of the field whose cell this is */
  pointer?: string;
}

export type XlsxReadResult =
  | {
      ok: true;
      /** the envelope as read (not yet checked: pass it through parseEnvelope) */
      envelope: Record<string, unknown>;
      /** JSON pointer inside data → where its cell is, for messages about the record */
      locations: Record<string, string>;
      problems: [];
    }
  | {
      ok: false;
      problems: XlsxProblem[];
      /** what could be read despite the problems, the cells at fault as they were; absent when nothing can be imported */
      partial?: { envelope: Record<string, unknown>; locations: Record<string, string> };
    };

type Raw = string | number | boolean;
export interface Sheet {
  name: string;
  /** rows[r][c], 0-based, holes for empty cells */
  rows: (Raw | undefined)[][];
}

const colIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

const resolvePart = (base: string, target: string) => {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
};

/** All sheets of a workbook, in order, with plain cell values. Throws a Chinese Error on a broken file. */
export function readWorkbook(bytes: Uint8Array): Sheet[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new Error('文件不是有效的 Excel（.xlsx）文件，可能已损坏，或是旧式 .xls 文件（请在 Excel 中另存为 .xlsx）。');
  }
  const text = (path: string) => (files[path] ? strFromU8(files[path]!) : undefined);
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new Error('文件中没有工作簿（xl/workbook.xml），不是有效的 .xlsx 文件。');
  const rels = new Map(elements(text('xl/_rels/workbook.xml.rels') ?? '', 'Relationship').map((r) => [r.attrs.Id, r.attrs.Target ?? '']));
  const shared = elements(text('xl/sharedStrings.xml') ?? '', 'si').map((si) => textOf(si.inner));
  return elements(workbook, 'sheet').map((s) => {
    const target = rels.get(s.attrs.id);
    const xml = target ? text(resolvePart('xl/workbook.xml', target)) : undefined;
    const rows: (Raw | undefined)[][] = [];
    let nextRow = 0;
    for (const row of elements(xml ?? '', 'row')) {
      const r = row.attrs.r ? Number(row.attrs.r) - 1 : nextRow;
      nextRow = r + 1;
      const cells: (Raw | undefined)[] = [];
      let nextCol = 0;
      for (const c of elements(row.inner, 'c')) {
        const m = /^([A-Z]+)\d+$/.exec(c.attrs.r ?? '');
        const ci = m ? colIndex(m[1]!) : nextCol;
        nextCol = ci + 1;
        const v = elements(c.inner, 'v')[0]?.inner;
        let value: Raw | undefined;
        switch (c.attrs.t) {
          case 's':
            value = shared[Number(v)];
            break;
          case 'inlineStr':
            value = textOf(elements(c.inner, 'is')[0]?.inner ?? '');
            break;
          case 'str':
            value = v === undefined ? undefined : textOf(`<t>${v}</t>`);
            break;
          case 'b':
            value = v === undefined ? undefined : v === '1' || v === 'true' ? true : v === '0' || v === 'false' ? false : v;
            break;
          case 'e':
            value = undefined;
            break;
          default:
            value = v === undefined || v === '' ? undefined : Number(v);
        }
        if (value !== undefined && value !== '') cells[ci] = value;
      }
      rows[r] = cells;
    }
    return { name: s.attrs.name ?? '', rows };
  });
}

/** Excel's serial day number (1900 date system) → YYYY-MM-DD. */
const serialToIso = (n: number) => new Date(Math.round((n - 25569) * 86_400_000)).toISOString().slice(0, 10);

type Node = Record<string, unknown>;

/** The schema of the field at `path` (array indexes left out): its shared definition's name, and the definition itself. */
function leafSchema(form: FormDefinition, path: string): { ref?: string; node?: Node } {
  const defs = form.schema.$defs as Record<string, Node>;
  const deref = (n: Node | undefined) => (typeof n?.$ref === 'string' ? defs[n.$ref.slice(8)] : n);
  let node: Node | undefined = form.schema;
  for (const seg of path.split('/').slice(1)) {
    node = deref(node);
    if (node?.type === 'array') node = deref(node.items as Node);
    node = (node?.properties as Record<string, Node> | undefined)?.[seg];
  }
  return { ref: node?.$ref as string | undefined, node: deref(node) };
}

/**
 * Digits kept as text (身份证号, 学籍号, 电话, 学校代码 …) that Excel stored as a
 * number because the cell was not formatted as 文本. Excel keeps 15
 * significant digits, so an 18-digit 身份证号 has already changed; a short one
 * may have lost its leading 0. A number that still fits the field is fine.
 */
function excelNumberProblem(raw: number, leaf: { ref?: string; node?: Node }): string | undefined {
  // The one explanation shared with the rules (检查填写, check, aggregate); a number it does not
  // recognise is left to them, so they say the same about it as the reader.
  if (leaf.ref === '#/$defs/idNumber') return idNumberAsExcelNumber(String(raw));
  const pattern = leaf.node?.pattern;
  if (typeof pattern !== 'string') return undefined;
  const text = String(raw);
  const lost = raw >= 1e15 || !Number.isInteger(raw);
  const noZero = leaf.ref === '#/$defs/phone' && !text.startsWith('1');
  if (!lost && !noZero && new RegExp(pattern, 'u').test(text)) return undefined;
  const why = lost ? 'Excel 只保留 15 位有效数字，末几位已经变了' : noZero ? '开头的 0 已经丢失' : '号码可能已经变了';
  return `被 Excel 存成了数字 ${text}（${why}）。请在 Excel 中把这一列设置为“文本”格式，重新输入号码后再导入。`;
}

// How people write yes and no in a spreadsheet: Excel's TRUE/FALSE (a boolean cell, or typed as
// text, also in WPS's Chinese 真/假), 1/0 as a number or text, 是/否, ticks and crosses.
const yes = new Set(['是', '真', '对', '有', 'true', '1', 'y', 'yes', '√', '✓', '✔']);
const no = new Set(['否', '假', '错', '无', 'false', '0', 'n', 'no', '×', '✗', '✘', 'x']);

/** A yes/no cell as a boolean; undefined when it says neither (then it is reported, never guessed). */
export function booleanOf(raw: Raw): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return raw === 1 ? true : raw === 0 ? false : undefined;
  const s = raw.normalize('NFKC').trim().toLowerCase();
  return yes.has(s) ? true : no.has(s) ? false : undefined;
}

/** A cell converted to the field's type; a cell that does not fit keeps its raw value and gets a Chinese complaint. */
function convert(raw: Raw, type: LeafType, leaf: { ref?: string; node?: Node }): { value: unknown; error?: string } {
  switch (type) {
    case 'integer':
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : NaN;
      if (Number.isNaN(n) || typeof raw === 'boolean') return { value: raw, error: `应为${type === 'integer' ? '整数' : '数字'}，实际是 ${quote(String(raw))}。` };
      return { value: n };
    }
    case 'boolean': {
      const value = booleanOf(raw);
      return value === undefined ? { value: raw, error: `应填“是”或“否”，实际是 ${quote(String(raw))}。` } : { value };
    }
    case 'string-list':
      return { value: String(raw).split(listSeparator).map((s) => s.trim()).filter(Boolean) };
    case 'string': {
      if (leaf.ref === '#/$defs/date' && typeof raw === 'number') return { value: serialToIso(raw) };
      if (typeof raw === 'boolean') return { value: raw ? '是' : '否' };
      const error = typeof raw === 'number' ? excelNumberProblem(raw, leaf) : undefined;
      return error ? { value: String(raw), error } : { value: String(raw) };
    }
    default:
      return { value: raw };
  }
}

function setAt(target: Record<string, unknown>, pointer: string, value: unknown) {
  const segs = pointer.split('/').slice(1);
  let node = target;
  segs.slice(0, -1).forEach((s) => {
    if (!node[s] || typeof node[s] !== 'object') node[s] = {};
    node = node[s] as Record<string, unknown>;
  });
  node[segs[segs.length - 1]!] = value;
}

export interface XlsxReadOptions {
  labels?: LabelOverrides;
  extraFields?: ExtraField[];
}

/**
 * `options` may depend on the jurisdiction the file names (its 辖区 row): pass
 * a function to get that jurisdiction's labels and extra fields.
 */
export function fromXlsx(
  form: FormDefinition,
  bytes: Uint8Array,
  optionsOrLookup: XlsxReadOptions | ((jurisdiction: string | undefined) => XlsxReadOptions) = {},
): XlsxReadResult {
  let sheets: Sheet[];
  try {
    sheets = readWorkbook(bytes);
  } catch (error) {
    return { ok: false, problems: [{ where: '文件', message: error instanceof Error ? error.message : String(error) }] };
  }
  const problems: XlsxProblem[] = [];
  const locations: Record<string, string> = {};
  const at = (sheet: string, row: number, col: number, title?: string) => {
    const where = `工作表“${sheet}” 第${row + 1}行 ${columnLetter(col)}列${title ? `“${title}”` : ''}`;
    return { where, sheet, row: row + 1, column: columnLetter(col) };
  };
  const main = sheets[0];
  if (!main) return { ok: false, problems: [{ where: '文件', message: '工作簿中没有工作表。' }] };

  // Main sheet: rows identified by column D (标识), else by column A (字段).
  const mainRows = main.rows.map((r, i) => ({ r, i })).filter(({ r }) => r && r.some((v) => v !== undefined));
  const extraKeys = mainRows.map(({ r }) => String(r[3] ?? '')).filter((p) => p.startsWith('/extra/')).map((p) => p.slice(7));
  const metaForm = mainRows.find(({ r }) => r[3] === '#form')?.r[1];
  if (typeof metaForm === 'string' && metaForm !== form.id) {
    const other = isFormId(metaForm) ? formCatalogue[metaForm] : undefined;
    return {
      ok: false,
      problems: [{ where: `工作表“${main.name}”`, message: `这是${other ? `“${other.title}”（${metaForm}）` : `表单 ${quote(metaForm)}`}的 Excel 文件，不是“${form.title}”（${form.id}）。` }],
    };
  }
  const metaJurisdiction = mainRows.find(({ r }) => r[3] === '#jurisdiction')?.r[1];
  const options = typeof optionsOrLookup === 'function' ? optionsOrLookup(typeof metaJurisdiction === 'string' ? metaJurisdiction : undefined) : optionsOrLookup;
  const layout = formLayout(form, { ...options, extraKeys });
  const byPointer = new Map(layout.fields.map((f) => [f.pointer, f]));
  const byLabel = new Map([...layout.fields.map((f) => [f.schemaLabel, f] as const), ...layout.fields.map((f) => [f.label, f] as const)]);
  const envelope: Record<string, unknown> = {};
  const data: Record<string, unknown> = {};
  let sawMeta = false;
  for (const { r, i } of mainRows) {
    if (i === 0 && r[0] === '字段') continue;
    const id = typeof r[3] === 'string' ? r[3].trim() : '';
    const raw = r[1];
    if (id.startsWith('#')) {
      sawMeta = true;
      if (raw !== undefined) envelope[id.slice(1)] = id === '#version' && typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : raw;
      continue;
    }
    const field = (id && byPointer.get(id)) || byLabel.get(String(r[0] ?? '').trim());
    if (!field) {
      problems.push({ ...at(main.name, i, id ? 3 : 0), message: `不认识的字段 ${quote(id || String(r[0] ?? ''))}，不是“${form.title}”的字段。` });
      continue;
    }
    if (raw === undefined) continue;
    const converted = convert(raw, field.type, leafSchema(form, field.pointer));
    const loc = at(main.name, i, 1, field.label);
    if (converted.error) problems.push({ ...loc, pointer: field.pointer, message: `“${field.label.split(' / ').pop()}”${converted.error}` });
    setAt(data, field.pointer, converted.value);
    locations[field.pointer] = loc.where;
  }
  if (!sawMeta) {
    problems.push({ where: `工作表“${main.name}”`, message: `第一张工作表中没有“表单标识”“表单版本”“辖区”三行，这不是本站导出的“${form.title}”Excel 文件。` });
  }

  // One sheet per repeat group, found by name.
  for (const g of layout.groups) {
    const sheet = sheets.find((s) => s.name === g.sheetName);
    if (!sheet) continue;
    const header = sheet.rows[0] ?? [];
    const colOf = new Map<number, (typeof g.columns)[number]>();
    header.forEach((h, c) => {
      if (h === undefined) return;
      const title = String(h).trim();
      const col = g.columns.find((x) => x.title === title) ?? g.columns.find((x) => x.schemaTitle === title || (x.key !== '' && x.key === title));
      if (col) colOf.set(c, col);
      else problems.push({ ...at(sheet.name, 0, c), message: `不认识的列标题 ${quote(title)}；本表的列为：${g.columns.map((x) => x.title).join('、')}。` });
    });
    const items: unknown[] = [];
    sheet.rows.slice(1).forEach((row, k) => {
      const r = k + 1;
      if (!row || !row.some((v) => v !== undefined)) return;
      const index = items.length;
      const item: Record<string, unknown> = {};
      let plainValue: unknown;
      row.forEach((raw, c) => {
        const col = colOf.get(c);
        if (raw === undefined || !col) return;
        const pointer = g.plain ? `${g.pointer}/${index}` : `${g.pointer}/${index}/${col.key}`;
        const loc = at(sheet.name, r, c, col.title);
        const converted = convert(raw, col.type, leafSchema(form, `${g.pointer}/${col.key}`));
        if (converted.error) problems.push({ ...loc, pointer, message: `“${col.title}”${converted.error}` });
        if (g.plain) plainValue = converted.value;
        else item[col.key] = converted.value;
        locations[pointer] = loc.where;
      });
      locations[`${g.pointer}/${index}`] ??= `工作表“${sheet.name}” 第${r + 1}行`;
      items.push(g.plain ? plainValue : item);
    });
    if (items.length) setAt(data, g.pointer, items);
  }
  for (const s of sheets.slice(1)) {
    if (!layout.groups.some((g) => g.sheetName === s.name) && s.rows.some((r) => r?.some((v) => v !== undefined))) {
      problems.push({ where: `工作表“${s.name}”`, message: `不认识的工作表；“${form.title}”的工作表为：${[layout.mainSheet, ...layout.groups.map((g) => g.sheetName)].join('、')}。` });
    }
  }
  envelope.data = data;
  // Without the envelope rows this is not the form's workbook: nothing to import.
  if (!sawMeta) return { ok: false, problems };
  if (problems.length) return { ok: false, problems, partial: { envelope, locations } };
  return { ok: true, envelope, locations, problems: [] };
}
