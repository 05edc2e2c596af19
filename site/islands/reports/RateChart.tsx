/**
 * 辍学率 per school as horizontal bars against the jurisdiction's limit, in
 * plain SVG (no chart library). The SVG is an image with a title for screen
 * readers; the same numbers are in the table under it, which is also what
 * a printout or a copy into Excel uses.
 */
import { useId } from 'react';
import { isolateBidi } from '../../lib/text/isolate-bidi.ts';
import type { Rate } from '../../lib/reports/aggregate-types.ts';
import { percentText, rateText } from './report-format.ts';

export interface ChartLimit {
  /** percent */
  value: number;
  /** ≤ 0.6% */
  text: string;
}

export interface RateChartProps {
  caption: string;
  rows: { label: string; rate: Rate }[];
  limit?: ChartLimit;
  /** header of the first column of the table */
  rowHeader?: string;
}

const width = 720;
const labelWidth = 200;
const valueWidth = 70;
const rowHeight = 26;
const top = 28;

/** A round axis maximum a little above the largest value or the limit. */
export function axisMax(values: number[]): number {
  const m = Math.max(0, ...values);
  if (m === 0) return 1;
  const step = 10 ** Math.floor(Math.log10(m));
  return Math.ceil((m * 1.1) / step) * step;
}

/**
 * A school name cut to fit the label column (the table has it in full). The cut part is isolated
 * again: cutting an isolated name (isolate-bidi.ts) would drop the closing mark that stops its
 * right-to-left override from reordering the label.
 */
const shortLabel = (s: string) => {
  const chars = [...s.replace(/^\u2068([\s\S]*)\u2069$/, '$1')];
  return chars.length > 12 ? `${isolateBidi(chars.slice(0, 11).join(''))}…` : s;
};

export function RateChart({ caption, rows, limit, rowHeader = '学校' }: RateChartProps) {
  const id = useId();
  const plot = width - labelWidth - valueWidth;
  const max = axisMax([...rows.map((r) => r.rate.percent ?? 0), limit?.value ?? 0]);
  const x = (p: number) => labelWidth + (p / max) * plot;
  const height = top + rows.length * rowHeight + 8;
  const over = (r: Rate) => limit !== undefined && r.percent !== null && r.percent > limit.value;
  const summary = `${caption}：${rows.map((r) => `${r.label} ${percentText(r.rate)}`).join('，')}${limit ? `；目标 ${limit.text}` : ''}`;
  return (
    <figure className="rate-chart">
      <figcaption id={`${id}-cap`}>{caption}</figcaption>
      {rows.length === 0 ? (
        <p>没有可画图的学校（没有在籍学生数）。</p>
      ) : (
        // Below a readable size the chart scrolls in its own box instead of shrinking its labels.
        <div className="chart-scroll" tabIndex={0} role="region" aria-label={`${caption}（图）`}>
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t`} className="chart-svg" preserveAspectRatio="xMinYMin meet">
          <title id={`${id}-t`}>{summary}</title>
          {[0, 0.5, 1].map((f) => (
            <g key={f} className="chart-grid">
              <line x1={x(max * f)} x2={x(max * f)} y1={top - 6} y2={height - 8} />
              <text x={x(max * f)} y={top - 10} textAnchor={f === 0 ? 'start' : f === 1 ? 'end' : 'middle'}>{`${+(max * f).toFixed(2)}%`}</text>
            </g>
          ))}
          {rows.map((r, i) => {
            const y = top + i * rowHeight;
            const p = r.rate.percent ?? 0;
            return (
              <g key={`${r.label}-${i}`} className={over(r.rate) ? 'chart-bar over' : 'chart-bar'}>
                <text x={labelWidth - 8} y={y + rowHeight / 2 + 5} textAnchor="end" className="chart-label">{shortLabel(r.label)}</text>
                <rect x={labelWidth} y={y + 5} width={Math.max(p > 0 ? 2 : 0, x(p) - labelWidth)} height={rowHeight - 10} />
                <text x={Math.max(x(p), labelWidth) + 6} y={y + rowHeight / 2 + 5} className="chart-value">{percentText(r.rate)}</text>
              </g>
            );
          })}
          {limit && (
            <g className="chart-limit">
              <line x1={x(limit.value)} x2={x(limit.value)} y1={top - 4} y2={height - 8} />
              <text x={x(limit.value) + 4} y={height - 10}>{`目标 ${limit.text}`}</text>
            </g>
          )}
        </svg>
        </div>
      )}
      <details className="chart-data">
        <summary>图表数据（表格）</summary>
        <section className="table-scroll" tabIndex={0} aria-label={`${caption}（表格）`}>
          <table>
            <thead>
              <tr><th scope="col">{rowHeader}</th><th scope="col">辍学率（辍学/在籍）</th>{limit && <th scope="col">目标</th>}</tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={`${r.label}-${i}`}>
                  <th scope="row">{r.label}</th>
                  <td>{rateText(r.rate)}</td>
                  {limit && <td>{over(r.rate) ? `超过 ${limit.text}` : `符合 ${limit.text}`}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </figure>
  );
}
