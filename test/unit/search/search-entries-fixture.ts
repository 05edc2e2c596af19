/** A tiny configuration for search-entries-small.test.ts: two documents with text, one without, two jurisdictions, three forms. */
import type { PolicyDocument } from '../../../site/generated/types/policy-document.ts';
import type { ResolvedJurisdiction } from '../../../site/lib/config/resolve.ts';
import type { FormSchemaInfo, SearchSources } from '../../../site/lib/search/search-entries.ts';

export function tinySources(): SearchSources {
  const gb = {
    id: 'guobanfa-2017-72',
    title: '国务院办公厅关于进一步加强控辍保学的通知',
    docNumber: '国办发〔2017〕72号',
    issuer: '国务院办公厅',
    level: 'national',
    status: 'in-force',
    numbering: 'continuous',
    preamble: '为了控辍保学。',
    statusDate: '2017-09-01',
    attachments: [{ title: '2017年辍学学生登记表', form: 'dropout-registration' }, { title: '说明' }],
    clauses: [
      { id: 'c2', label: '2', heading: '劝返', text: '辍学学生劝返复学。', keywords: ['劝返复学'] },
      { id: 'c11', label: '11', text: '学籍标注。' },
    ],
  } as PolicyDocument;
  const old = { id: 'old', title: '旧办法全称', shortTitle: '旧办法', issuer: '某厅', level: 'province', jurisdiction: 'henan', status: 'repealed', statusDate: '2020-01-01', fullText: false } as PolicyDocument;
  const th = {
    id: 'th',
    title: '唐河方案',
    issuer: '唐河县教育局',
    level: 'county',
    jurisdiction: 'tanghe',
    status: 'expired',
    statusDate: '2025-01-01',
    clauses: [{ id: 's1', label: '一', heading: '总则', clauses: [{ id: 's1-1', label: '（一）', text: '控辍保学。' }] }],
  } as PolicyDocument;
  const from = 'national';
  const national = {
    id: 'national',
    name: '国家',
    level: 'national',
    documents: ['guobanfa-2017-72', 'guobanfa-2017-72'],
    procedures: [
      { id: 'p1', title: '劝返程序', summary: '先家访', steps: [{ label: '家访', action: '上门', actor: '班主任', document: '家访记录' }, { action: '报告' }], from, source: 'guobanfa-2017-72#c2' },
    ],
    escalation: [
      { id: 'e1', after: 'P3D', action: '上报', actor: '校长', mark: '辍学', from },
      { id: 'e2', attempts: 3, action: '报县', actor: '乡镇', from },
      { id: 'e3', afterText: '长期不到校', action: '报警', actor: '公安', from, source: 'old#x' },
      { id: 'e4', action: '记录', actor: '班主任', from },
    ],
    calendar: [
      { id: 'k1', title: '月报', frequency: 'monthly', dayOfMonth: 20, actor: '学校', recipient: '县局', note: '按时', from },
      { id: 'k2', title: '开学核查', frequency: 'term-start', withinDays: 10, from },
      { id: 'k3', title: '开学初', frequency: 'term-start', from },
      { id: 'k4', title: '年报', frequency: 'yearly', months: [3, 9], from },
      { id: 'k5', title: '一次', frequency: 'once', date: '2026-09-01', from },
      { id: 'k6', title: '每月无日', frequency: 'monthly', from },
    ],
    categories: [
      { code: 'A', label: '转学', includes: '外省转入', evidence: ['转学证明', '学籍卡'], followUp: '核实去向', from },
      { code: 'B', label: '病休', evidence: ['病历'], evidenceAlternatives: [{ situation: '住院', evidence: ['病历', '证明'] }, { situation: '在家', evidence: ['诊断'] }], from },
    ],
    duties: [{ unit: '教育局', items: [{ text: '统筹' }, { text: '督导', source: 'guobanfa-2017-72#c11' }], from }],
    leadingGroup: {
      from,
      leader: { unit: '政府', title: '副县长', name: '张三' },
      deputies: [{ unit: '教育局', title: '局长' }],
      members: [{ unit: '公安局' }, { unit: '民政局', name: '王五' }],
      office: { unit: '教育局', director: { unit: '教育局', title: '股长', name: '李四' }, responsibilities: '日常工作' },
      meetings: '每月一次',
      name: '国家领导小组',
    },
    forms: ['dropout-registration'],
  } as unknown as ResolvedJurisdiction;
  const tanghe = {
    id: 'tanghe',
    name: '唐河县',
    level: 'county',
    documents: ['guobanfa-2017-72', 'th', 'old'],
    procedures: [national.procedures[0], { id: 'p2', title: '唐河程序', steps: [], from: 'tanghe' }],
    escalation: [national.escalation[0]],
    calendar: [national.calendar[0]],
    categories: [national.categories[0]],
    duties: [{ unit: '教育局', items: [{ text: '县里统筹' }], from }, { unit: '教育局', items: [{ text: '重复' }], from }, { unit: '乡镇', items: [{ text: '摸排' }], from: 'tanghe' }],
    leadingGroup: { from: 'tanghe', leader: { unit: '县政府' }, office: { unit: '县教育局' } },
    forms: ['monthly-report', 'dropout-registration'],
  } as unknown as ResolvedJurisdiction;
  const forms: FormSchemaInfo[] = [
    {
      id: 'dropout-registration',
      schema: {
        title: '辍学学生登记表',
        description: '登记辍学学生',
        properties: {
          name: { title: '姓名', description: '写全名' },
          extra: { $ref: '#/$defs/extra' },
          guardians: { title: '监护人', items: { $ref: '#/$defs/guardian' } },
          school: { title: '学校', properties: { code: { title: '代码', description: '学校代码' } } },
          plain: { title: '无说明' },
          untitled: { description: '无标题' },
          home: { $ref: '#/$defs/address', description: '家庭住址' },
          nowhere: { $ref: '#/$defs/missing', title: '缺', description: '引用不存在' },
        },
        $defs: {
          guardian: { properties: { phone: { title: '电话', description: '手机号' }, kin: { title: '关系', properties: { note: { title: '备注', description: '说明关系' } } } } },
          extra: { title: '本地补充', description: '补充', properties: { a: { title: 'A', description: 'a' } } },
          address: { title: '住址' },
        },
      },
    },
    { id: 'monthly-report', schema: { properties: { n: { title: '人数', description: '在籍人数' } } } },
    { id: 'unused', schema: { title: '无人用', description: '没有辖区用', properties: { x: { title: 'X', description: 'x' } } } },
  ];
  return { documents: [gb, old, th], jurisdictions: [national, tanghe], forms };
}
