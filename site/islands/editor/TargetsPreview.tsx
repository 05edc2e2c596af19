/**
 * The targets page's comparison, before the file is saved: each target the
 * edited file states beside its parent's and the national one, marked
 * 更严 / 相同 / 更宽 by the same function as /<jurisdiction>/targets/.
 */
import type { ConfigSet } from '../../lib/config/load-sources.ts';
import { resolveJurisdiction } from '../../lib/config/resolve.ts';
import { indicatorLabel } from '../../lib/config/config-schemas.ts';
import { compareWithAncestors, comparatorText, strictnessLabels, type TargetValue } from '../../lib/config/target-comparison.ts';

export function TargetsPreview({ set, id }: { set: ConfigSet | undefined; id: unknown }) {
  if (!set || typeof id !== 'string' || !set.jurisdictions.has(id)) return null;
  const own = (set.jurisdictions.get(id)!.data.targets ?? []) as TargetValue[];
  if (own.length === 0) return null;
  let compareWith: ReturnType<typeof resolveJurisdiction>[];
  try {
    const above = resolveJurisdiction(set, id).ancestors.slice(0, -1);
    compareWith = [...new Set([above[above.length - 1]?.id, above[0]?.id].filter((a): a is string => a !== undefined))].filter((a) => set.jurisdictions.has(a)).map((a) => resolveJurisdiction(set, a));
  } catch {
    // A loop of parents: validate reports it; there is nothing to compare with.
    return null;
  }
  if (compareWith.length === 0) return null;
  const shown = (t: TargetValue) => `${comparatorText(t.comparator)} ${t.value}%`;
  return (
    <section className="editor-compare" aria-labelledby="editor-compare-title">
      <h2 id="editor-compare-title">目标对照（预览）</h2>
      <section className="table-scroll" tabIndex={0} aria-label="目标对照">
      <table>
        <thead>
          <tr>
            <th scope="col">指标</th>
            <th scope="col">本级</th>
            {compareWith.map((a) => (
              <th scope="col" key={a.id}>{a.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {own.map((t, i) => (
            <tr key={i}>
              <th scope="row">{indicatorLabel(t.indicator)}</th>
              <td>{shown(t)}</td>
              {compareWithAncestors(t, compareWith).map((c) => (
                <td key={c.jurisdiction.id}>{c.target ? `${shown(c.target)}（本级${strictnessLabels[c.strictness!]}）` : '未规定'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      </section>
    </section>
  );
}
