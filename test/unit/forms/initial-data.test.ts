/** What a new record starts with, from the shipped config. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadConfig } from '../../../site/lib/config/load-config.ts';
import { resolveJurisdiction } from '../../../site/lib/config/resolve.ts';
import { gradeName } from '../../../site/lib/forms/grade-names.ts';
import { initialData } from '../../../site/lib/forms/initial-data.ts';
import { repoRoot } from './form-fixtures.ts';

const config = loadConfig(join(repoRoot, 'config'));
const j = (id: string) => resolveJurisdiction(config, id);

describe('initialData', () => {
  it('starts a monthly report with every grade 1–9, or with the stages the jurisdiction’s schools teach', () => {
    expect(initialData('monthly-report', j('tanghe'))).toEqual({ grades: [1, 2, 3, 4, 5, 6, 7, 8, 9].map((grade) => ({ grade })) });
    // 板当镇 lists two 中学 only.
    expect(initialData('monthly-report', j('bandang'))).toEqual({ grades: [{ grade: 7 }, { grade: 8 }, { grade: 9 }] });
    expect([1, 7, 9].map(gradeName)).toEqual(['一年级', '七年级', '九年级']);
  });

  it('starts a responsibility pledge with the jurisdiction’s resolved targets', () => {
    expect(initialData('responsibility-pledge', j('tanghe'))).toEqual({ targets: [{ indicator: 'consolidation-rate', comparator: '>=', value: 95 }] });
    expect(initialData('responsibility-pledge', j('qingtongxia'))?.targets).toContainEqual({ indicator: 'junior-consolidation-rate', comparator: '>=', value: 98 });
  });

  it('leaves other forms empty', () => {
    expect(initialData('dropout-registration', j('tanghe'))).toBeUndefined();
  });
});
