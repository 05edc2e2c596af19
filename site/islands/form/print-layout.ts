/** Per form: which fields go into the printed header and who signs at the bottom. */
export interface PrintLayout {
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

export const printLayouts: Record<string, PrintLayout> = {
  'dropout-registration': { unit: ['unit'], unitLabel: '单位（盖章）', date: ['fillDate'], dateLabel: '填表日期', signatures: sign, blankRows: 2 },
  'monthly-report': { unit: ['school', 'name'], unitLabel: '单位名称（盖章）', date: ['fillDate'], dateLabel: '填报日期', signatures: ['填报人（签字）', '审核人（签字）', '负责人（签字）'], blankRows: 1 },
  verification: { unit: ['unit'], unitLabel: '核查单位（盖章）', date: ['fillDate'], dateLabel: '核查日期', signatures: ['核查人（签字）', '审核人（签字）', '负责人（签字）'], blankRows: 1 },
  'persuasion-record': { unit: ['unit'], unitLabel: '学校（盖章）', date: ['fillDate'], dateLabel: '填表日期', signatures: ['劝返责任人（签字）', '审核人（签字）', '负责人（签字）'], blankRows: 2 },
  'home-education-record': { unit: ['school'], unitLabel: '送教学校（盖章）', date: ['fillDate'], dateLabel: '填表日期', signatures: ['送教教师（签字）', '家长（签字）', '负责人（签字）'], blankRows: 2 },
  'return-notice': { unitLabel: '', dateLabel: '', signatures: [], document: 'return-notice', blankRows: 0 },
  'responsibility-pledge': { unitLabel: '', dateLabel: '', signatures: [], document: 'responsibility-pledge', blankRows: 0 },
};

export const defaultLayout: PrintLayout = { unitLabel: '单位（盖章）', dateLabel: '填表日期', signatures: sign, blankRows: 1 };
