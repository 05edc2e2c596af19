/**
 * The monthly report's totals and rates, recomputed on every change, with the
 * inconsistencies that make them meaningless flagged as they are typed (a
 * zero report with dropouts, a grade counting more pupils than it has).
 */
import { bandTotals, hasFigures, rateText, zeroReportConflicts, type GradeRow } from '../../lib/reports/band-totals.ts';
import { countsOverEnrolment } from '../../lib/forms/rules/monthly-report.ts';
import { gradeName } from '../../lib/forms/grade-names.ts';

const countNames = { suspected: '疑似辍学人数', dropouts: '辍学人数', returned: '劝返复学人数', homeEducation: '送教上门人数' } as const;

const bands = [
  ['primary', '小学（1–6 年级）'],
  ['junior', '初中（7–9 年级）'],
  ['all', '合计'],
] as const;

export function MonthlyTotals({ data, printed = false }: { data: { zeroReport?: boolean; grades?: GradeRow[] }; printed?: boolean }) {
  const byBand = bandTotals(data.grades);
  const totals = bands.map(([band, label]) => ({ label, ...byBand[band] }));
  // A blank report is printed to be filled in by hand: its totals are left for the hand too, not printed as 0.
  const empty = printed && !hasFigures(data.grades);
  const over = printed ? [] : countsOverEnrolment(data.grades);
  return (
    <section className={printed ? 'monthly-totals printed' : 'monthly-totals'} aria-labelledby={printed ? undefined : 'monthly-totals-title'}>
      {!printed && <h2 id="monthly-totals-title">合计与比率（自动计算）</h2>}
      {!printed && data.zeroReport && <p className="note">本月为零报告：没有疑似辍学和辍学学生。</p>}
      {!printed && zeroReportConflicts(data) && (
        <p className="form-warning" role="alert">
          已选择“零报告”，但有年级填写了疑似辍学或辍学人数，请核对。
        </p>
      )}
      {!printed && over.length > 0 && (
        <p className="form-warning" role="alert">
          {over.map((c) => `${typeof c.grade === 'number' ? gradeName(c.grade) : `第${c.index + 1}行`}的${countNames[c.key]}（${c.value}）超过了在籍学生数（${c.enrolled}）`).join('；')}，请核对。
        </p>
      )}
      {/* On screen the grid scrolls in its own focusable box on a phone; on paper it is drawn whole. */}
      <section className={printed ? undefined : 'table-scroll'} tabIndex={printed ? undefined : 0} aria-label={printed ? undefined : '合计与比率'}>
      <table className={printed ? 'print-grid' : undefined}>
          {printed && <caption>合计与比率</caption>}
          <thead>
            <tr>
              <th scope="col">学段</th>
              <th scope="col">在籍学生数</th>
              <th scope="col">疑似辍学人数</th>
              <th scope="col">辍学人数</th>
              <th scope="col">劝返复学人数</th>
              <th scope="col">送教上门人数</th>
              <th scope="col">辍学率</th>
              <th scope="col">劝返复学率</th>
            </tr>
          </thead>
          <tbody>
            {totals.map((t) => (
              <tr key={t.label} data-stage={t.label}>
                <th scope="row">{t.label}</th>
                {empty ? (
                  Array.from({ length: 7 }, (_, i) => <td key={i} />)
                ) : (
                  <>
                    <td>{t.enrolled}</td>
                    <td>{t.suspected}</td>
                    <td>{t.dropouts}</td>
                    <td>{t.returned}</td>
                    <td>{t.homeEducation}</td>
                    <td>
                      {rateText(t.dropoutRate)}
                      {t.dropoutRate.percent !== null && <span className="ratio">（{t.dropoutRate.numerator}/{t.dropoutRate.denominator}）</span>}
                    </td>
                    <td>
                      {rateText(t.returnRate)}
                      {t.returnRate.percent !== null && <span className="ratio">（{t.returnRate.numerator}/{t.returnRate.denominator}）</span>}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {!printed && <p className="hint">辍学率 = 辍学人数 ÷ 在籍学生数；劝返复学率 = 劝返复学人数 ÷（辍学人数 + 劝返复学人数）。</p>}
    </section>
  );
}
