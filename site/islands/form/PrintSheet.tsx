/**
 * The printed official table: title, 单位（盖章）and 填表日期 line, bordered
 * grid, repeat groups as tables whose header repeats on every page, and the
 * signature lines. Shown only on paper (see print-forms.css).
 */
import type { ReactNode } from 'react';
import { gridRows, type PrintBlock } from './print-model.ts';

export interface PrintSheetProps {
  title: string;
  subtitle?: string;
  unitLabel?: string;
  unit?: string;
  dateLabel?: string;
  date?: string;
  blocks: PrintBlock[];
  /** extra content after the grid, e.g. monthly totals */
  after?: ReactNode;
  signatures?: string[];
}

/** Dates, phone and ID numbers must not break at their hyphens. */
const codeLike = (v: string) => v.length <= 20 && /^[\dXx+() -]+$/.test(v);

function FieldsTable({ block }: { block: Extract<PrintBlock, { kind: 'fields' }> }) {
  const rows = gridRows(block.cells);
  return (
    <table className="print-grid">
      <colgroup>
        {block.title && <col className="col-group" />}
        <col className="col-label" />
        <col className="col-value" />
        <col className="col-label" />
        <col className="col-value" />
      </colgroup>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {block.title && i === 0 && (
              <th scope="rowgroup" rowSpan={rows.length} className="group-title">
                {block.title}
              </th>
            )}
            {row.map((c, j) =>
              row.length === 1 && c.label.length > 10 ? (
                // A long label gets the first half of the row, so it does not wrap into a narrow column.
                <PrintPair key={j} label={c.label} value={c.value} span={2} labelSpan={2} />
              ) : (
                <PrintPair key={j} label={c.label} value={c.value} span={row.length === 1 ? 3 : 1} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PrintPair({ label, value, span, labelSpan = 1 }: { label: string; value: string; span: number; labelSpan?: number }) {
  return (
    <>
      <th scope="row" colSpan={labelSpan} className={labelSpan > 1 ? 'long-label' : undefined}>
        {label}
      </th>
      <td colSpan={span} className={codeLike(value) ? 'code' : undefined}>
        {value}
      </td>
    </>
  );
}

function RepeatTable({ block }: { block: Extract<PrintBlock, { kind: 'table' }> }) {
  return (
    <table className="print-grid print-repeat">
      {/* The title is a header row, not a caption, so it repeats with the column heads on every page. */}
      <thead>
        <tr className="repeat-title">
          <th colSpan={block.columns.length} scope="colgroup">
            {block.title}
          </th>
        </tr>
        <tr>
          {block.columns.map((c, i) => (
            <th key={i} scope="col" className={i === 0 ? 'col-index' : c.length <= 4 ? 'short' : undefined}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((r, i) => (
          <tr key={i}>
            {r.map((v, j) => (
              <td key={j} className={codeLike(v) ? 'code' : undefined}>
                {v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SignatureLines({ names }: { names: string[] }) {
  return (
    <div className="print-signatures">
      {names.map((n) => (
        <span key={n}>
          {n}：<span className="sign-blank" />
        </span>
      ))}
    </div>
  );
}

export function PrintSheet(p: PrintSheetProps) {
  return (
    <div className="print-sheet">
      <h2 className="print-title">{p.title}</h2>
      {p.subtitle && <p className="print-subtitle">{p.subtitle}</p>}
      <div className="print-head">
        <span>
          {p.unitLabel ?? '单位（盖章）'}：<span className="head-value">{p.unit}</span>
        </span>
        <span>
          {p.dateLabel ?? '填表日期'}：<span className="head-value">{p.date}</span>
        </span>
      </div>
      {p.blocks.map((b, i) => (b.kind === 'table' ? <RepeatTable key={i} block={b} /> : <FieldsTable key={i} block={b} />))}
      {p.after}
      <SignatureLines names={p.signatures ?? ['填表人（签字）', '审核人（签字）', '负责人（签字）']} />
    </div>
  );
}
