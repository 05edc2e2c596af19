/** 更严 / 相同 / 更宽 against an ancestor, and the 宽松 warning validate and the targets page share. */
import { describe, expect, it } from 'vitest';
import { compareTarget, looserTargets, type TargetValue } from '../../../site/lib/config/target-comparison.ts';

const t = (indicator: string, comparator: TargetValue['comparator'], value: number): TargetValue => ({ indicator, comparator, value });

describe('compareTarget', () => {
  it('for ≥ a higher value is stricter', () => {
    expect(compareTarget(t('consolidation-rate', '>=', 96), t('consolidation-rate', '>=', 95))).toBe('stricter');
    expect(compareTarget(t('consolidation-rate', '>=', 90), t('consolidation-rate', '>=', 95))).toBe('looser');
    expect(compareTarget(t('consolidation-rate', '>=', 95), t('consolidation-rate', '>=', 95))).toBe('same');
  });

  it('for ≤ a lower value is stricter', () => {
    expect(compareTarget(t('junior-dropout-rate', '<=', 0.5), t('junior-dropout-rate', '<=', 1))).toBe('stricter');
    expect(compareTarget(t('junior-dropout-rate', '<=', 2), t('junior-dropout-rate', '<=', 1))).toBe('looser');
  });

  it('“=” takes its direction from the other side, or from the indicator when both say “=”', () => {
    expect(compareTarget(t('enrolment-rate', '=', 100), t('enrolment-rate', '>=', 99))).toBe('stricter');
    expect(compareTarget(t('enrolment-rate', '>=', 98), t('enrolment-rate', '=', 100))).toBe('looser');
    expect(compareTarget(t('dropout-rate', '=', 0), t('dropout-rate', '=', 1))).toBe('stricter');
    expect(compareTarget(t('enrolment-rate', '=', 99), t('enrolment-rate', '=', 100))).toBe('looser');
  });
});

describe('looserTargets', () => {
  const national = { id: 'national', name: '国家', targets: [t('consolidation-rate', '>=', 95), t('junior-dropout-rate', '<=', 1)] };
  const province = { id: 'henan', name: '河南省', targets: [t('consolidation-rate', '>=', 92)] };

  it('compares with the nearest ancestor stating the indicator and says so as validate does', () => {
    const county = { id: 'x', name: '某县', targets: [t('consolidation-rate', '>=', 90), t('junior-dropout-rate', '<=', 1.5), t('enrolment-rate', '=', 100)] };
    const found = looserTargets([national, province, county]);
    expect(found.map((l) => [l.index, l.ancestor.id])).toEqual([
      [0, 'henan'],
      [1, 'national'],
    ]);
    expect(found[0]!.message).toBe('九年义务教育巩固率目标 ≥ 90% 比上级 河南省 的 ≥ 92% 宽松，请确认是否有意如此。');
  });

  it('a target stricter than its parent is not warned about even when a higher level asks more', () => {
    const county = { id: 'x', name: '某县', targets: [t('consolidation-rate', '>=', 93)] };
    expect(looserTargets([national, province, county])).toEqual([]);
  });
});
