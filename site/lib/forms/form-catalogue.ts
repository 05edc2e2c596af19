/**
 * What is known about each form without loading its schema: id, Chinese
 * title, data version, reference-date field, date fields that may lie in the
 * future, and how repeat-group rows are named. Small enough for any page to
 * import; the schemas themselves come from form-registry.ts (CLI, build) or
 * from the page's props (browser). A unit test keeps `title` and `version`
 * equal to the schema's `title` and `x-form-version`.
 *
 * Stable exports: formIds, FormId, FormMeta, formCatalogue, isFormId, formTitle.
 */
import { gradeName } from './grade-names.ts';

export const formIds = [
  'dropout-registration',
  'monthly-report',
  'verification',
  'persuasion-record',
  'home-education-record',
  'return-notice',
  'responsibility-pledge',
] as const;

export type FormId = (typeof formIds)[number];

export interface FormMeta {
  id: FormId;
  /** Chinese title, e.g. 辍学学生登记表 */
  title: string;
  /** data version written into exported files (`x-form-version` of the schema) */
  version: number;
  /** JSON pointer of the date field used as "today" for age checks (填表日期 …) */
  referenceDate: string;
  /** date fields that may lie in the future (deadlines, end of a term of responsibility) */
  futureDatesAllowed: string[];
  /**
   * How a row of a repeat group is named in messages, when its index is not
   * the natural name (monthly-report rows are named by their grade: 八年级).
   */
  rowLabel?: (arrayPath: string, item: unknown, index: number) => string | undefined;
}

// Named as the grid shows the grade (八年级), not by its number.
const gradeRow = (arrayPath: string, item: unknown) => {
  const grade = (item as { grade?: unknown } | undefined)?.grade;
  return arrayPath === '/grades' && typeof grade === 'number' && grade >= 1 && grade <= 9 && Number.isInteger(grade) ? gradeName(grade) : undefined;
};

export const formCatalogue: Record<FormId, FormMeta> = {
  'dropout-registration': { id: 'dropout-registration', title: '辍学学生登记表', version: 1, referenceDate: '/fillDate', futureDatesAllowed: [] },
  'monthly-report': { id: 'monthly-report', title: '控辍保学月报表', version: 1, referenceDate: '/fillDate', futureDatesAllowed: [], rowLabel: gradeRow },
  verification: { id: 'verification', title: '适龄儿童少年核查登记', version: 1, referenceDate: '/fillDate', futureDatesAllowed: [] },
  'persuasion-record': { id: 'persuasion-record', title: '劝返复学记录', version: 1, referenceDate: '/fillDate', futureDatesAllowed: [] },
  'home-education-record': { id: 'home-education-record', title: '送教上门记录', version: 1, referenceDate: '/fillDate', futureDatesAllowed: [] },
  'return-notice': { id: 'return-notice', title: '限期入学(复学)通知书', version: 1, referenceDate: '/issueDate', futureDatesAllowed: ['/deadline'] },
  'responsibility-pledge': {
    id: 'responsibility-pledge',
    title: '控辍保学目标责任书',
    version: 1,
    referenceDate: '/signDate',
    futureDatesAllowed: ['/startDate', '/endDate'],
  },
};

export const isFormId = (id: unknown): id is FormId => typeof id === 'string' && (formIds as readonly string[]).includes(id);

export const formTitle = (id: string): string => (isFormId(id) ? formCatalogue[id].title : id);
