/** Per form: which fields go into the printed header and who signs at the bottom. */
export interface PrintLayout {
  /** who or what the paper is about, repeated at the top of continuation pages (学生：张小明) */
  subject: { label?: string; path: string[] }[];
  unit?: string[];
  unitLabel: string;
  date?: string[];
  dateLabel: string;
  signatures: string[];
  /** printed as a letter instead of a table */
  document?: 'return-notice' | 'responsibility-pledge';
  blankRows: number;
}

const sign = ['填表人（签字）', '审核人（签字）', '负责人（签字）'];
const student = [{ label: '学生：', path: ['student', 'name'] }];

export const printLayouts: Record<string, PrintLayout> = {
  'dropout-registration': { subject: student, unit: ['unit'], unitLabel: '单位（盖章）', date: ['fillDate'], dateLabel: '填表日期', signatures: sign, blankRows: 2 },
  'monthly-report': { subject: [{ path: ['school', 'name'] }, { label: '报告月份：', path: ['period'] }], unit: ['school', 'name'], unitLabel: '单位名称（盖章）', date: ['fillDate'], dateLabel: '填报日期', signatures: ['填报人（签字）', '审核人（签字）', '负责人（签字）'], blankRows: 1 },
  verification: { subject: student, unit: ['unit'], unitLabel: '核查单位（盖章）', date: ['fillDate'], dateLabel: '核查日期', signatures: ['核查人（签字）', '审核人（签字）', '负责人（签字）'], blankRows: 1 },
  'persuasion-record': { subject: student, unit: ['unit'], unitLabel: '学校（盖章）', date: ['fillDate'], dateLabel: '填表日期', signatures: ['劝返责任人（签字）', '审核人（签字）', '负责人（签字）'], blankRows: 2 },
  'home-education-record': { subject: student, unit: ['school'], unitLabel: '送教学校（盖章）', date: ['fillDate'], dateLabel: '填表日期', signatures: ['送教教师（签字）', '家长（签字）', '负责人（签字）'], blankRows: 2 },
  'return-notice': { subject: student, unitLabel: '', dateLabel: '', signatures: [], document: 'return-notice', blankRows: 0 },
  'responsibility-pledge': { subject: [{ label: '乙方：', path: ['partyB', 'unit'] }], unitLabel: '', dateLabel: '', signatures: [], document: 'responsibility-pledge', blankRows: 0 },
};

export const defaultLayout: PrintLayout = { subject: [], unitLabel: '单位（盖章）', dateLabel: '填表日期', signatures: sign, blankRows: 1 };
