/**
 * Turns a form's schema, uiSchema and data into the blocks of the printed
 * official table: label/value grids for single fields and groups, and bordered
 * tables (one row per item) for repeat groups. Empty fields stay as blank cells
 * to be filled in by hand.
 */
import { schemaAtPath } from './field-title.ts';
import { gradeName } from '../../lib/forms/grade-names.ts';
import { orderedKeys } from '../../lib/forms/field-order.ts';

type Schema = Record<string, unknown>;

export interface PrintCell {
  label: string;
  value: string;
  /** long text: takes a whole row */
  wide: boolean;
}

export type PrintBlock =
  | { kind: 'fields'; title?: string; cells: PrintCell[] }
  | { kind: 'table'; title: string; columns: string[]; rows: string[][] };

export interface PrintOptions {
  /** data paths shown in the page header instead of the grid (e.g. unit, fill date) */
  skip?: string[][];
  /** labels for the jurisdiction's extra fields, by key */
  extraLabels?: Record<string, string>;
  /** blank rows to print for an empty repeat group */
  blankRows?: number;
  /** nothing is filled in: the sheet is printed to be filled in by hand, so unticked boxes stay blank rather than 否 */
  blankForm?: boolean;
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function displayValue(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (Array.isArray(v)) return v.map(displayValue).filter(Boolean).join('、');
  if (isObj(v)) return Object.values(v).map(displayValue).filter(Boolean).join(' ');
  return String(v);
}

/**
 * A value as the form shows it: an enum by its ui:enumNames, a grade as 一年级 …
 * 九年级, and a checkbox left unticked as 否 — on screen it reads “no”, so on
 * paper it must too (a blank could be filled in either way by hand).
 */
function shown(s: Schema | undefined, ui: Schema | undefined, opts: PrintOptions): (v: unknown) => string {
  const widget = ui?.['ui:widget'];
  if (s?.type === 'boolean' && (widget === undefined || widget === 'checkbox')) return (v) => (v === true ? '是' : opts.blankForm ? '' : '否');
  const names = ui?.['ui:enumNames'];
  if (Array.isArray(names) && Array.isArray(s?.enum)) return (v) => (s.enum as unknown[]).includes(v) ? String(names[(s.enum as unknown[]).indexOf(v)]) : displayValue(v);
  if (ui?.['ui:widget'] === 'grade') return (v) => (typeof v === 'number' ? gradeName(v) : displayValue(v));
  return displayValue;
}

function hidden(ui: Schema | undefined): boolean {
  return ui?.['ui:widget'] === 'hidden' || (ui?.['ui:options'] as Schema | undefined)?.widget === 'hidden';
}

function titleOf(s: Schema | undefined, ui: Schema | undefined, key: string): string {
  const t = ui?.['ui:title'] ?? s?.title;
  return typeof t === 'string' ? t : key;
}

/** Long text, or a label too long for the narrow label column, takes a row of its own. */
function isWide(s: Schema | undefined, ui: Schema | undefined, label = ''): boolean {
  return ui?.['ui:widget'] === 'textarea' || (typeof s?.maxLength === 'number' && s.maxLength > 100) || label.length > 10;
}

/** Scalar (and scalar-array) columns of an array item, flattening nested objects one level. */
interface Column {
  label: string;
  path: string[];
  show: (v: unknown) => string;
}

function columnsOf(root: Schema, itemSchema: Schema, itemUi: Schema | undefined, itemPath: string[], opts: PrintOptions): Column[] {
  const cols: Column[] = [];
  for (const k of orderedKeys(itemSchema, itemUi)) {
    const s = schemaAtPath(root, [...itemPath, k]);
    const u = itemUi?.[k] as Schema | undefined;
    if (hidden(u)) continue;
    if (s?.type === 'object' && s.properties) {
      for (const c of columnsOf(root, s, u, [...itemPath, k], opts)) cols.push({ ...c, path: [k, ...c.path.slice(itemPath.length + 1)] });
    } else cols.push({ label: titleOf(s, u, k), path: [k], show: shown(s, u, opts) });
  }
  return cols;
}

const at = (data: unknown, path: string[]): unknown => path.reduce<unknown>((d, k) => (isObj(d) || Array.isArray(d) ? (d as Record<string, unknown>)[k] : undefined), data);

export function printBlocks(root: Schema, uiSchema: Schema | undefined, data: unknown, opts: PrintOptions = {}): PrintBlock[] {
  const blocks: PrintBlock[] = [];
  const skip = (opts.skip ?? []).map((p) => p.join('.'));
  let loose: PrintCell[] = [];
  const flushLoose = () => {
    if (loose.length) blocks.push({ kind: 'fields', cells: loose });
    loose = [];
  };

  const cellsOf = (path: string[], s: Schema, ui: Schema | undefined): PrintCell[] => {
    const cells: PrintCell[] = [];
    for (const k of orderedKeys(s, ui)) {
      const p = [...path, k];
      if (skip.includes(p.join('.'))) continue;
      const cs = schemaAtPath(root, p);
      const cu = ui?.[k] as Schema | undefined;
      if (!cs || hidden(cu)) continue;
      if (cs.type === 'object' && cs.properties) {
        const inner = cellsOf(p, cs, cu);
        const v = inner.map((c) => c.value).filter(Boolean).join(' ');
        cells.push({ label: titleOf(cs, cu, k), value: v, wide: true });
      } else cells.push({ label: titleOf(cs, cu, k), value: shown(cs, cu, opts)(at(data, p)), wide: isWide(cs, cu, titleOf(cs, cu, k)) });
    }
    return cells;
  };

  for (const key of orderedKeys(root, uiSchema)) {
    const path = [key];
    if (skip.includes(key)) continue;
    const s = schemaAtPath(root, path);
    const ui = uiSchema?.[key] as Schema | undefined;
    if (!s) continue;
    if (key === 'extra') {
      const extra = at(data, path);
      const labels = opts.extraLabels ?? {};
      const keys = [...new Set([...Object.keys(labels), ...(isObj(extra) ? Object.keys(extra) : [])])];
      for (const k of keys) loose.push({ label: labels[k] ?? k, value: displayValue(isObj(extra) ? extra[k] : undefined), wide: false });
      continue;
    }
    if (hidden(ui)) continue;
    const title = titleOf(s, ui, key);
    if (s.type === 'array' && isObj(s.items)) {
      const itemSchema = schemaAtPath(root, [key, '0']);
      if (itemSchema?.type === 'object' && itemSchema.properties) {
        flushLoose();
        const cols = columnsOf(root, itemSchema, ui?.items as Schema | undefined, [key, '0'], opts);
        const items = Array.isArray(at(data, path)) ? (at(data, path) as unknown[]) : [];
        const rows = items.map((item) => cols.map((c) => c.show(at(item, c.path))));
        const blanks = Math.max(0, (opts.blankRows ?? 1) - rows.length);
        for (let i = 0; i < blanks; i++) rows.push(cols.map(() => ''));
        blocks.push({ kind: 'table', title, columns: ['序号', ...cols.map((c) => c.label)], rows: rows.map((r, i) => [String(i + 1), ...r]) });
        continue;
      }
      loose.push({ label: title, value: displayValue(at(data, path)), wide: true });
      continue;
    }
    if (s.type === 'object' && s.properties) {
      const cells = cellsOf(path, s, ui);
      const allShort = cells.every((c) => c.value.length < 40);
      // A small group of address parts reads best as one line.
      if (cells.length === 1) {
        loose.push(cells[0]!);
        continue;
      }
      if (cells.length <= 3 && allShort && Object.values(s.properties as Schema).every((p) => (p as Schema).type !== 'object')) {
        loose.push({ label: title, value: cells.map((c) => c.value).filter(Boolean).join(' '), wide: true });
        continue;
      }
      flushLoose();
      blocks.push({ kind: 'fields', title, cells });
      continue;
    }
    loose.push({ label: title, value: shown(s, ui, opts)(at(data, path)), wide: isWide(s, ui, title) });
  }
  flushLoose();
  return blocks;
}

/** Grid rows of at most two label/value pairs; a wide cell gets a row of its own. */
export function gridRows(cells: PrintCell[]): PrintCell[][] {
  const rows: PrintCell[][] = [];
  let row: PrintCell[] = [];
  for (const c of cells) {
    if (c.wide) {
      if (row.length) rows.push(row);
      rows.push([c]);
      row = [];
      continue;
    }
    row.push(c);
    if (row.length === 2) {
      rows.push(row);
      row = [];
    }
  }
  if (row.length) rows.push(row);
  return rows;
}
