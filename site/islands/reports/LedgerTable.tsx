/**
 * The pupil ledger (台账): one row per pupil with the next step of the
 * escalation ladder and its due date. 身份证号 appear masked (the module
 * masks them), so a screen seen over a shoulder shows no full number.
 */
import type { AggregateResult } from '../../lib/reports/aggregate-types.ts';
import { sourceInfo, type SourceInfo } from './report-format.ts';
import { ScrollTable } from './ScrollTable.tsx';

export function LedgerTable({ result, sources }: { result: AggregateResult; sources: Record<string, SourceInfo> }) {
  if (result.ledger.length === 0) return <p>没有读到辍学登记、劝返、通知书或送教上门记录。</p>;
  return (
    <ScrollTable label="学生台账">
      <thead>
        <tr>
          <th scope="col">身份证号</th><th scope="col">姓名</th><th scope="col">学校</th><th scope="col">年级</th><th scope="col">状态</th>
          <th scope="col">离校日期</th><th scope="col">劝返次数</th><th scope="col">下一步</th><th scope="col">期限</th><th scope="col">依据</th>
        </tr>
      </thead>
      <tbody>
        {result.ledger.map((l, i) => {
          const s = l.source ? sourceInfo(l.source, sources) : undefined;
          return (
            <tr key={`${l.student}-${i}`} className={l.overdue ? 'overdue' : undefined}>
              <td className="id-number">{l.student}</td>
              <th scope="row">{l.name}</th>
              <td>{l.school}</td>
              <td>{l.grade ?? '—'}</td>
              <td>{l.status}</td>
              <td>{l.leftDate ?? '—'}</td>
              <td>{l.attempts}{l.jointAttempts > 0 ? `（联合 ${l.jointAttempts}）` : ''}</td>
              <td className="text">{l.nextAction ?? '—'}{l.nextActor && <span className="actor">（{l.nextActor}）</span>}</td>
              <td>{l.due ?? '—'}{l.overdue && <strong className="bad"> 已逾期</strong>}</td>
              <td>{s ? <a href={s.url}>{s.label}</a> : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
