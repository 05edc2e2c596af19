/**
 * What a new record starts with in the browser, from the jurisdiction's
 * resolved configuration, so nobody types what the config already knows:
 * a 控辍保学月报表 has one row per grade its schools teach (一年级 … 九年级, or
 * only 七至九年级 where every configured school is a 初中), a 目标责任书 the
 * jurisdiction's targets. Computed at build time into the page.
 *
 * Exports: initialData.
 */
import type { FormId } from './form-catalogue.ts';
import { gradesOfStages, type Stage } from './grade-names.ts';
import type { JurisdictionTarget } from './rules/rule-context.ts';

export interface JurisdictionForInitialData {
  targets?: JurisdictionTarget[];
  schools?: { stages: Stage[] }[];
}

export function initialData(formId: FormId, j: JurisdictionForInitialData): Record<string, unknown> | undefined {
  if (formId === 'monthly-report') {
    const taught = [...new Set((j.schools ?? []).flatMap((s) => s.stages))];
    return { grades: gradesOfStages(taught.length ? taught : ['primary', 'junior']).map((grade) => ({ grade })) };
  }
  if (formId === 'responsibility-pledge' && j.targets?.length) {
    return { targets: j.targets.map(({ indicator, comparator, value }) => ({ indicator, comparator, value })) };
  }
  return undefined;
}
