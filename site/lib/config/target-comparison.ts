/**
 * A jurisdiction's target against its ancestors' for the same indicator:
 * 更严 / 相同 / 更宽. One function for `validate` (the 宽松 warning) and the
 * targets page (the comparison columns and the same warning), so the page
 * never says something the CLI does not.
 */
import { indicatorLabel } from './config-schemas.ts';

export type Comparator = '>=' | '<=' | '=';
export type Strictness = 'stricter' | 'same' | 'looser';

export interface TargetValue {
  indicator: string;
  comparator: Comparator;
  value: number;
}

export const strictnessLabels: Record<Strictness, string> = { stricter: '更严', same: '相同', looser: '更宽' };

const comparatorSymbol: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=' };
export const comparatorText = (c: string) => comparatorSymbol[c] ?? c;

/**
 * Whether a lower value asks more. The ancestor's comparator decides (its ≤ on
 * 辍学率 means lower is stricter); where both say “=”, rates of dropping out
 * are the ones where less is better.
 */
function lowerIsStricter(own: TargetValue, theirs: TargetValue): boolean {
  if (theirs.comparator !== '=') return theirs.comparator === '<=';
  if (own.comparator !== '=') return own.comparator === '<=';
  return /dropout/.test(theirs.indicator);
}

/** How `own` compares with `theirs` (an ancestor's target for the same indicator). */
export function compareTarget(own: TargetValue, theirs: TargetValue): Strictness {
  if (own.value === theirs.value) {
    // = 100 asks more than ≥ 100 only in wording; the same number is the same bar.
    return 'same';
  }
  const lower = lowerIsStricter(own, theirs);
  return (own.value < theirs.value) === lower ? 'stricter' : 'looser';
}

export interface ChainLevel {
  id: string;
  name: string;
  targets?: TargetValue[];
}

export interface LooserTarget {
  /** position in the last level's own `targets` */
  index: number;
  indicator: string;
  ancestor: { id: string; name: string };
  theirs: TargetValue;
  message: string;
}

export function looserTargetMessage(own: TargetValue, theirs: TargetValue, ancestorName: string): string {
  return `${indicatorLabel(own.indicator)}目标 ${comparatorText(own.comparator)} ${own.value}% 比上级 ${ancestorName} 的 ${comparatorText(theirs.comparator)} ${theirs.value}% 宽松，请确认是否有意如此。`;
}

/**
 * The last level's own targets that are looser than the nearest ancestor
 * stating the same indicator. `chain` runs from the root (national) down,
 * as written in each file (not resolved: a warning is about what a file says).
 */
export function looserTargets(chain: ChainLevel[]): LooserTarget[] {
  const self = chain[chain.length - 1];
  if (!self) return [];
  const out: LooserTarget[] = [];
  (self.targets ?? []).forEach((own, index) => {
    for (const ancestor of chain.slice(0, -1).reverse()) {
      const theirs = ancestor.targets?.find((x) => x.indicator === own.indicator);
      if (!theirs) continue;
      if (compareTarget(own, theirs) === 'looser') {
        out.push({ index, indicator: own.indicator, ancestor: { id: ancestor.id, name: ancestor.name }, theirs, message: looserTargetMessage(own, theirs, ancestor.name) });
      }
      break;
    }
  });
  return out;
}

export interface AncestorTarget<T extends TargetValue = TargetValue> {
  jurisdiction: { id: string; name: string };
  /** the ancestor's own resolved target for the indicator, if it has one */
  target?: T;
  /** how the compared target stands against it */
  strictness?: Strictness;
}

/**
 * For each of `ancestors` (resolved, e.g. the parent and national), its
 * target for `own.indicator` and how `own` compares: the targets page's
 * columns. An ancestor without the indicator is kept, with no target.
 */
export function compareWithAncestors<T extends TargetValue>(own: TargetValue, ancestors: { id: string; name: string; targets: T[] }[]): AncestorTarget<T>[] {
  return ancestors.map((a) => {
    const target = a.targets.find((x) => x.indicator === own.indicator);
    return { jurisdiction: { id: a.id, name: a.name }, ...(target ? { target, strictness: compareTarget(own, target) } : {}) };
  });
}
