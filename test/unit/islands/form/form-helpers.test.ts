import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TranslatableString } from '@rjsf/utils';
import { applyCategory } from '../../../../site/islands/form/apply-category.ts';
import { gridRows, printBlocks } from '../../../../site/islands/form/print-model.ts';
import { messageFor, transformErrorsZh } from '../../../../site/islands/form/transform-errors-zh.ts';
import { translateZh, zhStrings } from '../../../../site/islands/form/translate-zh.ts';
import { isBlank } from '../../../../site/islands/form/is-blank.ts';
import { applyAge } from '../../../../site/islands/form/apply-age.ts';
import { forms } from '../../../../site/lib/forms/form-registry.ts';
import { fieldLabel } from '../../../../site/islands/form/field-title.ts';

const schema = (id: string) => JSON.parse(readFileSync(`schemas/forms/${id}.schema.json`, 'utf8'));
const ui = (id: string) => JSON.parse(readFileSync(`schemas/forms/${id}.ui.json`, 'utf8'));

describe('applyCategory', () => {
  const categories = [
    { code: 'A', label: '户籍原因', evidence: ['村委证明', '辖区派出所出具的相关证明'] },
    { code: 'B', label: '在校有学籍', evidence: ['学籍卡'] },
  ];
  it('sets the label and the checklist of the chosen category, keeping ticks on documents that stay', () => {
    const a = applyCategory<{ categoryCode: string; categoryLabel?: string; evidence?: { name?: string; provided?: boolean; note?: string }[] }>({ categoryCode: 'A' }, {}, categories);
    expect(a).toEqual({ categoryCode: 'A', categoryLabel: '户籍原因', evidence: [{ name: '村委证明', provided: false }, { name: '辖区派出所出具的相关证明', provided: false }] });
    const ticked = { ...a, evidence: [{ name: '村委证明', provided: true, note: '盒1' }, a.evidence![1]!] };
    const b = applyCategory({ ...ticked, categoryCode: 'B' }, ticked, categories);
    expect(b.evidence).toEqual([{ name: '学籍卡', provided: false }]);
    const back = applyCategory({ ...ticked, categoryCode: 'A' }, { categoryCode: 'B' }, categories);
    expect(back.evidence![0]).toEqual({ name: '村委证明', provided: true, note: '盒1' });
  });
  it('brings back what was ticked and noted when the user switches back to a category (H → B → H)', () => {
    const cats = [
      { code: 'B', label: '在校有学籍', evidence: ['学籍卡'] },
      { code: 'H', label: '出国在外', evidence: ['政府出具的相关证明', '公安部门出具的相关证明'] },
    ];
    const stash = new Map();
    const h = { categoryCode: 'H', categoryLabel: '出国在外', evidence: [{ name: '政府出具的相关证明', provided: true, note: '盒7' }, { name: '公安部门出具的相关证明', provided: true }] };
    const b = applyCategory({ ...h, categoryCode: 'B' }, h, cats, stash);
    expect(b.evidence).toEqual([{ name: '学籍卡', provided: false }]);
    const back = applyCategory({ ...b, categoryCode: 'H' }, b, cats, stash);
    expect(back).toMatchObject({ categoryLabel: '出国在外', evidence: h.evidence });
  });
  it('leaves the data alone when the category did not change or there are no categories', () => {
    const d = { categoryCode: 'A', evidence: [{ name: '自填', provided: true }] };
    expect(applyCategory(d, { categoryCode: 'A' }, categories)).toBe(d);
    expect(applyCategory(d, {}, [])).toBe(d);
  });
});

describe('printBlocks', () => {
  const s = schema('dropout-registration');
  const example = s.examples[0];
  const blocks = printBlocks(s, ui('dropout-registration'), example, { skip: [['unit'], ['fillDate']], blankRows: 2 });
  const text = JSON.stringify(blocks);

  it('prints every filled value, and no header field twice', () => {
    const leaves: string[] = [];
    const walk = (v: unknown) => {
      if (v && typeof v === 'object') Object.values(v).forEach(walk);
      else if (typeof v === 'string' && v) leaves.push(v);
      else if (typeof v === 'number') leaves.push(String(v));
    };
    const { unit: _u, fillDate: _f, ...rest } = example;
    walk(rest);
    for (const v of leaves) expect(text).toContain(v);
    expect(text).not.toContain(example.unit);
  });

  it('turns repeat groups into tables with a number column and pads empty ones', () => {
    const attempts = blocks.find((b) => b.kind === 'table' && b.title === '劝返过程详细记录');
    expect(attempts).toMatchObject({ kind: 'table', columns: ['序号', '劝返日期', '劝返人员', '劝返地点', '劝返方式', '劝返结果'] });
    const empty = printBlocks(s, ui('dropout-registration'), {}, { blankRows: 2 });
    const guardians = empty.find((b) => b.kind === 'table' && b.title === '监护人');
    expect(guardians && guardians.kind === 'table' && guardians.rows).toEqual([
      ['1', '', '', ''],
      ['2', '', '', ''],
    ]);
  });

  it('writes yes/no in Chinese and addresses on one line', () => {
    expect(text).toContain('"label":"户籍所在地","value":"唐河县 城郊乡 大王庄村3组15号"');
    expect(text).toContain('"label":"是否已开展劝返工作","value":"是"');
  });

  it('prints an unticked checkbox as 否, except on a blank sheet to be filled in by hand', () => {
    const { deferralApproved: _d, ...persuasion } = example.persuasion;
    const cell = (data: unknown, blankForm: boolean) =>
      printBlocks(s, ui('dropout-registration'), data, { blankForm })
        .flatMap((b) => (b.kind === 'fields' ? b.cells : []))
        .find((c) => c.label === '经县级领导小组核实同意办理延缓入学或休学')?.value;
    expect(cell({ ...example, persuasion }, false)).toBe('否');
    expect(cell({}, true)).toBe('');
  });

  it('packs short fields two to a row and gives long ones a row of their own', () => {
    const rows = gridRows([
      { label: 'a', value: '1', wide: false },
      { label: 'b', value: '2', wide: false },
      { label: 'c', value: '3', wide: true },
      { label: 'd', value: '4', wide: false },
    ]);
    expect(rows.map((r) => r.map((c) => c.label))).toEqual([['a', 'b'], ['c'], ['d']]);
  });
});

describe('Chinese messages', () => {
  const s = schema('dropout-registration');
  it('names the field by its title, with the row of a repeat group', () => {
    expect(fieldLabel(s, undefined, ['student', 'idNumber'])).toBe('学生基本信息 › 身份证号');
    expect(fieldLabel(s, { guardians: { items: { relation: { 'ui:title': '与被核查人关系' } } } }, ['guardians', '1', 'relation'])).toBe('监护人第 2 项 › 与被核查人关系');
    expect(messageFor({ name: 'pattern', property: '.student.idNumber', message: '', stack: '', params: {} } as never, s, undefined)).toBe(
      '“学生基本信息 › 身份证号”格式不对：学生的 18 位居民身份证号码，最后一位是数字或大写 X。',
    );
    expect(messageFor({ name: 'required', property: '.unit', message: '', stack: '', params: {} } as never, s, undefined)).toBe('请填写“单位”。');
  });
  it('keeps Chinese messages, drops `if` noise and repeats', () => {
    const out = transformErrorsZh(s, undefined)([
      { name: 'if', property: '', message: 'must match "then" schema', stack: '', params: {} },
      { name: 'pattern', property: '.student.idNumber', message: '“身份证号”格式不对。', stack: 'x', params: {} },
      { name: 'pattern', property: '.student.idNumber', message: '“身份证号”格式不对。', stack: 'y', params: {} },
    ] as never);
    expect(out).toEqual([expect.objectContaining({ message: '“身份证号”格式不对。', stack: '“身份证号”格式不对。' })]);
  });
  it('has a Chinese string for every rjsf TranslatableString', () => {
    for (const key of Object.values(TranslatableString)) {
      expect(zhStrings[key], key).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(translateZh(TranslatableString.TitleOptionPrefix, ['性别', '2'])).toBe('性别 选项 2');
  });
});

describe('isBlank', () => {
  it('treats rjsf defaults and the page’s own prefill as nothing entered', () => {
    const prefill = { grades: [{ grade: 1 }, { grade: 2 }] };
    expect(isBlank({ grades: [{ grade: 1 }, { grade: 2, enrolled: undefined }], zeroReport: false }, prefill)).toBe(true);
    expect(isBlank({ grades: [{ grade: 1, enrolled: 30 }, { grade: 2 }] }, prefill)).toBe(false);
    expect(isBlank({ student: {}, guardians: [{}], persuasion: { started: false } })).toBe(true);
    expect(isBlank({ student: { name: '张' } })).toBe(false);
    expect(isBlank({ grades: [{ enrolled: 0 }] })).toBe(false);
  });
});

describe('applyAge', () => {
  const form = forms['dropout-registration'];
  const base = () => {
    const d = structuredClone((form.schema.examples as Record<string, any>[])[0]!);
    delete d.student.age;
    return d;
  };
  it('fills in 年龄 from the dates while it is blank or still the computed figure', () => {
    const d = applyAge(form, base(), {}, '2022-06-30');
    expect(d.student.age).toBe(11);
    const later = applyAge<Record<string, any>>(form, { ...d, fillDate: '2022-03-20' }, d, '2022-06-30');
    expect(later.student.age).toBe(12);
  });
  it('keeps a figure the user typed, and leaves other forms alone', () => {
    const typed = { ...base(), student: { ...base().student, age: 13 } };
    expect(applyAge(form, typed, base(), '2022-06-30').student.age).toBe(13);
    const report = { grades: [] };
    expect(applyAge(forms['monthly-report'], report, {}, '2022-06-30')).toBe(report);
  });
  it('leaves 年龄 blank when the form date is wrong', () => {
    expect(applyAge<Record<string, any>>(form, { ...base(), fillDate: '2099-01-01' }, {}, '2022-06-30').student.age).toBeUndefined();
  });
});

describe('printBlocks: values as the form shows them', () => {
  it('names grades 一年级 … 九年级 in the monthly report', () => {
    const m = schema('monthly-report');
    const blocks = printBlocks(m, ui('monthly-report'), { grades: [{ grade: 1 }, { grade: 9 }] });
    const grades = blocks.find((b) => b.kind === 'table' && b.title === '分年级数据');
    expect(grades && grades.kind === 'table' && grades.rows.map((r) => r[1])).toEqual(['一年级', '九年级']);
  });
});
