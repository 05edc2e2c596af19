/**
 * The summary's figures: totals per grade band with rates, targets against
 * what was measured (and those monthly reports cannot measure), schools with
 * their report status, and towns.
 */
import type { AggregateResult, Counts } from '../../lib/reports/aggregate-types.ts';
import { comparatorText, percentText, rateText, sourceInfo, statusLabels, type SourceInfo } from './report-format.ts';
import { ScrollTable } from './ScrollTable.tsx';

const bands = [
  ['primary', '小学（1–6 年级）'],
  ['junior', '初中（7–9 年级）'],
  ['all', '合计'],
] as const;

const countCells = (c: Counts) => (
  <>
    <td>{c.enrolled}</td>
    <td>{c.suspected}</td>
    <td>{c.dropouts}</td>
    <td>{c.returned}</td>
    <td>{c.homeEducation}</td>
    <td>{rateText(c.dropoutRate)}</td>
  </>
);

const countHeads = (
  <>
    <th scope="col">在籍</th>
    <th scope="col">疑似辍学</th>
    <th scope="col">辍学</th>
    <th scope="col">劝返复学</th>
    <th scope="col">送教上门</th>
    <th scope="col">辍学率（辍学/在籍）</th>
  </>
);

function SourceLink({ refId, sources }: { refId: string | null; sources: Record<string, SourceInfo> }) {
  if (!refId) return <>—</>;
  const s = sourceInfo(refId, sources);
  return <a href={s.url}>{s.label}</a>;
}

export function TotalsTable({ result }: { result: AggregateResult }) {
  const t = result.totals;
  return (
    <ScrollTable label="各学段合计">
      <thead>
        <tr><th scope="col">学段</th>{countHeads}<th scope="col">疑似辍学率</th><th scope="col">劝返复学率</th></tr>
      </thead>
      <tbody>
        {bands.map(([key, label]) => (
          <tr key={key} className={key === 'all' ? 'total-row' : undefined}>
            <th scope="row">{label}</th>
            {countCells(t[key])}
            <td>{rateText(t[key].suspectedRate)}</td>
            <td>{rateText(t[key].returnRate)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function TargetsTable({ result, sources }: { result: AggregateResult; sources: Record<string, SourceInfo> }) {
  if (result.targets.length === 0 && result.unmeasurable.length === 0) return <p>本辖区没有规定量化目标。</p>;
  return (
    <ScrollTable label="目标对照">
      <thead>
        <tr><th scope="col">指标</th><th scope="col">目标</th><th scope="col">本期全辖区</th><th scope="col">结果</th><th scope="col">未达标学校</th><th scope="col">出处</th></tr>
      </thead>
      <tbody>
        {result.targets.map((t) => (
          <tr key={`${t.indicator}-${t.source}`}>
            <th scope="row">{t.label}</th>
            <td>{`${comparatorText[t.comparator]} ${t.value}%`}{t.year ? `（${t.year}年）` : ''}</td>
            <td>{rateText(t.measured)}</td>
            <td>{t.met === null ? '无法计算（在籍为 0）' : t.met ? '达标' : <strong className="bad">未达标</strong>}</td>
            <td className="text">{t.failing.length === 0 ? '—' : t.failing.map((f) => `${f.school} ${percentText(f.measured)}`).join('；')}</td>
            <td><SourceLink refId={t.source} sources={sources} /></td>
          </tr>
        ))}
        {result.unmeasurable.map((t) => (
          <tr key={`${t.indicator}-${t.source}`} className="muted-row">
            <th scope="row">{t.label}</th>
            <td>{`${comparatorText[t.comparator]} ${t.value}%`}{t.year ? `（${t.year}年）` : ''}</td>
            <td colSpan={3} className="text">{t.reason}</td>
            <td><SourceLink refId={t.source} sources={sources} /></td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function SchoolsTable({ result }: { result: AggregateResult }) {
  if (result.schools.length === 0) return <p>没有学校的数据。</p>;
  return (
    <ScrollTable label="各学校">
      <thead>
        <tr><th scope="col">学校</th><th scope="col">乡镇</th><th scope="col">状态</th>{countHeads}<th scope="col">填表日期</th></tr>
      </thead>
      <tbody>
        {result.schools.map((s, i) => (
          <tr key={`${s.code ?? ''}-${s.name}-${i}`} className={`status-${s.status}`}>
            <th scope="row">{s.name}{!s.registered && <span className="tag">名册外</span>}</th>
            <td>{s.town ?? '—'}</td>
            <td><span className={`status status-${s.status}`}>{statusLabels[s.status]}</span></td>
            {s.status === 'missing' ? <td colSpan={6}>未报</td> : countCells(s)}
            <td>{s.report?.fillDate ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function TownsTable({ result }: { result: AggregateResult }) {
  if (result.towns.length === 0) return <p>没有乡镇的数据。</p>;
  return (
    <ScrollTable label="各乡镇">
      <thead>
        <tr><th scope="col">乡镇</th><th scope="col">学校数</th><th scope="col">已报</th><th scope="col">未报</th>{countHeads}</tr>
      </thead>
      <tbody>
        {result.towns.map((t) => (
          <tr key={t.name}>
            <th scope="row">{t.name}</th>
            <td>{t.schools}</td>
            <td>{t.reported}</td>
            <td>{t.missing}</td>
            {countCells(t)}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
