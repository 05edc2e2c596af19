/**
 * The record-level rules called directly (劝返, 送教上门, 核查类别, 通知书 and 责任书 dates),
 * so that each problem's pointer, code and wording is checked, with the boundary of every
 * comparison. Each test builds its own record (mutation testing attributes coverage per test).
 */
import { describe, expect, it } from 'vitest';
import { forms, type FormId } from '../../../../site/lib/forms/form-registry.ts';
import type { FormJurisdiction, Rule } from '../../../../site/lib/forms/rules/rule-context.ts';
import { dropoutPersuasionRule, minAttemptsBeforeDeferral, persuasionRecordRule } from '../../../../site/lib/forms/rules/persuasion.ts';
import { homeEducationRule, maxDaysBetweenVisits } from '../../../../site/lib/forms/rules/home-education.ts';
import { requiredEvidence, verificationCategoryRule } from '../../../../site/lib/forms/rules/verification-category.ts';
import { isLooserTarget, responsibilityPledgeRule, returnNoticeRule } from '../../../../site/lib/forms/rules/documents.ts';

const run = (rule: Rule, form: FormId, data: Record<string, unknown>, jurisdiction: FormJurisdiction | null = null) =>
  rule(data, { form: forms[form], today: '2022-06-30', jurisdiction, data }).map((p) => `${p.pointer} ${p.code}${p.warning ? ' (warning)' : ''}  ${p.message}`);
const codes = (rule: Rule, form: FormId, data: Record<string, unknown>, jurisdiction: FormJurisdiction | null = null) =>
  run(rule, form, data, jurisdiction).map((line) => line.split('  ')[0]);

describe('dropoutPersuasionRule', () => {
  it('words every problem of a persuasion block that contradicts itself', () => {
    expect(run(dropoutPersuasionRule, 'dropout-registration', { persuasion: { started: false, count: 1, result: '已复学', deferralApproved: true }, attempts: [{}, {}] })).toEqual([
      '/persuasion/started persuasion-not-started  “是否已开展劝返工作”选了“否”，但已填写 2 条“劝返过程详细记录”。',
      '/persuasion/count count-below-log  “劝返次数”填的是 1 次，少于“劝返过程详细记录”的 2 条。',
      '/persuasion/result result-without-persuasion  “核查情况”的“劝返结果”为“已复学”，但“是否已开展劝返工作”选了“否”。',
      '/persuasion/deferralApproved deferral-too-early  “经县级领导小组核实同意办理延缓入学或休学”选了“是”，但劝返只有 1 次；须经相关部门联合劝返三次以上，才可报县级领导小组核实办理延缓入学或休学。',
    ]);
  });

  it('accepts a consistent block at the boundaries', () => {
    expect(minAttemptsBeforeDeferral).toBe(3);
    const ok = { persuasion: { started: true, count: 3, result: '已复学', deferralApproved: true }, attempts: [{}, {}, {}] };
    expect(run(dropoutPersuasionRule, 'dropout-registration', ok)).toEqual([]);
    expect(run(dropoutPersuasionRule, 'dropout-registration', { persuasion: { started: false, result: '未复学', notReturnedReason: '外出务工' }, attempts: [] })).toEqual([]);
    expect(run(dropoutPersuasionRule, 'dropout-registration', { persuasion: { deferralApproved: false, count: 0 } })).toEqual([]);
    expect(run(dropoutPersuasionRule, 'dropout-registration', { persuasion: { started: true, result: '已复学' } })).toEqual([]);
  });

  it('counts the log when the count is missing or not a count', () => {
    const attempts = [{}, {}];
    expect(codes(dropoutPersuasionRule, 'dropout-registration', { persuasion: { deferralApproved: true }, attempts })).toEqual(['/persuasion/deferralApproved deferral-too-early']);
    expect(codes(dropoutPersuasionRule, 'dropout-registration', { persuasion: { deferralApproved: true }, attempts: [{}, {}, {}] })).toEqual([]);
    expect(codes(dropoutPersuasionRule, 'dropout-registration', { persuasion: { deferralApproved: true, count: 2.5 }, attempts: [{}, {}, {}] })).toEqual([]);
    expect(codes(dropoutPersuasionRule, 'dropout-registration', { persuasion: { deferralApproved: true, count: 2 }, attempts: [{}, {}, {}] })).toEqual([
      '/persuasion/count count-below-log',
      '/persuasion/deferralApproved deferral-too-early',
    ]);
    expect(codes(dropoutPersuasionRule, 'dropout-registration', { persuasion: { count: 2 }, attempts: [{}, {}] })).toEqual([]);
    expect(codes(dropoutPersuasionRule, 'dropout-registration', { persuasion: { deferralApproved: true, count: 5 }, attempts: 'x' })).toEqual([]);
  });

  it('asks for the reason of 未复学 when it is missing or blank', () => {
    for (const notReturnedReason of [undefined, null, '', '  ']) {
      expect(run(dropoutPersuasionRule, 'dropout-registration', { persuasion: { result: '未复学', notReturnedReason } }), String(notReturnedReason)).toEqual([
        '/persuasion/notReturnedReason missing-field  请填写“未复学原因”（劝返结果为未复学）。',
      ]);
    }
    expect(run(dropoutPersuasionRule, 'dropout-registration', { persuasion: { result: '未复学', notReturnedReason: 0 } })).toEqual([]);
  });

  it('ignores a record without a persuasion object', () => {
    for (const persuasion of [undefined, null, [], 'x']) expect(run(dropoutPersuasionRule, 'dropout-registration', { persuasion, attempts: [{}] })).toEqual([]);
  });
});

describe('persuasionRecordRule', () => {
  it('keeps attempts after the student left and in order, and asks for the return date', () => {
    expect(
      run(persuasionRecordRule, 'persuasion-record', { leftDate: '2022-03-01', attempts: [{ date: '2022-02-01' }, { date: '2022-03-05' }, { date: '2022-03-04' }], outcome: { returned: true } }),
    ).toEqual([
      '/attempts/0/date before-left  劝返记录第1条的“劝返日期”2022-02-01 早于“离校日期”2022-03-01。',
      '/attempts/2/date out-of-order  劝返记录第3条的“劝返日期”2022-03-04 早于上一条劝返记录（2022-03-05），请按时间先后填写。',
      '/outcome/returnDate missing-field  请填写“复学日期”（已复学）。',
    ]);
  });

  it('accepts attempts on the day the student left and on the same day as the previous one', () => {
    expect(run(persuasionRecordRule, 'persuasion-record', { leftDate: '2022-03-01', attempts: [{ date: '2022-03-01' }, { date: '2022-03-01' }, { date: '2022-03-02' }] })).toEqual([]);
  });

  it('orders attempts without a 离校日期, skipping wrong dates', () => {
    expect(codes(persuasionRecordRule, 'persuasion-record', { attempts: [{ date: '2022-03-05' }, { date: '2022-02-30' }, { date: '2099-01-01' }, {}, { date: '2022-03-04' }] })).toEqual([
      '/attempts/4/date out-of-order',
    ]);
    // a date before the 离校日期 is only that, and the order goes on from it
    expect(codes(persuasionRecordRule, 'persuasion-record', { leftDate: '2022-03-01', attempts: [{ date: '2022-03-05' }, { date: '2022-02-01' }, { date: '2022-02-02' }] })).toEqual([
      '/attempts/1/date before-left',
      '/attempts/2/date before-left',
    ]);
    expect(codes(persuasionRecordRule, 'persuasion-record', { attempts: 'x' })).toEqual([]);
  });

  it('checks the return date against the 离校日期', () => {
    expect(run(persuasionRecordRule, 'persuasion-record', { leftDate: '2022-03-01', outcome: { returned: true, returnDate: '2022-02-01' } })).toEqual([
      '/outcome/returnDate before-left  “复学日期”2022-02-01 早于“离校日期”2022-03-01。',
    ]);
    for (const returnDate of ['2022-03-01', '2022-04-01', '2099-01-01']) {
      expect(codes(persuasionRecordRule, 'persuasion-record', { leftDate: '2022-03-01', outcome: { returned: true, returnDate } }), returnDate).toEqual([]);
    }
    expect(codes(persuasionRecordRule, 'persuasion-record', { outcome: { returned: true, returnDate: '2022-02-01' } })).toEqual([]);
    // a wrong date has its own message; a missing one is asked for
    expect(codes(persuasionRecordRule, 'persuasion-record', { outcome: { returned: true, returnDate: '2022-02-30' } })).toEqual([]);
    for (const returnDate of [null, '', ' ']) expect(codes(persuasionRecordRule, 'persuasion-record', { outcome: { returned: true, returnDate } })).toEqual(['/outcome/returnDate missing-field']);
  });

  it('asks for the reason when the student has not returned', () => {
    expect(run(persuasionRecordRule, 'persuasion-record', { outcome: { returned: false } })).toEqual(['/outcome/notReturnedReason missing-field  请填写“未复学原因”（尚未复学）。']);
    expect(run(persuasionRecordRule, 'persuasion-record', { outcome: { returned: false, notReturnedReason: '外出务工' } })).toEqual([]);
    expect(run(persuasionRecordRule, 'persuasion-record', { outcome: { notReturnedReason: '' } })).toEqual([]);
    expect(run(persuasionRecordRule, 'persuasion-record', { outcome: [] })).toEqual([]);
  });
});

describe('homeEducationRule', () => {
  it('wants a man among the teachers, known teachers, and no gap over 7 days', () => {
    expect(
      run(homeEducationRule, 'home-education-record', {
        teachers: [{ name: '甲', gender: '女' }, { name: '乙', gender: '女' }],
        visits: [{ date: '2022-03-01', teachers: ['甲', '乙'] }, { date: '2022-03-09', teachers: ['丙'] }],
      }),
    ).toEqual([
      '/teachers no-male-teacher  “送教教师”中没有男教师；送教入户至少两人同行，其中至少一名男教师。',
      '/visits/0/teachers no-male-teacher  送教记录第1条的“本次送教教师”中没有男教师；送教入户至少两人同行，其中至少一名男教师。',
      '/visits/1/teachers/0 unknown-teacher  送教记录第2条的“本次送教教师”第1项“丙”不在“送教教师”名单中，请先在名单中添加这位教师。',
      '/visits/1/date visits-too-sparse  送教记录第2条的“送教日期”2022-03-09 与上一次送教（2022-03-01）相隔 8 天；每周送教不少于 1 次。',
    ]);
  });

  it('accepts visits 7 days apart, in any order, with a man among two teachers', () => {
    expect(maxDaysBetweenVisits).toBe(7);
    const teachers = [{ name: '甲', gender: '女' }, { name: '乙', gender: '男' }];
    const visits = [{ date: '2022-03-15', teachers: ['甲', '乙'] }, { date: '2022-03-01', teachers: ['乙', '甲'] }, { date: '2022-03-08', teachers: ['乙'] }];
    expect(run(homeEducationRule, 'home-education-record', { teachers, visits })).toEqual([]);
  });

  it('measures gaps between the visits in date order, the same day kept in record order', () => {
    const teachers = [{ name: '乙', gender: '男' }];
    const visits = [{ date: '2022-03-20' }, { date: '2022-03-01' }, { date: '2022-03-01' }, { date: '2022-03-10' }, { date: '2099-01-01' }, { date: '2022-02-30' }];
    expect(codes(homeEducationRule, 'home-education-record', { teachers, visits })).toEqual(['/visits/3/date visits-too-sparse', '/visits/0/date visits-too-sparse']);
    expect(run(homeEducationRule, 'home-education-record', { teachers, visits: [{ date: '2022-03-10' }, { date: '2022-03-01' }] })).toEqual([
      '/visits/0/date visits-too-sparse  送教记录第1条的“送教日期”2022-03-10 与上一次送教（2022-03-01）相隔 9 天；每周送教不少于 1 次。',
    ]);
  });

  it('names unknown teachers, but judges the men only of a visit whose teachers are all known', () => {
    const teachers = [{ name: '甲', gender: '女' }, { name: '乙', gender: '男' }, { gender: '男' }, '丙'];
    const visits = [{ teachers: ['甲', '丁'] }, { teachers: ['甲'] }, { teachers: ['甲', 7, '甲'] }, { teachers: '甲' }, null, { teachers: ['乙', '丙'] }];
    expect(codes(homeEducationRule, 'home-education-record', { teachers, visits })).toEqual([
      '/visits/0/teachers/1 unknown-teacher',
      '/visits/2/teachers no-male-teacher',
      '/visits/5/teachers/1 unknown-teacher',
    ]);
  });

  it('says nothing of an empty roster or a roster with a man', () => {
    expect(codes(homeEducationRule, 'home-education-record', { teachers: [] })).toEqual([]);
    expect(codes(homeEducationRule, 'home-education-record', { teachers: 'x', visits: 'x' })).toEqual([]);
    expect(codes(homeEducationRule, 'home-education-record', { teachers: [{ name: '甲', gender: '女' }, { name: '乙', gender: '男' }] })).toEqual([]);
  });
});

describe('verificationCategoryRule', () => {
  const j = (categories: FormJurisdiction['categories']): FormJurisdiction => ({ id: 't', name: '唐河县', categories });
  const ab = () => j([{ code: 'A', label: '甲类', evidence: ['证明一', '证明二'] }, { code: 'B', label: '乙类', evidence: [] }]);

  it('asks for a category, names the allowed ones, and checks the label', () => {
    for (const categoryCode of [undefined, '', 3]) {
      expect(run(verificationCategoryRule, 'verification', { categoryCode }, ab())).toEqual(['/categoryCode missing-field  请选择“类别代码”：唐河县规定了 A、B 类。']);
    }
    expect(run(verificationCategoryRule, 'verification', { categoryCode: 'Z' }, ab())).toEqual(['/categoryCode unknown-category  “类别代码”“Z”不是唐河县规定的类别，可选：A（甲类）、B（乙类）。']);
    expect(run(verificationCategoryRule, 'verification', { categoryCode: 'B', categoryLabel: '甲类' }, ab())).toEqual(['/categoryLabel category-label-mismatch  “核查类别”应为“乙类”（B 类），实际是“甲类”。']);
    expect(run(verificationCategoryRule, 'verification', { categoryCode: 'B', categoryLabel: '乙类' }, ab())).toEqual([]);
    expect(run(verificationCategoryRule, 'verification', { categoryCode: 'B' }, ab())).toEqual([]);
  });

  it('wants every document of the category listed and kept', () => {
    expect(run(verificationCategoryRule, 'verification', { categoryCode: 'A', evidence: [{ name: '证明二', provided: false }, 'x', { name: '证明一', provided: true }] }, ab())).toEqual([
      '/evidence/0/provided evidence-not-kept  证明材料第1条的“已留存”：“证明二”尚未留存；A 类（甲类）须留存这项材料。',
    ]);
    expect(run(verificationCategoryRule, 'verification', { categoryCode: 'A', evidence: [{ name: '证明二', provided: 'yes' }] }, ab())).toEqual([
      '/evidence missing-evidence  A 类（甲类）须留存“证明一”，“证明材料”中没有这一项。',
      '/evidence/0/provided evidence-not-kept  证明材料第1条的“已留存”：“证明二”尚未留存；A 类（甲类）须留存这项材料。',
    ]);
    expect(codes(verificationCategoryRule, 'verification', { categoryCode: 'A', evidence: 'x' }, ab())).toEqual(['/evidence missing-evidence', '/evidence missing-evidence']);
    expect(run(verificationCategoryRule, 'verification', { categoryCode: 'A', evidence: [{ name: '证明一', provided: true }, { name: '证明二', provided: true }] }, ab())).toEqual([]);
  });

  it('accepts any one complete situation of a category with alternatives', () => {
    const m = j([{ code: 'M', label: '其他', evidence: ['情形一：证明一'], evidenceAlternatives: [{ situation: '情形一', evidence: ['证明一', '证明二'] }, { situation: '情形二', evidence: ['证明三'] }] }]);
    expect(run(verificationCategoryRule, 'verification', { categoryCode: 'M', categoryLabel: '其它', evidence: [{ name: '情形一：证明一', provided: true }, { name: '情形二：证明三', provided: false }] }, m)).toEqual([
      '/categoryLabel category-label-mismatch  “核查类别”应为“其他”（M 类），实际是“其它”。',
      '/evidence evidence-no-situation-complete  M 类（其他）视不同情况留存材料，任一情形的材料都留存即可，“证明材料”中还没有一种情形齐全：“情形一”还缺“证明二”；“情形二”还缺“证明三”。',
    ]);
    expect(run(verificationCategoryRule, 'verification', { categoryCode: 'M', evidence: [{ name: '证明三', provided: true }] }, m)).toEqual([
      '/evidence evidence-no-situation-complete  M 类（其他）视不同情况留存材料，任一情形的材料都留存即可，“证明材料”中还没有一种情形齐全：“情形一”还缺“证明一”“证明二”；“情形二”还缺“证明三”。',
    ]);
    expect(run(verificationCategoryRule, 'verification', { categoryCode: 'M', evidence: [{ name: '情形二：证明三', provided: true }] }, m)).toEqual([]);
    expect(run(verificationCategoryRule, 'verification', { categoryCode: 'M', evidence: [{ name: '情形一：证明一', provided: true }, { name: '情形一：证明二', provided: true }] }, m)).toEqual([]);
    // an empty list of alternatives is a plain category
    const plain = j([{ code: 'M', label: '其他', evidence: ['证明一'], evidenceAlternatives: [] }]);
    expect(codes(verificationCategoryRule, 'verification', { categoryCode: 'M' }, plain)).toEqual(['/evidence missing-evidence']);
  });

  it('checks nothing without categories, and lists what a category requires', () => {
    expect(run(verificationCategoryRule, 'verification', { categoryCode: 'Z' }, j([]))).toEqual([]);
    expect(run(verificationCategoryRule, 'verification', { categoryCode: 'Z' })).toEqual([]);
    expect(requiredEvidence({ code: 'A', label: '甲类', evidence: ['证明一'] })).toEqual(['证明一']);
    expect(requiredEvidence(undefined)).toEqual([]);
  });
});

describe('returnNoticeRule and responsibilityPledgeRule dates', () => {
  it('wants the deadline after the issue date and the student gone before it', () => {
    expect(run(returnNoticeRule, 'return-notice', { issueDate: '2022-03-10', deadline: '2022-03-10', leftDate: '2022-03-11' })).toEqual([
      '/deadline deadline-not-after-issue  “限期日期”2022-03-10 应晚于“发文日期”2022-03-10。',
      '/leftDate left-after-issue  “离校日期”2022-03-11 晚于“发文日期”2022-03-10。',
    ]);
    expect(run(returnNoticeRule, 'return-notice', { issueDate: '2022-03-10', deadline: '2022-03-11', leftDate: '2022-03-10' })).toEqual([]);
    // the deadline may lie in the future; nothing is compared with a missing issue date
    expect(run(returnNoticeRule, 'return-notice', { issueDate: '2022-03-10', deadline: '2099-03-01' })).toEqual([]);
    expect(run(returnNoticeRule, 'return-notice', { deadline: '2022-03-01', leftDate: '2022-03-11' })).toEqual([]);
  });

  it('wants the pledge to end after it starts and each indicator once', () => {
    expect(run(responsibilityPledgeRule, 'responsibility-pledge', { startDate: '2022-03-10', endDate: '2022-03-10', targets: [{ indicator: 'x', comparator: '>=', value: 1 }, { indicator: 'y' }, { indicator: 'x' }, 'x', { indicator: 3 }] })).toEqual([
      '/endDate end-not-after-start  “责任期结束”2022-03-10 应晚于“责任期开始”2022-03-10。',
      '/targets/2/indicator duplicate-target  工作目标第3条的“指标”与工作目标第1条重复，每个指标只填一行。',
    ]);
    expect(run(responsibilityPledgeRule, 'responsibility-pledge', { startDate: '2022-03-10', endDate: '2022-03-11', targets: 'x' })).toEqual([]);
    expect(run(responsibilityPledgeRule, 'responsibility-pledge', { endDate: '2022-03-01' })).toEqual([]);
  });

  it('warns of a looser pledge only for a known indicator, a number and a known comparator', () => {
    const jurisdiction: FormJurisdiction = { id: 't', name: '唐河县', categories: [], targets: [{ indicator: 'dropout-rate', comparator: '<=', value: 0.6 }] };
    const pledge = (t: Record<string, unknown>) => run(responsibilityPledgeRule, 'responsibility-pledge', { targets: [t] }, jurisdiction);
    expect(pledge({ indicator: 'dropout-rate', comparator: '<=', value: 0.8 })).toEqual([
      '/targets/0/value looser-than-jurisdiction (warning)  工作目标第1条的“目标值（%）”：年辍学率不高于 0.8%，比唐河县的目标（不高于 0.6%）宽松，请核对。',
    ]);
    expect(pledge({ indicator: 'dropout-rate', comparator: '<=', value: 0.6 })).toEqual([]);
    expect(pledge({ indicator: 'dropout-rate', comparator: '<=', value: '0.8' })).toEqual([]);
    expect(pledge({ indicator: 'dropout-rate', comparator: '<', value: 0.8 })).toEqual([]);
    expect(pledge({ indicator: 'consolidation-rate', comparator: '>=', value: 1 })).toEqual([]);
    expect(codes(responsibilityPledgeRule, 'responsibility-pledge', { targets: [{ indicator: 'dropout-rate', comparator: '=', value: 0.7 }] }, jurisdiction)).toEqual([
      '/targets/0/value looser-than-jurisdiction (warning)',
    ]);
    expect(codes(responsibilityPledgeRule, 'responsibility-pledge', { targets: [{ indicator: 'dropout-rate', comparator: '>=', value: 0.5 }] }, jurisdiction)).toEqual([
      '/targets/0/value looser-than-jurisdiction (warning)',
    ]);
    expect(isLooserTarget({ comparator: '=', value: 0.6 }, { comparator: '<=', value: 0.6 })).toBe(false);
    expect(isLooserTarget({ comparator: '<=', value: 0.6 }, { comparator: '=', value: 0.6 })).toBe(true);
  });
});
