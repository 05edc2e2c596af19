/**
 * The clauses that require each form, and the clause behind individual
 * fields (for a field's help to link to). Refs are "<document-id>#<clause-id>"
 * of config/policies/*.yaml; a unit test checks that every ref exists.
 *
 * Stable exports: formSources, fieldSources, sourcesFor(formId, documents).
 */
import type { FormId } from './form-registry.ts';

/** Every clause, in any shipped document, that calls for the form. */
export const formSources: Record<FormId, string[]> = {
  'dropout-registration': [
    'guobanfa-2017-72#c2', // 辍学学生劝返复学、登记与书面报告制度
    'guobanfa-2017-72#c11', // 学籍系统辍学学生标注登记
    'tanghe-jiaoji-2022-33#3-2', // 辍学学生工作台账；附件1 辍学学生登记表
    'qingzhengbanfa-2018-49#3-1-3', // 辍学学生登记和书面报告等制度
    'luzhengban-2019-18#3-1-4', // 辍学学生劝返复学、登记与书面报告制度
  ],
  'monthly-report': [
    'tanghe-jiaoji-2022-33#3-2', // 每月20日前上报月报表（附件2）
    'luzhengban-2019-18#3-1-4', // 控辍保学月报制
    'jinanqu-2022-plan#2-6', // 月底汇总上报月报表，零报告制
  ],
  verification: [
    'tanghe-jiaoji-2022-33#3-1', // 核查6-16岁适龄儿童少年，A–M 类证明材料
    'guobanfa-2017-72#c11', // 学籍系统与人口信息比对核查
    'jinanqu-2022-plan#2-1', // 排查内容
  ],
  'persuasion-record': [
    'guobanfa-2017-72#c2',
    'tanghe-jiaoji-2022-33#3-2', // 劝返过程要留有痕迹
    'qingzhengbanfa-2018-49#3-1-3',
    'jinanqu-2022-plan#3', // 四步法，工作台账
    'luzhengban-2019-18#3-1-4',
  ],
  'home-education-record': [
    'tanghe-jiaoji-2022-33#3-5', // 因病、因残无法正常就读的，送教上门
    'tanghe-jiaoji-2022-33#3-1', // I 类：送教记录、送教场景照片
    'qingzhengbanfa-2018-49#3-4-2',
    'jinanqu-2022-plan#5-2', // 每周送教不少于1次
    'jinanqu-2022-plan#5-5', // 送教内容
    'jinanqu-2022-plan#5-6', // 至少两人同行，其中至少一名男教师
    'jinanqu-2022-plan#5-8', // 送教手册，送教记录要详细
  ],
  'return-notice': [
    'guobanfa-2017-72#c2', // 批评教育，责令限期改正
    'tanghe-jiaoji-2022-33#3-2', // 下达《限期复学通知书》
    'qingzhengbanfa-2018-49#3-1-4', // 发送限期入学、复学通知书
    'luzhengban-2019-18#3-1-3',
    'jinanqu-2022-plan#3', // 下发《限期复学通知书》
    'township-plan-template#1-4', // 发《限期入学通知书》
  ],
  'responsibility-pledge': [
    'guobanfa-2017-72#c1', // 健全控辍保学目标责任制
    'qingzhengbanfa-2018-49#3-1-1', // 层层签订控辍保学目标责任书
    'tanghe-jiaoji-2022-33#5-1', // 建立控辍保学责任制
    'township-plan-template#1-2', // 层层签订责任书
    'township-plan-template#2-1', // 校长与教师签订责任状
  ],
};

/** Clauses behind particular fields, by field path (pointer without indices). */
export const fieldSources: Partial<Record<FormId, Record<string, string[]>>> = {
  'dropout-registration': {
    '/persuasion/deferralApproved': ['tanghe-jiaoji-2022-33#3-2'],
    '/attempts': ['tanghe-jiaoji-2022-33#3-2'],
    '/student/studentNumber': ['guobanfa-2017-72#c11'],
  },
  'monthly-report': {
    '/zeroReport': ['jinanqu-2022-plan#2-6'],
    '/fillDate': ['tanghe-jiaoji-2022-33#3-2'],
    '/grades/homeEducation': ['jinanqu-2022-plan#5-2'],
  },
  verification: {
    '/categoryCode': ['tanghe-jiaoji-2022-33#3-1'],
    '/categoryLabel': ['tanghe-jiaoji-2022-33#3-1'],
    '/evidence': ['tanghe-jiaoji-2022-33#3-1'],
    '/student/birthDate': ['tanghe-jiaoji-2022-33#3-1'],
  },
  'persuasion-record': {
    '/attempts/joint': ['tanghe-jiaoji-2022-33#3-2'],
    '/status': ['qingzhengbanfa-2018-49#3-1-3'],
  },
  'home-education-record': {
    '/teachers': ['jinanqu-2022-plan#5-6'],
    '/visits/teachers': ['jinanqu-2022-plan#5-6'],
    '/visitsPerWeek': ['jinanqu-2022-plan#5-2'],
    '/visits/areas': ['jinanqu-2022-plan#5-5'],
    '/plan': ['jinanqu-2022-plan#5-5'],
  },
  'return-notice': {
    '/deadline': ['guobanfa-2017-72#c2'],
  },
  'responsibility-pledge': {
    '/targets': ['guobanfa-2017-72#c1'],
  },
};

/**
 * The form's clauses that belong to documents the jurisdiction follows
 * (its resolved `documents`, national ones included); all of them when no
 * list is given.
 */
export function sourcesFor(formId: FormId, documents?: string[]): string[] {
  const all = formSources[formId];
  return documents ? all.filter((ref) => documents.includes(ref.split('#')[0]!)) : all;
}
