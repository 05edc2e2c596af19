/**
 * The county's dashboard (/<jurisdiction>/reports/): the schools' files go in,
 * the same aggregation `baoxue aggregate` runs comes out as tables, charts and
 * an .xlsx. Everything happens in this browser tab; nothing is sent anywhere.
 */
import { useMemo, useState } from 'react';
import type { ResolvedJurisdiction } from '../../lib/config/resolve.ts';
import type { AggregateResult, BandTotals, TargetCheck } from '../../lib/reports/aggregate-types.ts';
import { isolateBidiDeep } from '../../lib/text/isolate-bidi.ts';
import { useOffline } from '../form/use-offline.ts';
import { collect, mergeCollected, type Collected } from './collect-files.ts';
import { FilePicker } from './FilePicker.tsx';
import { DuplicatesTable, FlagsTable, InvalidTable, MissingTable } from './IssueTables.tsx';
import { LedgerTable } from './LedgerTable.tsx';
import { RateChart, type ChartLimit } from './RateChart.tsx';
import { comparatorText, periodText, type SourceInfo } from './report-format.ts';
import { runAggregate } from './run-aggregate.ts';
import { SchoolsTable, TargetsTable, TotalsTable, TownsTable } from './SummaryTables.tsx';
import { TrendChart } from './TrendChart.tsx';

export interface ReportsAppProps {
  jurisdiction: ResolvedJurisdiction;
  /** label and URL of every clause the jurisdiction's targets, ladder and calendar cite */
  sources: Record<string, SourceInfo>;
  /** pages the service worker keeps for offline use */
  offlinePages: string[];
}

const empty: Collected = { files: [], skipped: [] };
const dropoutIndicators = new Set(['dropout-rate', 'primary-dropout-rate', 'junior-dropout-rate']);
const limitOf = (t: TargetCheck): ChartLimit => ({ value: t.value, text: `${comparatorText[t.comparator]} ${t.value}%` });

function statusCounts(result: AggregateResult) {
  const n = (s: string) => result.schools.filter((x) => x.status === s).length;
  return { reported: n('reported'), zero: n('zero'), late: n('late'), missing: n('missing') };
}

export default function ReportsApp({ jurisdiction, sources, offlinePages }: ReportsAppProps) {
  const [input, setInput] = useState<Collected>(empty);
  const [period, setPeriod] = useState<string | undefined>();
  const [computed, setResult] = useState<AggregateResult | null>(null);
  // What the schools' files say is shown with right-to-left overrides isolated (a school name
  // with U+202E cannot reorder the table around it); the export writes the values as they are.
  const result = useMemo(() => computed && isolateBidiDeep(computed), [computed]);
  const skipped = useMemo(() => isolateBidiDeep(input.skipped), [input.skipped]);
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const offline = useOffline(offlinePages);

  const run = async (next: Collected, p: string | undefined) => {
    setBusy(`正在汇总 ${next.files.length} 个文件…`);
    setError(undefined);
    try {
      setResult(next.files.length ? await runAggregate(next.files, jurisdiction, p) : null);
    } catch (e) {
      setError(`汇总失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(undefined);
    }
  };

  const addFiles = async (pathed: Parameters<typeof collect>[0]) => {
    setBusy('正在读取文件…');
    const next = mergeCollected(input, await collect(pathed));
    setInput(next);
    await run(next, period);
  };

  const clear = () => {
    setInput(empty);
    setResult(null);
    setPeriod(undefined);
  };

  const exportXlsx = async () => {
    if (!computed) return;
    setBusy('正在生成 Excel 文件…');
    try {
      const { exportSummary } = await import('./export-summary.ts');
      exportSummary(computed);
    } catch (e) {
      setError(`导出 Excel 失败：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(undefined);
    }
  };

  const periods = result?.trend.map((t) => t.period) ?? [];
  const charts = useMemo(() => {
    if (!result) return [];
    const schools = result.schools.filter((s) => s.status !== 'missing' && s.enrolled > 0);
    const bandRate = (s: (typeof schools)[number], band: keyof BandTotals) => (band === 'all' ? s.dropoutRate : s[band].dropoutRate);
    const targets = result.targets.filter((t) => dropoutIndicators.has(t.indicator));
    if (targets.length === 0) return [{ caption: '各学校辍学率（本辖区未规定辍学率目标）', rows: schools.map((s) => ({ label: s.name, rate: s.dropoutRate })) }];
    return targets.map((t) => ({
      caption: `各学校${t.label}（目标 ${limitOf(t).text}）`,
      rows: schools.filter((s) => bandRate(s, t.band).denominator > 0).map((s) => ({ label: s.name, rate: bandRate(s, t.band) })),
      limit: limitOf(t),
    }));
  }, [result]);
  const trendTarget = result?.targets.find((t) => dropoutIndicators.has(t.indicator) && t.band === 'all');
  const counts = result && statusCounts(result);

  return (
    <div className="reports-app">
      <section className="no-print" aria-labelledby="files-h">
        <h2 id="files-h">读取学校报来的文件</h2>
        <FilePicker onFiles={addFiles} disabled={busy !== undefined} />
        {offline === 'ready' && <p className="offline-ready">本页已保存到这台电脑，断网时也能打开和汇总。</p>}
        {(input.files.length > 0 || input.skipped.length > 0) && (
          <div className="file-actions">
            <p>
              已选 {input.files.length} 个文件{input.skipped.length > 0 && `，另有 ${input.skipped.length} 个未读取（见“有问题的文件和记录”）`}。
            </p>
            {periods.length > 1 && (
              <label>
                统计月份{' '}
                <select
                  value={period ?? result?.period ?? ''}
                  onChange={(e) => {
                    setPeriod(e.target.value);
                    void run(input, e.target.value);
                  }}
                >
                  {periods.map((p) => <option key={p} value={p}>{periodText(p)}</option>)}
                </select>
              </label>
            )}
            <button type="button" onClick={exportXlsx} disabled={!result || busy !== undefined}>导出汇总 Excel</button>
            <button type="button" onClick={() => window.print()} disabled={!result}>打印</button>
            <button type="button" onClick={clear}>清除全部文件</button>
          </div>
        )}
      </section>
      <p role="status" className="reports-status no-print">{busy ?? (result ? `已汇总：读取 ${result.files.read} 个文件、${result.files.records} 条记录，有效 ${result.files.valid} 条，有问题 ${result.files.invalid} 条。` : '')}</p>
      {error && <p role="alert" className="form-error">{error}</p>}

      {result && counts && (
        <div className="reports-result">
          <h2 id="summary">{jurisdiction.name} {periodText(result.period)} 汇总</h2>
          <p className="summary-line">
            {jurisdiction.schools.length > 0
              ? `名册中应报学校 ${jurisdiction.schools.length} 所：已报 ${counts.reported}，零报告 ${counts.zero}，逾期 ${counts.late}，未报 ${counts.missing}`
              : `本期 ${result.schools.length} 所学校报送：已报 ${counts.reported}，零报告 ${counts.zero}，逾期 ${counts.late}（本辖区没有学校名单，无法列出未报学校）`}
            {result.deadline && `；上报截止日 ${result.deadline.date}`}。统计日期 {result.today}。
          </p>
          <TotalsTable result={result} />
          <p className="formula">辍学率 = 辍学人数 ÷ 在籍学生数 × 100%；疑似辍学率 = 疑似辍学人数 ÷ 在籍学生数 × 100%；劝返复学率 = 劝返复学人数 ÷（辍学人数 + 劝返复学人数）× 100%。百分数四舍五入保留两位小数，括号内为分子/分母；分母为 0 时显示“—”。</p>

          <h2 id="targets">目标对照</h2>
          <TargetsTable result={result} sources={sources} />

          <h2 id="charts">辍学率图</h2>
          {charts.map((c) => <RateChart key={c.caption} {...c} />)}
          {result.trend.length > 1 && <TrendChart trend={result.trend} {...(trendTarget ? { limit: limitOf(trendTarget) } : {})} />}

          <h2 id="flags">提醒（{result.flags.length}）</h2>
          <FlagsTable result={result} sources={sources} />

          <h2 id="schools">各学校</h2>
          <SchoolsTable result={result} />

          <h2 id="towns">各乡镇</h2>
          <TownsTable result={result} />

          <h2 id="missing">未报学校（{result.missing.length}）</h2>
          <MissingTable result={result} />

          <h2 id="duplicates">重复上报（{result.duplicates.length}）</h2>
          <DuplicatesTable result={result} />

          <section className="ledger-section" aria-labelledby="ledger">
            <h2 id="ledger">学生台账（{result.ledger.length}）</h2>
            <p className="ledger-note">身份证号只显示前 6 位和后 4 位。“期限”按本辖区处置程序从最近一次记录起算，过了期限标“已逾期”。</p>
            <LedgerTable result={result} sources={sources} />
          </section>
        </div>
      )}

      {(result || input.skipped.length > 0) && (
        <>
          <h2 id="invalid">有问题的文件和记录（{(result?.invalid.length ?? 0) + input.skipped.length}）</h2>
          <InvalidTable result={result} skipped={skipped} />
        </>
      )}
    </div>
  );
}
