import { describe, expect, it } from 'vitest';
import { ruleProblems, ruleWarnings } from '../../../../site/lib/forms/custom-validate.ts';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import { isLooserTarget } from '../../../../site/lib/forms/rules/documents.ts';
import { rulesOf } from '../form-fixtures.ts';

const pledge = () => structuredClone((forms['responsibility-pledge'].schema.examples as Record<string, any>[])[0]!);

describe('a pledge against the jurisdiction’s targets', () => {
  it('knows what is looser', () => {
    expect(isLooserTarget({ comparator: '>=', value: 94 }, { comparator: '>=', value: 95 })).toBe(true);
    expect(isLooserTarget({ comparator: '>=', value: 96 }, { comparator: '>=', value: 95 })).toBe(false);
    expect(isLooserTarget({ comparator: '=', value: 97 }, { comparator: '>=', value: 95 })).toBe(false);
    expect(isLooserTarget({ comparator: '<=', value: 99 }, { comparator: '>=', value: 95 })).toBe(true);
    expect(isLooserTarget({ comparator: '<=', value: 0.8 }, { comparator: '<=', value: 0.6 })).toBe(true);
    expect(isLooserTarget({ comparator: '>=', value: 100 }, { comparator: '=', value: 100 })).toBe(false);
    expect(isLooserTarget({ comparator: '>=', value: 99 }, { comparator: '=', value: 100 })).toBe(true);
  });

  it('warns, in Chinese and without blocking, when a pledged value is looser than 唐河县’s', () => {
    const d = pledge();
    d.targets[0] = { indicator: 'consolidation-rate', comparator: '>=', value: 94 };
    const options = { today: '2022-06-30', jurisdiction: rulesOf('responsibility-pledge', 'tanghe') };
    expect(ruleProblems('responsibility-pledge', d, options)).toEqual([]);
    expect(ruleWarnings('responsibility-pledge', d, options).map((p) => `${p.pointer}  ${p.message}`)).toEqual([
      '/targets/0/value  工作目标第1条的“目标值（%）”：九年义务教育巩固率不低于 94%，比唐河县的目标（不低于 95%）宽松，请核对。',
    ]);
    expect(ruleWarnings('responsibility-pledge', pledge(), options)).toEqual([]);
  });
});
