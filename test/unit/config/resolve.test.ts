import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../../../site/generated/types/jurisdiction.ts';
import { ancestry, resolveJurisdiction } from '../../../site/lib/config/resolve.ts';

const src = (id: string) => `doc#${id}`;
function setOf(...list: Jurisdiction[]) {
  return { jurisdictions: new Map(list.map((j) => [j.id, { data: j } as never])) };
}
const national: Jurisdiction = {
  id: 'national',
  name: '国家',
  level: 'national',
  documents: ['n'],
  targets: [
    { indicator: 'consolidation-rate', comparator: '>=', value: 95, source: src('a') },
    { indicator: 'dropout-rate', comparator: '<=', value: 1, source: src('b') },
  ],
  duties: [{ unit: '公安部门', items: [{ text: '整治校园周边环境', source: src('c') }] }],
  forms: ['dropout-registration'],
  leadingGroup: { leader: { unit: '国务院' }, source: src('d') },
};
const county: Jurisdiction = {
  id: 'county',
  name: '某县',
  level: 'county',
  parent: 'national',
  documents: ['c'],
  targets: [{ indicator: 'consolidation-rate', comparator: '>=', value: 96, source: src('e') }],
  duties: [{ unit: '县公安局', items: [{ text: '查处', source: src('f') }] }],
  forms: ['monthly-report'],
  omit: { targets: ['dropout-rate'] },
};
const town: Jurisdiction = { id: 'town', name: '某镇', level: 'town', parent: 'county', omit: { duties: ['公安部门'] } };

describe('resolveJurisdiction', () => {
  const set = setOf(national, county, town);

  it('overrides by key in place, keeps the rest, and says where each item came from', () => {
    const r = resolveJurisdiction(set, 'county');
    expect(r.targets).toEqual([{ indicator: 'consolidation-rate', comparator: '>=', value: 96, source: src('e'), from: 'county' }]);
    expect(r.duties.map((d) => `${d.unit}@${d.from}`)).toEqual(['公安部门@national', '县公安局@county']);
    expect(r.documents).toEqual(['n', 'c']);
    expect(r.forms).toEqual(['dropout-registration', 'monthly-report']);
    expect(r.ancestors.map((a) => a.id)).toEqual(['national', 'county']);
  });

  it('drops what a level omits, for itself and everything below it', () => {
    const r = resolveJurisdiction(set, 'town');
    expect(r.targets.map((t) => t.indicator)).toEqual(['consolidation-rate']);
    expect(r.duties.map((d) => d.unit)).toEqual(['县公安局']);
    expect(r.parent).toBe('county');
  });

  it('does not inherit the leading group: it is a body of the jurisdiction itself', () => {
    expect(resolveJurisdiction(set, 'national').leadingGroup).toMatchObject({ from: 'national' });
    expect(resolveJurisdiction(set, 'county').leadingGroup).toBeNull();
  });

  it('reports a cycle instead of looping', () => {
    const a: Jurisdiction = { id: 'a', name: 'A', level: 'county', parent: 'b' };
    const b: Jurisdiction = { id: 'b', name: 'B', level: 'county', parent: 'a' };
    expect(ancestry(setOf(a, b), 'a').cycle).toEqual(['a', 'b', 'a']);
    expect(() => resolveJurisdiction(setOf(a, b), 'a')).toThrow(/循环/);
  });
});
