/**
 * What needs the clerk's attention: flags (each linked to its clause),
 * schools that have not reported, duplicate reports, invalid files and
 * records with check's Chinese messages, and files that were not read.
 */
import { Fragment } from 'react';
import { formTitle } from '../../lib/forms/form-catalogue.ts';
import type { AggregateResult, Duplicate } from '../../lib/reports/aggregate-types.ts';
import { flagLabels, sourceInfo, type SourceInfo } from './report-format.ts';
import { ScrollTable } from './ScrollTable.tsx';

export function FlagsTable({ result, sources }: { result: AggregateResult; sources: Record<string, SourceInfo> }) {
  if (result.flags.length === 0) return <p>没有需要提醒的情况。</p>;
  return (
    <ScrollTable label="提醒">
      <thead>
        <tr><th scope="col">类别</th><th scope="col">学校</th><th scope="col">说明</th><th scope="col">依据</th></tr>
      </thead>
      <tbody>
        {result.flags.map((f, i) => {
          const s = f.source ? sourceInfo(f.source, sources) : undefined;
          return (
            <tr key={i} className={`flag-${f.kind}`}>
              <td><span className={`flag flag-${f.kind}`}>{flagLabels[f.kind] ?? f.kind}</span></td>
              <td>{f.school ?? '全辖区'}</td>
              <td className="text">{f.message}{f.files && f.files.length > 0 && <span className="files">（{f.files.join('、')}）</span>}</td>
              <td>{s ? <a href={s.url}>{s.label}</a> : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

export function MissingTable({ result }: { result: AggregateResult }) {
  if (result.missing.length === 0) return <p>名册中的学校都已上报。</p>;
  return (
    <ScrollTable label="未报学校">
      <thead>
        <tr><th scope="col">学校</th><th scope="col">学校标识码</th><th scope="col">乡镇</th></tr>
      </thead>
      <tbody>
        {result.missing.map((m, i) => (
          <tr key={`${m.code ?? ''}-${m.name}-${i}`}><th scope="row">{m.name}</th><td>{m.code ?? '—'}</td><td>{m.town ?? '—'}</td></tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** A copy's place: the file, and the record number when the file holds more than one copy or several records. */
function copyPlace(d: Duplicate, i: number): string {
  const c = d.records[i];
  if (!c) return i === 0 ? d.kept : (d.dropped[i - 1] ?? '');
  return d.records.some((o, k) => k !== i && o.file === c.file) || c.record > 1 ? `${c.file} 第 ${c.record} 条` : c.file;
}

export function DuplicatesTable({ result }: { result: AggregateResult }) {
  if (result.duplicates.length === 0) return <p>没有重复上报的月报或记录。</p>;
  return (
    <ScrollTable label="重复上报">
      <thead>
        <tr><th scope="col">学校</th><th scope="col">记录</th><th scope="col">月份</th><th scope="col">计入的文件</th><th scope="col">未计入的文件</th></tr>
      </thead>
      <tbody>
        {result.duplicates.map((d, i) => (
          <tr key={i}>
            <th scope="row"><bdi>{d.school || '—'}</bdi></th>
            <td>{d.form === 'monthly-report' ? '月报表' : <>{formTitle(d.form)}：{d.student ?? ''}</>}</td>
            <td>{d.period || '—'}</td>
            <td><bdi>{copyPlace(d, 0)}</bdi></td>
            <td className="text">{d.dropped.map((_, k) => <Fragment key={k}>{k ? '、' : ''}<bdi>{copyPlace(d, k + 1)}</bdi></Fragment>)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

export function InvalidTable({ result, skipped }: { result: AggregateResult | null; skipped: { name: string; reason: string }[] }) {
  const invalid = result?.invalid ?? [];
  if (invalid.length === 0 && skipped.length === 0) return <p>所有文件都已读取，没有发现错误。</p>;
  return (
    <ScrollTable label="有问题的文件和记录">
      <thead>
        <tr><th scope="col">文件</th><th scope="col">记录</th><th scope="col">字段</th><th scope="col">说明</th></tr>
      </thead>
      <tbody>
        {invalid.map((e, i) => (
          <tr key={`i${i}`}><td>{e.file}</td><td>{e.record === null ? '整个文件' : `第 ${e.record} 条`}</td><td><code>{e.pointer || '—'}</code></td><td className="text">{e.message}</td></tr>
        ))}
        {skipped.map((s) => (
          <tr key={`s${s.name}`}><td>{s.name}</td><td>整个文件</td><td>—</td><td className="text">{s.reason}</td></tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
