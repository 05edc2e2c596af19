/**
 * What `baoxue resolve` and the pages read for a jurisdiction (resolve.ts): every inherited list
 * dropped by `omit` and overridden by key, categories in code order with their evidence, the
 * leading group, schools and note of the jurisdiction itself; and the 更严/相同/更宽 columns of
 * the targets page (target-comparison.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Jurisdiction } from '../../../site/generated/types/jurisdiction.ts';
import { ancestry, resolveJurisdiction } from '../../../site/lib/config/resolve.ts';
import { comparatorText, compareTarget, compareWithAncestors, looserTargetMessage, looserTargets, strictnessLabels } from '../../../site/lib/config/target-comparison.ts';
import { explainValueTypo, withTypoFix } from '../../../site/lib/config/value-typos.ts';

const setOf = (...list: Jurisdiction[]) => ({ jurisdictions: new Map(list.map((j) => [j.id, { data: j } as never])) });
const src = (c: string) => `doc#${c}`;

describe('resolveJurisdiction: every list', () => {
  it('each level drops what it omits from every list, then overrides by key and appends', () => {
    const national: Jurisdiction = {
      id: 'national',
      name: '国家',
      level: 'national',
      documents: ['n1', 'n2'],
      forms: ['dropout-registration', 'monthly-report'],
      escalation: [{ id: 'e1', after: 'P3D', action: '标注', source: src('1') }, { id: 'e2', attempts: 3, action: '上报', source: src('2') }],
      procedures: [{ id: 'p1', title: '程序一', steps: [{ label: '第一步' }], source: src('3') }, { id: 'p2', title: '程序二', steps: [{ label: '第一步' }], source: src('4') }],
      calendar: [{ id: 'c1', title: '月报', frequency: 'monthly', dayOfMonth: 5, source: src('5') }, { id: 'c2', title: '核查', frequency: 'yearly', month: 9, day: 1, source: src('6') }],
      categories: [
        { code: 'B', label: '乙', evidence: ['证明乙'], source: src('7') },
        { code: 'A', label: '甲', evidence: ['证明甲'], source: src('8') },
      ],
    } as unknown as Jurisdiction;
    const county: Jurisdiction = {
      id: 'county',
      name: '某县',
      level: 'county',
      parent: 'national',
      documents: ['n2', 'c1'],
      forms: ['verification'],
      omit: { documents: ['n1'], forms: ['monthly-report'], escalation: ['e2'], procedures: ['p1'], calendar: ['c2'], categories: ['B'] },
      escalation: [{ id: 'e1', after: 'PT4H', action: '县里标注', source: src('9') }],
      calendar: [{ id: 'c3', title: '县月报', frequency: 'monthly', dayOfMonth: 20, source: src('10') }],
      categories: [{ code: 'C', label: '丙', evidenceAlternatives: [{ situation: '情形一', evidence: ['材料一', '材料二'] }], source: src('11') }],
    } as unknown as Jurisdiction;
    const r = resolveJurisdiction(setOf(national, county), 'county');
    expect(r.documents).toEqual(['n2', 'c1']);
    expect(r.forms).toEqual(['dropout-registration', 'verification']);
    expect(r.escalation.map((s) => [s.id, s.action, s.from])).toEqual([['e1', '县里标注', 'county']]);
    expect(r.procedures.map((p) => [p.id, p.from])).toEqual([['p2', 'national']]);
    expect(r.calendar.map((c) => [c.id, c.from])).toEqual([['c1', 'national'], ['c3', 'county']]);
    expect(r.categories.map((c) => [c.code, c.from, c.evidence])).toEqual([
      ['A', 'national', ['证明甲']],
      ['C', 'county', ['情形一：材料一', '情形一：材料二']],
    ]);
    expect(r.ancestors).toEqual([
      { id: 'national', name: '国家', level: 'national' },
      { id: 'county', name: '某县', level: 'county' },
    ]);
    expect(r).toMatchObject({ id: 'county', name: '某县', level: 'county', parent: 'national' });
  });

  it('categories come out in code order even when written out of order; an omitted-then-restated item takes the new origin', () => {
    const national: Jurisdiction = { id: 'national', name: '国家', level: 'national', targets: [{ indicator: 'dropout-rate', comparator: '<=', value: 1, source: src('a') }] } as unknown as Jurisdiction;
    const county: Jurisdiction = {
      id: 'county',
      name: '某县',
      level: 'county',
      parent: 'national',
      omit: { targets: ['dropout-rate'] },
      targets: [{ indicator: 'dropout-rate', comparator: '<=', value: 0.5, source: src('b') }],
      categories: [
        { code: 'M', label: '末', evidence: ['x'], source: src('c') },
        { code: 'D', label: '丁', evidence: ['y'], source: src('d') },
      ],
    } as unknown as Jurisdiction;
    const r = resolveJurisdiction(setOf(national, county), 'county');
    expect(r.categories.map((c) => c.code)).toEqual(['D', 'M']);
    expect(r.targets).toEqual([{ indicator: 'dropout-rate', comparator: '<=', value: 0.5, source: src('b'), from: 'county' }]);
    expect(resolveJurisdiction(setOf(national, county), 'national').targets.map((t) => t.from)).toEqual(['national']);
  });

  it('form options: inherited per form, dropped by omit.formOptions, merged with the level’s own', () => {
    const national = { id: 'national', name: '国家', level: 'national', formOptions: { 'dropout-registration': { labels: { '/reason': '原因' } }, 'monthly-report': { required: ['/note'] } } } as unknown as Jurisdiction;
    const county = { id: 'county', name: '某县', level: 'county', parent: 'national', omit: { formOptions: ['monthly-report'] }, formOptions: { 'dropout-registration': { labels: { '/town': '乡镇' } } } } as unknown as Jurisdiction;
    const r = resolveJurisdiction(setOf(national, county), 'county');
    expect(r.formOptions).toEqual({ 'dropout-registration': expect.objectContaining({ labels: { '/reason': '原因', '/town': '乡镇' } }) });
    expect(Object.keys(resolveJurisdiction(setOf(national, county), 'national').formOptions).sort()).toEqual(['dropout-registration', 'monthly-report']);
  });

  it('schools, note and leading group are the jurisdiction’s own; without them: [], no note, null', () => {
    const national = { id: 'national', name: '国家', level: 'national', note: '国家的说明', schools: [{ name: '国家小学', stages: ['primary'] }], leadingGroup: { leader: { unit: '国务院' } } } as unknown as Jurisdiction;
    const county = { id: 'county', name: '某县', level: 'county', parent: 'national' } as unknown as Jurisdiction;
    const top = resolveJurisdiction(setOf(national, county), 'national');
    expect(top).toMatchObject({ note: '国家的说明', schools: [{ name: '国家小学', stages: ['primary'] }], parent: null, leadingGroup: { leader: { unit: '国务院' }, from: 'national' } });
    const below = resolveJurisdiction(setOf(national, county), 'county');
    expect(below.schools).toEqual([]);
    expect('note' in below).toBe(false);
    expect(below.leadingGroup).toBeNull();
    expect(below.documents).toEqual([]);
    expect(below.forms).toEqual([]);
  });

  it('a parent missing from the set is named in the error', () => {
    const county = { id: 'county', name: '某县', level: 'county', parent: 'city' } as unknown as Jurisdiction;
    expect(() => resolveJurisdiction(setOf(county), 'county')).toThrow('找不到辖区 “city”');
    expect(ancestry(setOf(county), 'county')).toEqual({ ids: ['city', 'county'] });
    expect(ancestry(setOf(county), 'county').cycle).toBeUndefined();
  });

  it('a cycle names the loop in the order the parents are followed', () => {
    const a = { id: 'a', name: 'A', level: 'county', parent: 'b' } as unknown as Jurisdiction;
    const b = { id: 'b', name: 'B', level: 'city', parent: 'c' } as unknown as Jurisdiction;
    const c = { id: 'c', name: 'C', level: 'province', parent: 'b' } as unknown as Jurisdiction;
    expect(ancestry(setOf(a, b, c), 'a')).toEqual({ ids: ['c', 'b', 'a'], cycle: ['a', 'b', 'c', 'b'] });
    expect(() => resolveJurisdiction(setOf(a, b, c), 'a')).toThrow('上级辖区形成循环：a → b → c → b');
  });
});

describe('the targets page columns', () => {
  const t = (indicator: string, comparator: '>=' | '<=' | '=', value: number) => ({ indicator, comparator, value });

  it('one column per ancestor, with its target and 更严/相同/更宽; an ancestor without the indicator has no target', () => {
    const own = t('consolidation-rate', '>=', 96);
    const cols = compareWithAncestors(own, [
      { id: 'henan', name: '河南省', targets: [t('dropout-rate', '<=', 1), t('consolidation-rate', '>=', 96)] },
      { id: 'national', name: '国家', targets: [t('consolidation-rate', '>=', 95)] },
      { id: 'city', name: '某市', targets: [t('consolidation-rate', '>=', 97)] },
      { id: 'none', name: '无', targets: [] },
    ]);
    expect(cols).toEqual([
      { jurisdiction: { id: 'henan', name: '河南省' }, target: t('consolidation-rate', '>=', 96), strictness: 'same' },
      { jurisdiction: { id: 'national', name: '国家' }, target: t('consolidation-rate', '>=', 95), strictness: 'stricter' },
      { jurisdiction: { id: 'city', name: '某市' }, target: t('consolidation-rate', '>=', 97), strictness: 'looser' },
      { jurisdiction: { id: 'none', name: '无' } },
    ]);
    expect(cols.map((c) => (c.strictness ? strictnessLabels[c.strictness] : '—'))).toEqual(['相同', '更严', '更宽', '—']);
  });

  it('comparators in the page’s symbols; an unknown one is shown as written', () => {
    expect(['>=', '<=', '=', '~'].map(comparatorText)).toEqual(['≥', '≤', '=', '~']);
    expect(looserTargetMessage(t('junior-dropout-rate', '<=', 2), t('junior-dropout-rate', '=', 1), '某市')).toBe('初中年辍学率目标 ≤ 2% 比上级 某市 的 = 1% 宽松，请确认是否有意如此。');
    expect(looserTargetMessage(t('made-up', '=', 5), t('made-up', '>=', 6), '某市')).toBe('made-up目标 = 5% 比上级 某市 的 ≥ 6% 宽松，请确认是否有意如此。');
  });

  it('“=” against “=”: only dropout rates are better lower', () => {
    expect(compareTarget(t('junior-dropout-rate', '=', 1), t('junior-dropout-rate', '=', 0))).toBe('looser');
    expect(compareTarget(t('enrolment-rate', '=', 100), t('enrolment-rate', '=', 99))).toBe('stricter');
    expect(compareTarget(t('junior-dropout-rate', '<=', 0.5), t('junior-dropout-rate', '=', 1))).toBe('stricter');
    expect(compareTarget(t('enrolment-rate', '=', 99), t('enrolment-rate', '<=', 98))).toBe('looser');
  });

  it('looser targets: none for an empty chain or a lone level; each found one names its position, ancestor and their target', () => {
    expect(looserTargets([])).toEqual([]);
    expect(looserTargets([{ id: 'national', name: '国家', targets: [t('consolidation-rate', '>=', 95)] }])).toEqual([]);
    const found = looserTargets([
      { id: 'national', name: '国家', targets: [t('consolidation-rate', '>=', 95)] },
      { id: 'county', name: '某县' },
      { id: 'town', name: '某镇', targets: [t('enrolment-rate', '=', 100), t('consolidation-rate', '>=', 94)] },
    ]);
    expect(found).toEqual([
      {
        index: 1,
        indicator: 'consolidation-rate',
        ancestor: { id: 'national', name: '国家' },
        theirs: t('consolidation-rate', '>=', 95),
        message: '九年义务教育巩固率目标 ≥ 94% 比上级 国家 的 ≥ 95% 宽松，请确认是否有意如此。',
      },
    ]);
  });
});

describe('value typos in schema messages', () => {
  it('every full-width comparison sign, alone or with spaces, names the ASCII one', () => {
    for (const [typed, want] of [['≧', '>='], ['⩾', '>='], ['≦', '<='], ['⩽', '<='], ['＝', '='], [' ≥ ', '>='], ['＜＝', '<=']] as const) {
      expect(explainValueTypo(typed), typed).toBe(`请写 ${want}（半角符号，在 YAML 中加引号写成 "${want}"）。`);
    }
    expect(explainValueTypo('>=')).toBeUndefined();
    expect(explainValueTypo('≥≥')).toBeUndefined();
  });

  it('full-width numbers with a sign or decimals; mixed text with Chinese is left alone', () => {
    expect(explainValueTypo('－５')).toBe('全角数字 －５ 应为 -5（切换到半角输入后重打，不加引号）。');
    expect(explainValueTypo('９６．５')).toBe('全角数字 ９６．５ 应为 96.5（切换到半角输入后重打，不加引号）。');
    expect(explainValueTypo('９６．')).toBe('“９６．” 含全角字符，应为 “96.”。');
    expect(explainValueTypo('ａ县')).toBeUndefined();
    expect(explainValueTypo(null)).toBeUndefined();
  });

  it('replaces the did-you-mean guess with the exact fix, and keeps the message otherwise', () => {
    const message = '“比较方式”不能是 “≥”，可选：>=。您是否想写 “>=”？';
    expect(withTypoFix(message, '≥')).toBe('“比较方式”不能是 “≥”，可选：>=。请写 >=（半角符号，在 YAML 中加引号写成 ">="）。');
    expect(withTypoFix(message, 'x')).toBe(message);
    expect(withTypoFix('“目标值（%）”应为数字。', '９６')).toBe('“目标值（%）”应为数字。全角数字 ９６ 应为 96（切换到半角输入后重打，不加引号）。');
  });
});
