/** The shipped config (the five seeds, structured) against the acceptance facts of the foundation issue. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasErrors, loadConfig } from '../../../site/lib/config/load-config.ts';
import { resolveJurisdiction } from '../../../site/lib/config/resolve.ts';

const set = loadConfig(join(import.meta.dirname, '../../../config'));
const resolve = (id: string) => resolveJurisdiction(set, id);
const target = (id: string, indicator: string) => resolve(id).targets.find((t) => t.indicator === indicator);

describe('shipped config', () => {
  it('validates without errors; the warnings are 板当镇’s looser 巩固率 (as its plan states) and the rules of 金安区 and 唐河县 resting on their expired plans', () => {
    expect(hasErrors(set)).toBe(false);
    const warnings = set.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings.map((w) => `${w.file} ${w.pointer} ${w.code}`)).toEqual([
      'config/jurisdictions/bandang.yaml /targets/2/value looser-target',
      'config/jurisdictions/jinanqu.yaml /targets/0/source lapsed-source',
      'config/jurisdictions/tanghe.yaml /categories/0/source lapsed-source',
    ]);
  });

  it('has every jurisdiction DESIGN.md names', () => {
    for (const id of ['national', 'lushi', 'qingtongxia', 'tanghe', 'jinanqu', 'bandang']) expect(set.jurisdictions.has(id), id).toBe(true);
  });

  it('qingtongxia: own targets, the inherited national 巩固率 and the full roster', () => {
    expect(target('qingtongxia', 'primary-consolidation-rate')).toMatchObject({ comparator: '=', value: 100, from: 'qingtongxia' });
    expect(target('qingtongxia', 'junior-consolidation-rate')).toMatchObject({ comparator: '>=', value: 98 });
    expect(target('qingtongxia', 'disabled-enrolment-rate')).toMatchObject({ comparator: '>=', value: 95 });
    expect(target('qingtongxia', 'consolidation-rate')).toMatchObject({ comparator: '>=', value: 95, from: 'national' });
    const group = resolve('qingtongxia').leadingGroup!;
    expect(group.leader).toMatchObject({ name: '杨红英' });
    expect(group.deputies?.map((d) => d.name)).toEqual(['于建华']);
    expect(group.members).toHaveLength(24);
    const lihua = group.members!.filter((m) => m.name === '李华');
    expect(lihua.map((m) => m.unit).sort()).toEqual(['树新林场', '陈袁滩镇']);
    expect(group.office?.director?.name).toBe('李丽华');
  });

  it('tanghe M 类 (“视其不同情况具体对待。如：……”): two situations, either complete suffices; evidence[] still lists every document', () => {
    const m = resolve('tanghe').categories.find((c) => c.code === 'M')!;
    expect(m.evidenceAlternatives).toEqual([
      { situation: '姓名错别字类', evidence: ['在学籍系统进行关键数据变更后出具的正确学籍卡', '户口簿复印件'] },
      { situation: '父母离异一方带走', evidence: ['民政部门证明或判决证明复印件', '家访记录等'] },
    ]);
    expect(m.evidence).toEqual([
      '姓名错别字类：在学籍系统进行关键数据变更后出具的正确学籍卡',
      '姓名错别字类：户口簿复印件',
      '父母离异一方带走：民政部门证明或判决证明复印件',
      '父母离异一方带走：家访记录等',
    ]);
    expect(resolve('tanghe').categories.filter((c) => c.evidenceAlternatives).map((c) => c.code)).toEqual(['M']);
  });

  it('tanghe: 13 categories A–M with evidence, and the monthly report due by the 20th', () => {
    const t = resolve('tanghe');
    expect(t.categories.map((c) => c.code).join('')).toBe('ABCDEFGHIJKLM');
    for (const c of t.categories) expect(c.evidence.length, c.code).toBeGreaterThan(0);
    expect(t.categories.find((c) => c.code === 'I')!.evidence.join('')).toContain('残疾证');
    const monthly = t.calendar.find((c) => c.frequency === 'monthly');
    expect(monthly).toMatchObject({ dayOfMonth: 20 });
    expect(t.escalation.map((s) => s.after ?? `×${s.attempts}`)).toEqual(['PT4H', 'P3D', '×3']);
  });

  it('bandang: dropout limits and its own 巩固率', () => {
    expect(target('bandang', 'primary-dropout-rate')).toMatchObject({ comparator: '<=', value: 0.6 });
    expect(target('bandang', 'junior-dropout-rate')).toMatchObject({ comparator: '<=', value: 1.8 });
    expect(target('bandang', 'consolidation-rate')).toMatchObject({ comparator: '>=', value: 85, from: 'bandang' });
  });

  it('lushi: 入学率 100 and 巩固率 ≥ 96 override the national baseline', () => {
    expect(target('lushi', 'enrolment-rate')).toMatchObject({ comparator: '=', value: 100 });
    expect(target('lushi', 'consolidation-rate')).toMatchObject({ value: 96, from: 'lushi' });
    expect(resolve('lushi').leadingGroup!.members).toHaveLength(11);
  });

  it('lushi: 三(二)4 treats teachers who drive a pupil out as a penalty with no named subject, not as a duty of 教师', () => {
    const r = resolve('lushi');
    const penalty = /漠视、冷落、嘲讽/;
    const duties = r.duties.flatMap((d) => d.items.map((i) => ({ unit: d.unit, text: i.text })));
    expect(duties.filter((d) => penalty.test(d.text))).toEqual([]);
    const procedure = r.procedures.find((p) => p.id === 'teacher-discipline')!;
    expect(procedure).toMatchObject({ source: 'luzhengban-2019-18#3-2-4' });
    expect(procedure.steps).toHaveLength(1);
    expect(procedure.steps[0]!.label).toMatch(penalty);
    expect(procedure.steps[0]!.actor).toBeUndefined();
  });

  it('templates are checked but are not jurisdictions', () => {
    for (const id of ['county', 'town', 'school']) expect(set.jurisdictions.has(id), id).toBe(false);
    expect(set.partial?.map((p) => p.file.file).filter((f) => f.includes('templates/')).sort()).toEqual([
      'config/templates/county.yaml',
      'config/templates/school.yaml',
      'config/templates/town.yaml',
    ]);
    expect(set.diagnostics.filter((d) => d.file.includes('templates/'))).toEqual([]);
  });

  it('every resolved jurisdiction inherits the national forms', () => {
    for (const id of set.jurisdictions.keys()) expect(resolve(id).forms).toContain('dropout-registration');
  });
});
