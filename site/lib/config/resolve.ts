import type { Jurisdiction } from '../../generated/types/jurisdiction.ts';
import type { ConfigSet } from './load-sources.ts';
import { mergeFormOptions, type FormOptionsByForm } from '../forms/form-options.ts';
import { resolvedEvidence } from './category-evidence.ts';
import { quote } from '../text/quote-value.ts';

/** Ids from the root (national) down to `id`; `cycle` is set if the parent chain loops. */
export function ancestry(set: Pick<ConfigSet, 'jurisdictions'>, id: string): { ids: string[]; cycle?: string[] } {
  const ids: string[] = [];
  let current: string | undefined = id;
  while (current) {
    if (ids.includes(current)) return { ids: [...ids].reverse(), cycle: [...ids, current] };
    ids.push(current);
    current = set.jurisdictions.get(current)?.data.parent;
  }
  return { ids: ids.reverse() };
}

/** Where an inherited item was stated. */
type WithOrigin<T> = T & { from: string };

type J = Jurisdiction;
type Item<K extends keyof J> = NonNullable<J[K]> extends (infer U)[] ? U : never;

export interface ResolvedJurisdiction {
  id: string;
  name: string;
  level: J['level'];
  parent: string | null;
  /** names along the chain, root first, this jurisdiction last */
  ancestors: { id: string; name: string; level: J['level'] }[];
  documents: string[];
  targets: WithOrigin<Item<'targets'>>[];
  leadingGroup: (NonNullable<J['leadingGroup']> & { from: string }) | null;
  duties: WithOrigin<Item<'duties'>>[];
  escalation: WithOrigin<Item<'escalation'>>[];
  procedures: WithOrigin<Item<'procedures'>>[];
  calendar: WithOrigin<Item<'calendar'>>[];
  /** `evidence` always present: for a category with `evidenceAlternatives`, every situation's documents (category-evidence.ts) */
  categories: WithOrigin<Item<'categories'> & { evidence: string[] }>[];
  forms: string[];
  /** per form id: label overrides, extra required fields, extra fields (site/lib/forms/form-options.ts) */
  formOptions: FormOptionsByForm;
  schools: Item<'schools'>[];
  note?: string;
}

/** Replace items with the same key in place, append new ones, and tag each with its origin. */
function mergeByKey<T>(inherited: WithOrigin<T>[], own: T[] | undefined, key: (t: T) => string, from: string): WithOrigin<T>[] {
  const out = [...inherited];
  for (const item of own ?? []) {
    const tagged = { ...item, from } as WithOrigin<T>;
    const at = out.findIndex((x) => key(x) === key(item));
    if (at >= 0) out[at] = tagged;
    else out.push(tagged);
  }
  return out;
}

function mergeIds(inherited: string[], own: string[] | undefined): string[] {
  return [...new Set([...inherited, ...(own ?? [])])];
}

/**
 * The fully inherited configuration of one jurisdiction: each level, from the
 * root down, first drops what it lists in `omit`, then overrides by key.
 * The leading group is a body of the jurisdiction itself and is not inherited.
 */
export function resolveJurisdiction(set: Pick<ConfigSet, 'jurisdictions'>, id: string): ResolvedJurisdiction {
  const chain = ancestry(set, id);
  if (chain.cycle) throw new Error(`上级辖区形成循环：${chain.cycle.join(' → ')}`);
  const levels = chain.ids.map((x) => {
    const j = set.jurisdictions.get(x);
    if (!j) throw new Error(`找不到辖区 ${quote(x)}`);
    return j.data;
  });
  const self = levels[levels.length - 1]!;
  let documents: string[] = [];
  let forms: string[] = [];
  let targets: ResolvedJurisdiction['targets'] = [];
  let duties: ResolvedJurisdiction['duties'] = [];
  let escalation: ResolvedJurisdiction['escalation'] = [];
  let procedures: ResolvedJurisdiction['procedures'] = [];
  let calendar: ResolvedJurisdiction['calendar'] = [];
  let categories: WithOrigin<Item<'categories'>>[] = [];
  let formOptions: FormOptionsByForm = {};
  for (const j of levels) {
    const omit = j.omit ?? {};
    const drop = <T>(list: T[], keys: string[] | undefined, key: (t: T) => string) => (keys?.length ? list.filter((x) => !keys.includes(key(x))) : list);
    documents = mergeIds(drop(documents, omit.documents, (x) => x), j.documents);
    forms = mergeIds(drop(forms, omit.forms, (x) => x), j.forms);
    targets = mergeByKey(drop(targets, omit.targets, (t) => t.indicator), j.targets, (t) => t.indicator, j.id);
    duties = mergeByKey(drop(duties, omit.duties, (d) => d.unit), j.duties, (d) => d.unit, j.id);
    escalation = mergeByKey(drop(escalation, omit.escalation, (s) => s.id), j.escalation, (s) => s.id, j.id);
    procedures = mergeByKey(drop(procedures, omit.procedures, (s) => s.id), j.procedures, (s) => s.id, j.id);
    calendar = mergeByKey(drop(calendar, omit.calendar, (s) => s.id), j.calendar, (s) => s.id, j.id);
    categories = mergeByKey(drop(categories, omit.categories, (c) => c.code), j.categories, (c) => c.code, j.id);
    const keptOptions = Object.fromEntries(Object.entries(formOptions).filter(([form]) => !omit.formOptions?.includes(form)));
    formOptions = mergeFormOptions(keptOptions, j.formOptions as FormOptionsByForm | undefined);
  }
  categories.sort((a, b) => a.code.localeCompare(b.code));
  return {
    id: self.id,
    name: self.name,
    level: self.level,
    parent: self.parent ?? null,
    ancestors: levels.map((l) => ({ id: l.id, name: l.name, level: l.level })),
    documents,
    targets,
    leadingGroup: self.leadingGroup ? { ...self.leadingGroup, from: self.id } : null,
    duties,
    escalation,
    procedures,
    calendar,
    categories: categories.map((c) => ({ ...c, evidence: resolvedEvidence(c) })),
    forms,
    formOptions,
    schools: self.schools ?? [],
    ...(self.note ? { note: self.note } : {}),
  };
}
