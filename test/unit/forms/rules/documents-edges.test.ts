/**
 * Edges of the 目标责任书 target comparison against a jurisdiction whose targets are floors
 * (不低于), ceilings and exact values, and pledges in a jurisdiction that sets no targets.
 * Each test builds its own jurisdiction and record.
 */
import { describe, expect, it } from 'vitest';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import type { FormJurisdiction } from '../../../../site/lib/forms/rules/rule-context.ts';
import { isLooserTarget, responsibilityPledgeRule } from '../../../../site/lib/forms/rules/documents.ts';

const run = (data: Record<string, unknown>, jurisdiction: FormJurisdiction | null) =>
  responsibilityPledgeRule(data, { form: forms['responsibility-pledge'], today: '2022-06-30', jurisdiction, data }).map((p) => `${p.pointer} ${p.code}${p.warning ? ' (warning)' : ''}  ${p.message}`);

describe('isLooserTarget', () => {
  it('compares a pledge with a floor (不低于 95%)', () => {
    const floor = { comparator: '>=' as const, value: 95 };
    expect(isLooserTarget({ comparator: '>=', value: 94 }, floor)).toBe(true);
    expect(isLooserTarget({ comparator: '>=', value: 95 }, floor)).toBe(false);
    expect(isLooserTarget({ comparator: '>=', value: 96 }, floor)).toBe(false);
    expect(isLooserTarget({ comparator: '=', value: 100 }, floor)).toBe(false);
    expect(isLooserTarget({ comparator: '=', value: 94.9 }, floor)).toBe(true);
    expect(isLooserTarget({ comparator: '<=', value: 100 }, floor)).toBe(true);
  });

  it('compares a pledge with a ceiling (不高于 0.6%) and an exact value', () => {
    const ceiling = { comparator: '<=' as const, value: 0.6 };
    expect(isLooserTarget({ comparator: '<=', value: 0.5 }, ceiling)).toBe(false);
    expect(isLooserTarget({ comparator: '<=', value: 0.7 }, ceiling)).toBe(true);
    expect(isLooserTarget({ comparator: '=', value: 0 }, ceiling)).toBe(false);
    expect(isLooserTarget({ comparator: '>=', value: 0 }, ceiling)).toBe(true);
    const exact = { comparator: '=' as const, value: 100 };
    expect(isLooserTarget({ comparator: '=', value: 100 }, exact)).toBe(false);
    expect(isLooserTarget({ comparator: '>=', value: 100 }, exact)).toBe(false);
    expect(isLooserTarget({ comparator: '>=', value: 99 }, exact)).toBe(true);
    expect(isLooserTarget({ comparator: '<=', value: 100 }, exact)).toBe(true);
  });
});

describe('responsibilityPledgeRule targets', () => {
  it('warns of a pledge below the jurisdiction’s floor, worded as the form shows it', () => {
    const jurisdiction: FormJurisdiction = { id: 't', name: '唐河县', categories: [], targets: [{ indicator: 'consolidation-rate', comparator: '>=', value: 95 }] };
    expect(run({ targets: [{ indicator: 'consolidation-rate', comparator: '>=', value: 94 }] }, jurisdiction)).toEqual([
      '/targets/0/value looser-than-jurisdiction (warning)  工作目标第1条的“目标值（%）”：九年义务教育巩固率不低于 94%，比唐河县的目标（不低于 95%）宽松，请核对。',
    ]);
    expect(run({ targets: [{ indicator: 'consolidation-rate', comparator: '>=', value: 95 }] }, jurisdiction)).toEqual([]);
    expect(run({ targets: [{ indicator: 'consolidation-rate', comparator: '=', value: 96 }] }, jurisdiction)).toEqual([]);
  });

  it('checks duplicates but warns of nothing in a jurisdiction without targets', () => {
    const plain: FormJurisdiction = { id: 't', name: '唐河县', categories: [] };
    const targets = [{ indicator: 'dropout-rate', comparator: '<=', value: 5 }, { indicator: 'dropout-rate', comparator: '<=', value: 9 }];
    expect(run({ targets }, plain)).toEqual(['/targets/1/indicator duplicate-target  工作目标第2条的“指标”与工作目标第1条重复，每个指标只填一行。']);
    expect(run({ targets }, { ...plain, targets: [] })).toHaveLength(1);
  });

  it('names the first row of a repeated indicator, and warns of each looser row', () => {
    const jurisdiction: FormJurisdiction = { id: 't', name: '唐河县', categories: [], targets: [{ indicator: 'dropout-rate', comparator: '<=', value: 0.6 }] };
    const targets = [{ indicator: 'x' }, { indicator: 'dropout-rate', comparator: '<=', value: 1 }, { indicator: 'dropout-rate', comparator: '<=', value: 2 }, { indicator: 'x' }];
    expect(run({ targets }, jurisdiction).map((l) => l.split('  ')[0])).toEqual([
      '/targets/1/value looser-than-jurisdiction (warning)',
      '/targets/2/indicator duplicate-target',
      '/targets/2/value looser-than-jurisdiction (warning)',
      '/targets/3/indicator duplicate-target',
    ]);
    expect(run({ targets }, jurisdiction)[1]).toContain('与工作目标第2条重复');
    expect(run({ targets }, jurisdiction)[3]).toContain('与工作目标第1条重复');
  });
});
