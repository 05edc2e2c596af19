/**
 * searchStore on a tiny configuration (search-entries-fixture.ts, built in each
 * test): every entry it makes, field by field, and the document table. Fast
 * enough for mutation testing, unlike the tests that index the whole site.
 */
import { describe, expect, it } from 'vitest';
import { searchStore } from '../../../site/lib/search/search-entries.ts';
import type { ResolvedJurisdiction } from '../../../site/lib/config/resolve.ts';
import { tinySources } from './search-entries-fixture.ts';

const expectedEntries = () => [
  {
    ref: 'guobanfa-2017-72#preamble',
    kind: 'clause',
    title: '国办发〔2017〕72号 导语',
    heading: '',
    text: '为了控辍保学。',
    keywords: [],
    url: '/policies/guobanfa-2017-72/#preamble',
    document: 'guobanfa-2017-72',
    jurisdictions: ['national', 'tanghe'],
    level: 'national',
  },
  {
    ref: 'guobanfa-2017-72#c2',
    kind: 'clause',
    title: '国办发〔2017〕72号 第2条',
    heading: '劝返',
    text: '辍学学生劝返复学。',
    keywords: ['劝返复学'],
    url: '/policies/guobanfa-2017-72/#c2',
    document: 'guobanfa-2017-72',
    jurisdictions: ['national', 'tanghe'],
    level: 'national',
  },
  {
    ref: 'guobanfa-2017-72#c11',
    kind: 'clause',
    title: '国办发〔2017〕72号 第11条',
    heading: '',
    text: '学籍标注。',
    keywords: [],
    url: '/policies/guobanfa-2017-72/#c11',
    document: 'guobanfa-2017-72',
    jurisdictions: ['national', 'tanghe'],
    level: 'national',
  },
  {
    ref: 'old',
    kind: 'clause',
    title: '旧办法',
    heading: '旧办法全称',
    text: '某厅。本站仅收录该文件的基本信息，未收录全文。',
    keywords: [],
    url: '/policies/old/',
    document: 'old',
    jurisdictions: ['tanghe'],
    origin: 'henan',
    level: 'province',
    status: 'repealed',
  },
  {
    ref: 'th#s1',
    kind: 'clause',
    title: '唐河方案 第一部分',
    heading: '总则',
    text: '',
    keywords: [],
    url: '/policies/th/#s1',
    document: 'th',
    jurisdictions: ['tanghe'],
    origin: 'tanghe',
    level: 'county',
    status: 'expired',
  },
  {
    ref: 'th#s1-1',
    kind: 'clause',
    title: '唐河方案 一（一）',
    heading: '',
    text: '控辍保学。',
    keywords: [],
    url: '/policies/th/#s1-1',
    document: 'th',
    jurisdictions: ['tanghe'],
    origin: 'tanghe',
    level: 'county',
    status: 'expired',
  },
  {
    ref: 'procedure:national/p1',
    kind: 'procedure',
    title: '国家 · 工作程序',
    heading: '劝返程序',
    text: '先家访\n1. 家访：上门（班主任）文书：家访记录\n2. 报告',
    keywords: [],
    url: '/national/procedures/#procedure-p1',
    jurisdictions: ['national', 'tanghe'],
    origin: 'national',
    level: 'national',
    document: 'guobanfa-2017-72',
  },
  {
    ref: 'escalation:national/e1',
    kind: 'procedure',
    title: '国家 · 缺勤处置',
    heading: '无故缺勤3天',
    text: '上报（责任人：校长）学籍标注：辍学。',
    keywords: ['辍学'],
    url: '/national/procedures/#escalation',
    jurisdictions: ['national', 'tanghe'],
    origin: 'national',
    level: 'national',
  },
  {
    ref: 'escalation:national/e2',
    kind: 'procedure',
    title: '国家 · 缺勤处置',
    heading: '劝返3次以上',
    text: '报县（责任人：乡镇）',
    keywords: [],
    url: '/national/procedures/#escalation',
    jurisdictions: ['national'],
    origin: 'national',
    level: 'national',
  },
  {
    ref: 'escalation:national/e3',
    kind: 'procedure',
    title: '国家 · 缺勤处置',
    heading: '长期不到校',
    text: '报警（责任人：公安）',
    keywords: [],
    url: '/national/procedures/#escalation',
    jurisdictions: ['national'],
    origin: 'national',
    level: 'national',
    document: 'old',
    status: 'repealed',
  },
  {
    ref: 'escalation:national/e4',
    kind: 'procedure',
    title: '国家 · 缺勤处置',
    heading: '',
    text: '记录（责任人：班主任）',
    keywords: [],
    url: '/national/procedures/#escalation',
    jurisdictions: ['national'],
    origin: 'national',
    level: 'national',
  },
  {
    ref: 'calendar:national/k1',
    kind: 'procedure',
    title: '国家 · 工作日历',
    heading: '月报',
    text: '每月20日前。责任人：学校。报送：县局。按时',
    keywords: [],
    url: '/national/procedures/#calendar',
    jurisdictions: ['national', 'tanghe'],
    origin: 'national',
    level: 'national',
  },
  {
    ref: 'calendar:national/k2',
    kind: 'procedure',
    title: '国家 · 工作日历',
    heading: '开学核查',
    text: '每学期开学后10日内',
    keywords: [],
    url: '/national/procedures/#calendar',
    jurisdictions: ['national'],
    origin: 'national',
    level: 'national',
  },
  {
    ref: 'calendar:national/k3',
    kind: 'procedure',
    title: '国家 · 工作日历',
    heading: '开学初',
    text: '每学期开学初',
    keywords: [],
    url: '/national/procedures/#calendar',
    jurisdictions: ['national'],
    origin: 'national',
    level: 'national',
  },
  {
    ref: 'calendar:national/k4',
    kind: 'procedure',
    title: '国家 · 工作日历',
    heading: '年报',
    text: '每年3月、9月',
    keywords: [],
    url: '/national/procedures/#calendar',
    jurisdictions: ['national'],
    origin: 'national',
    level: 'national',
  },
  {
    ref: 'calendar:national/k5',
    kind: 'procedure',
    title: '国家 · 工作日历',
    heading: '一次',
    text: '2026-09-01',
    keywords: [],
    url: '/national/procedures/#calendar',
    jurisdictions: ['national'],
    origin: 'national',
    level: 'national',
  },
  {
    ref: 'calendar:national/k6',
    kind: 'procedure',
    title: '国家 · 工作日历',
    heading: '每月无日',
    text: '',
    keywords: [],
    url: '/national/procedures/#calendar',
    jurisdictions: ['national'],
    origin: 'national',
    level: 'national',
  },
  {
    ref: 'category:national/A',
    kind: 'form-field',
    title: '国家 · 核查类别',
    heading: 'A. 转学',
    text: '包括外省转入。证明材料：转学证明；学籍卡。核实去向',
    keywords: ['转学'],
    url: '/national/procedures/#category-A',
    jurisdictions: ['national', 'tanghe'],
    origin: 'national',
    level: 'national',
  },
  {
    ref: 'category:national/B',
    kind: 'form-field',
    title: '国家 · 核查类别',
    heading: 'B. 病休',
    text: '证明材料（任一情形的材料齐全即可）：住院：病历、证明；在家：诊断',
    keywords: ['病休'],
    url: '/national/procedures/#category-B',
    jurisdictions: ['national'],
    origin: 'national',
    level: 'national',
  },
  {
    ref: 'duty:national/教育局/1',
    kind: 'duty',
    title: '国家 · 责任分工',
    heading: '教育局',
    text: '统筹',
    keywords: [],
    url: '/national/duties/#duties-national',
    jurisdictions: ['national', 'tanghe'],
    origin: 'national',
    level: 'national',
  },
  {
    ref: 'duty:national/教育局/2',
    kind: 'duty',
    title: '国家 · 责任分工',
    heading: '教育局',
    text: '督导',
    keywords: [],
    url: '/national/duties/#duties-national',
    jurisdictions: ['national', 'tanghe'],
    origin: 'national',
    level: 'national',
    document: 'guobanfa-2017-72',
  },
  {
    ref: 'leading-group:national',
    kind: 'duty',
    title: '国家 · 领导小组',
    heading: '国家领导小组',
    text: '组长：张三 政府副县长\n副组长：教育局局长\n成员：公安局，王五 民政局\n办公室设在教育局，主任：李四 教育局股长。日常工作\n每月一次',
    keywords: ['领导小组'],
    url: '/national/duties/#leading-group',
    jurisdictions: ['national'],
    origin: 'national',
    level: 'national',
  },
  {
    ref: 'procedure:tanghe/p2',
    kind: 'procedure',
    title: '唐河县 · 工作程序',
    heading: '唐河程序',
    text: '',
    keywords: [],
    url: '/tanghe/procedures/#procedure-p2',
    jurisdictions: ['tanghe'],
    origin: 'tanghe',
    level: 'county',
  },
  {
    ref: 'duty:tanghe/乡镇/1',
    kind: 'duty',
    title: '唐河县 · 责任分工',
    heading: '乡镇',
    text: '摸排',
    keywords: [],
    url: '/tanghe/duties/#duties-tanghe',
    jurisdictions: ['tanghe'],
    origin: 'tanghe',
    level: 'county',
  },
  {
    ref: 'leading-group:tanghe',
    kind: 'duty',
    title: '唐河县 · 领导小组',
    heading: '唐河县控辍保学领导小组',
    text: '组长：县政府\n办公室设在县教育局',
    keywords: ['领导小组'],
    url: '/tanghe/duties/#leading-group',
    jurisdictions: ['tanghe'],
    origin: 'tanghe',
    level: 'county',
  },
  {
    ref: 'form:dropout-registration',
    kind: 'form',
    title: '标准表单',
    heading: '辍学学生登记表',
    text: '登记辍学学生\n填写依据：国办发〔2017〕72号 第2条（劝返）；国办发〔2017〕72号 第11条',
    keywords: ['辍学学生登记表', '2017年辍学学生登记表'],
    url: '/national/forms/dropout-registration/',
    jurisdictions: ['national', 'tanghe'],
    level: 'national',
  },
  {
    ref: 'form-field:dropout-registration/name',
    kind: 'form-field',
    title: '辍学学生登记表 · 填表说明',
    heading: '姓名',
    text: '写全名',
    keywords: [],
    url: '/national/forms/dropout-registration/#f_name',
    jurisdictions: ['national', 'tanghe'],
    level: 'national',
  },
  {
    ref: 'form-field:dropout-registration/guardians.phone',
    kind: 'form-field',
    title: '辍学学生登记表 · 填表说明',
    heading: '监护人 › 电话',
    text: '手机号',
    keywords: [],
    url: '/national/forms/dropout-registration/#f_guardians',
    jurisdictions: ['national', 'tanghe'],
    level: 'national',
  },
  {
    ref: 'form-field:dropout-registration/guardians.kin.note',
    kind: 'form-field',
    title: '辍学学生登记表 · 填表说明',
    heading: '监护人 › 关系 › 备注',
    text: '说明关系',
    keywords: [],
    url: '/national/forms/dropout-registration/#f_guardians',
    jurisdictions: ['national', 'tanghe'],
    level: 'national',
  },
  {
    ref: 'form-field:dropout-registration/school.code',
    kind: 'form-field',
    title: '辍学学生登记表 · 填表说明',
    heading: '学校 › 代码',
    text: '学校代码',
    keywords: [],
    url: '/national/forms/dropout-registration/#f_school_code',
    jurisdictions: ['national', 'tanghe'],
    level: 'national',
  },
  {
    ref: 'form-field:dropout-registration/home',
    kind: 'form-field',
    title: '辍学学生登记表 · 填表说明',
    heading: '住址',
    text: '家庭住址',
    keywords: [],
    url: '/national/forms/dropout-registration/#f_home',
    jurisdictions: ['national', 'tanghe'],
    level: 'national',
  },
  {
    ref: 'form-field:dropout-registration/nowhere',
    kind: 'form-field',
    title: '辍学学生登记表 · 填表说明',
    heading: '缺',
    text: '引用不存在',
    keywords: [],
    url: '/national/forms/dropout-registration/#f_nowhere',
    jurisdictions: ['national', 'tanghe'],
    level: 'national',
  },
  {
    ref: 'form:monthly-report',
    kind: 'form',
    title: '标准表单',
    heading: 'monthly-report',
    text: '',
    keywords: ['monthly-report'],
    url: '/tanghe/forms/monthly-report/',
    jurisdictions: ['tanghe'],
    level: 'county',
  },
  {
    ref: 'form-field:monthly-report/n',
    kind: 'form-field',
    title: 'monthly-report · 填表说明',
    heading: '人数',
    text: '在籍人数',
    keywords: [],
    url: '/tanghe/forms/monthly-report/#f_n',
    jurisdictions: ['tanghe'],
    level: 'county',
  },
];
const expectedDocuments = () => [
  {
    id: 'guobanfa-2017-72',
    title: '国务院办公厅关于进一步加强控辍保学的通知',
    label: '国办发〔2017〕72号',
    docNumber: '国办发〔2017〕72号',
    level: 'national',
    numbering: 'continuous',
    clauses: [
      ['2', 'c2'],
      ['11', 'c11'],
    ],
    attachments: [
      { title: '2017年辍学学生登记表', form: 'dropout-registration' },
      { title: '说明' },
    ],
  },
  {
    id: 'old',
    title: '旧办法全称',
    label: '旧办法',
    level: 'province',
    numbering: 'nested',
    jurisdiction: 'henan',
    status: 'repealed',
    statusDate: '2020-01-01',
    clauses: [],
  },
  {
    id: 'th',
    title: '唐河方案',
    label: '唐河方案',
    level: 'county',
    numbering: 'nested',
    jurisdiction: 'tanghe',
    status: 'expired',
    statusDate: '2025-01-01',
    clauses: [
      ['一', 's1'],
      ['一(一)', 's1-1'],
    ],
  },
];

describe('searchStore on a tiny configuration', () => {
  it('makes exactly these entries: clauses, a document without text, guidance, forms and field help', () => {
    const store = searchStore(tinySources());
    expect(store.entries.map((e) => e.ref)).toEqual(
      expectedEntries().map((e) => e.ref),
    );
    store.entries.forEach((e, k) =>
      expect(e, e.ref).toEqual(expectedEntries()[k]),
    );
  });

  it('describes each document for labels, numbers and 附件', () => {
    expect(searchStore(tinySources()).documents).toEqual(expectedDocuments());
  });

  it('lists the jurisdictions with their names and levels only', () => {
    expect(searchStore(tinySources()).jurisdictions).toEqual([
      { id: 'national', name: '国家', level: 'national' },
      { id: 'tanghe', name: '唐河县', level: 'county' },
    ]);
  });

  it('links a form to the highest jurisdiction using it, whatever their order', () => {
    const sources = tinySources();
    sources.jurisdictions.reverse();
    const store = searchStore(sources);
    const form = store.entries.find(
      (e) => e.ref === 'form:dropout-registration',
    )!;
    expect(form.url).toBe('/national/forms/dropout-registration/');
    expect(form.level).toBe('national');
    expect(form.jurisdictions).toEqual(['tanghe', 'national']);
    expect(
      store.entries.find(
        (e) => e.ref === 'form-field:dropout-registration/name',
      )!.url,
    ).toBe('/national/forms/dropout-registration/#f_name');
  });

  it('makes no entries without sources, and none for forms nobody uses', () => {
    expect(searchStore({ documents: [], jurisdictions: [] })).toEqual({
      entries: [],
      documents: [],
      jurisdictions: [],
    });
    const sources = tinySources();
    const store = searchStore({
      ...sources,
      forms: sources.forms!.filter((f) => f.id === 'unused'),
    });
    expect(store.entries.filter((e) => e.ref.includes('unused'))).toEqual([]);
    expect(store.entries.filter((e) => e.kind === 'form')).toEqual([]);
  });

  it('gives a document nobody applies no jurisdictions, and a text-less one no clauses', () => {
    const sources = tinySources();
    const store = searchStore({ ...sources, jurisdictions: [] });
    expect(store.entries.map((e) => [e.ref, e.jurisdictions])).toEqual([
      ['guobanfa-2017-72#preamble', []],
      ['guobanfa-2017-72#c2', []],
      ['guobanfa-2017-72#c11', []],
      ['old', []],
      ['th#s1', []],
      ['th#s1-1', []],
    ]);
  });

  it('lists a holder once however many of its items share a key', () => {
    const sources = tinySources();
    const [national] = sources.jurisdictions as [ResolvedJurisdiction];
    national.escalation.push({ ...national.escalation[0]!, id: 'e1' });
    const store = searchStore(sources);
    expect(
      store.entries
        .filter((e) => e.ref === 'escalation:national/e1')
        .map((e) => e.jurisdictions),
    ).toEqual([
      ['national', 'tanghe'],
      ['national', 'tanghe'],
    ]);
  });
});
