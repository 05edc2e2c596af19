/**
 * Month-by-month 辍学率 of the jurisdiction when files of several periods
 * are loaded: a line in plain SVG, with the numbers in a table under it.
 */
import { useId } from 'react';
import type { PeriodTotals } from '../../lib/reports/aggregate-types.ts';
import { axisMax, type ChartLimit } from './RateChart.tsx';
import { percentText, periodText, rateText } from './report-format.ts';

const width = 720;
const height = 220;
const left = 56;
const right = 16;
const top = 20;
const bottom = 36;

export function TrendChart({ trend, limit }: { trend: PeriodTotals[]; limit?: ChartLimit }) {
  const id = useId();
  const values = trend.map((t) => t.totals.all.dropoutRate.percent ?? 0);
  const max = axisMax([...values, limit?.value ?? 0]);
  const step = trend.length > 1 ? (width - left - right) / (trend.length - 1) : 0;
  const x = (i: number) => left + i * step;
  const y = (p: number) => top + (1 - p / max) * (height - top - bottom);
  const points = trend.filter((t) => t.totals.all.dropoutRate.percent !== null);
  const caption = '各月辍学率（全部学段）';
  const summary = `${caption}：${trend.map((t) => `${periodText(t.period)} ${percentText(t.totals.all.dropoutRate)}`).join('，')}`;
  return (
    <figure className="rate-chart">
      <figcaption>{caption}</figcaption>
      <div className="chart-scroll" tabIndex={0} role="region" aria-label={`${caption}（图）`}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t`} className="chart-svg">
        <title id={`${id}-t`}>{summary}</title>
        {[0, 0.5, 1].map((f) => (
          <g key={f} className="chart-grid">
            <line x1={left} x2={width - right} y1={y(max * f)} y2={y(max * f)} />
            <text x={left - 6} y={y(max * f) + 4} textAnchor="end">{`${+(max * f).toFixed(2)}%`}</text>
          </g>
        ))}
        {limit && (
          <g className="chart-limit">
            <line x1={left} x2={width - right} y1={y(limit.value)} y2={y(limit.value)} />
            <text x={width - right} y={y(limit.value) - 4} textAnchor="end">{`目标 ${limit.text}`}</text>
          </g>
        )}
        <polyline className="chart-line" points={points.map((t) => `${x(trend.indexOf(t))},${y(t.totals.all.dropoutRate.percent!)}`).join(' ')} />
        {trend.map((t, i) => (
          <g key={t.period} className="chart-point">
            {t.totals.all.dropoutRate.percent !== null && <circle cx={x(i)} cy={y(t.totals.all.dropoutRate.percent)} r={4} />}
            <text x={x(i)} y={height - 12} textAnchor="middle">{`${Number(t.period.slice(5))}月`}</text>
          </g>
        ))}
      </svg>
      </div>
      <details className="chart-data">
        <summary>图表数据（表格）</summary>
        <section className="table-scroll" tabIndex={0} aria-label={`${caption}（表格）`}>
          <table>
            <thead>
              <tr><th scope="col">月份</th><th scope="col">报表数</th><th scope="col">在籍</th><th scope="col">辍学</th><th scope="col">辍学率（辍学/在籍）</th></tr>
            </thead>
            <tbody>
              {trend.map((t) => (
                <tr key={t.period}>
                  <th scope="row">{periodText(t.period)}</th>
                  <td>{t.reports}</td>
                  <td>{t.totals.all.enrolled}</td>
                  <td>{t.totals.all.dropouts}</td>
                  <td>{rateText(t.totals.all.dropoutRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </details>
    </figure>
  );
}
