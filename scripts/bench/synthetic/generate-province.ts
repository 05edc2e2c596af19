/**
 * A synthetic province for benchmarks and tests (never shipped in dist/): N
 * counties under one province, each with towns, schools, targets, a leading
 * group, duties, an escalation ladder, procedures, a calendar and one policy
 * document of about 50 clauses whose sentences are recombined from the shipped
 * documents (place names replaced, years and figures varied). Everything is
 * named 示例省 / 示例县0001 / 示例镇 and every file's note says it is synthetic,
 * so nobody can mistake it for a real rule.
 */
import { stringify } from 'yaml';
import { between, pick, pickSome, seededRandom, type Random } from './random.ts';
import { localise, type TextMaterial } from './text-material.ts';

export interface ProvinceOptions {
  counties: number;
  seed?: number;
  /** town jurisdictions per county (default 2) */
  townsPerCounty?: number;
  /** schools per town (default 3) */
  schoolsPerTown?: number;
  /** clauses per county document, about (default 50) */
  clausesPerDocument?: number;
}

export interface SyntheticProvince {
  /** path relative to the config directory (jurisdictions/… or policies/…) → YAML text */
  files: Map<string, string>;
  provinceId: string;
  countyIds: string[];
  townIds: string[];
  documentIds: string[];
  clauseCount: number;
}

export const provinceId = 'synth-province';
const syntheticNote = '合成数据：由 scripts/bench/synthetic 为基准测试和测试自动生成，不是任何地方的真实规定。';
const partHeadings = ['总体要求', '目标任务', '主要措施', '职责分工', '保障措施', '工作程序', '督导考核'];
const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const units = ['县教育局', '县公安局', '县民政局', '县司法局', '县人社局', '县残联', '县妇联', '团县委', '县卫健委', '县财政局', '各乡镇人民政府', '各中小学校'];
const forms: { form: string; title: string }[] = [
  { form: 'dropout-registration', title: '义务教育辍学学生登记表' },
  { form: 'monthly-report', title: '控辍保学月报表' },
  { form: 'persuasion-record', title: '劝返复学工作记录' },
  { form: 'home-education-record', title: '送教上门服务记录' },
  { form: 'return-notice', title: '限期入学（复学）通知书' },
];
const indicators: { id: string; comparator: '>=' | '<=' | '='; min: number; max: number; decimals: number }[] = [
  { id: 'consolidation-rate', comparator: '>=', min: 950, max: 990, decimals: 1 },
  { id: 'enrolment-rate', comparator: '>=', min: 990, max: 1000, decimals: 1 },
  { id: 'junior-dropout-rate', comparator: '<=', min: 5, max: 18, decimals: 1 },
  { id: 'primary-dropout-rate', comparator: '<=', min: 1, max: 6, decimals: 1 },
  { id: 'disabled-enrolment-rate', comparator: '>=', min: 900, max: 980, decimals: 1 },
];

interface Clause {
  id: string;
  label: string;
  heading?: string;
  text?: string;
  keywords?: string[];
  implements?: string[];
  clauses?: Clause[];
}

const pad = (n: number, width = 4) => String(n).padStart(width, '0');

/** Years and percentages in recombined sentences move a little so that counties differ in figures too. */
function vary(text: string, next: Random, year: number): string {
  return text.replace(/20[12]\d年/gu, `${year}年`).replace(/(\d+(?:\.\d+)?)%/gu, (_m, v: string) => {
    const value = Math.min(100, Math.max(0, Number(v) + (next() < 0.5 ? 0 : Math.round((next() - 0.5) * 4 * 10) / 10)));
    return `${Math.round(value * 10) / 10}%`;
  });
}

function paragraph(next: Random, material: TextMaterial, place: string, year: number, sentences: number): string {
  return pickSome(next, material.sentences, sentences)
    .map((s) => vary(localise(s, place), next, year))
    .map((s) => (/[。；！？]$/u.test(s) ? s : `${s}。`))
    .join('')
    .replace(/；$/u, '。');
}

function documentClauses(next: Random, material: TextMaterial, place: string, year: number, size: number): { clauses: Clause[]; leaves: string[] } {
  const parts = Math.max(3, Math.min(partHeadings.length, Math.round(size / 10)));
  const perPart = Math.max(1, Math.round((size - parts) / parts));
  const leaves: string[] = [];
  const clauses: Clause[] = [];
  for (let p = 0; p < parts; p++) {
    const items: Clause[] = [];
    const itemCount = Math.max(1, Math.round(perPart / 3));
    for (let i = 0; i < itemCount; i++) {
      const points: Clause[] = [];
      const pointCount = Math.max(0, Math.min(4, perPart / itemCount - 1 + (next() < 0.5 ? 0 : 1))) | 0;
      for (let k = 0; k < pointCount; k++) {
        const id = `${p + 1}-${i + 1}-${k + 1}`;
        leaves.push(id);
        points.push({
          id,
          label: String(k + 1),
          heading: localise(pick(next, material.headings), place),
          text: paragraph(next, material, place, year, between(next, 2, 4)),
          keywords: pickSome(next, material.keywords, between(next, 1, 3)),
          ...(next() < 0.3 ? { implements: [pick(next, material.nationalClauses)] } : {}),
        });
      }
      const id = `${p + 1}-${i + 1}`;
      leaves.push(id);
      items.push({
        id,
        label: `（${numerals[i]}）`,
        heading: localise(pick(next, material.headings), place),
        text: paragraph(next, material, place, year, between(next, 1, 2)),
        ...(points.length ? { clauses: points } : {}),
      });
    }
    clauses.push({ id: String(p + 1), label: numerals[p]!, heading: partHeadings[p]!, clauses: items });
  }
  return { clauses, leaves };
}

function countyFiles(n: number, options: Required<ProvinceOptions>, material: TextMaterial, next: Random) {
  const id = `synth-${pad(n)}`;
  const name = `示例县${pad(n)}`;
  const docId = `${id}-plan`;
  const year = between(next, 2019, 2026);
  const { clauses, leaves } = documentClauses(next, material, name, year, options.clausesPerDocument);
  const attachments = pickSome(next, forms, between(next, 1, 3));
  // One clause names the attachments by number, as real plans do (“填写附件1”), so 附件 references can be searched.
  const attachmentClause = leaves[between(next, 0, leaves.length - 1)]!;
  const withAttachment = (list: Clause[]) => {
    for (const c of list) {
      if (c.id === attachmentClause) c.text = `${c.text ?? ''}各学校按要求填写${attachments.map((a, i) => `附件${i + 1}《${name}${a.title}》`).join('、')}，按时报送。`;
      if (c.clauses) withAttachment(c.clauses);
    }
  };
  withAttachment(clauses);
  const source = (leaf = pick(next, leaves)) => `${docId}#${leaf}`;
  const status = next() < 0.75 ? 'in-force' : 'expired';
  const doc = {
    id: docId,
    title: `${name}人民政府办公室关于做好${year}年义务教育控辍保学工作的实施方案`,
    shortTitle: `${name}控辍保学实施方案`,
    docNumber: `示${pad(n)}政办〔${year}〕${between(next, 1, 99)}号`,
    issuer: `${name}人民政府办公室`,
    level: 'county',
    jurisdiction: id,
    date: `${year}-${String(between(next, 1, 12)).padStart(2, '0')}-${String(between(next, 1, 28)).padStart(2, '0')}`,
    status,
    implements: ['guobanfa-2017-72'],
    note: syntheticNote,
    preamble: paragraph(next, material, name, year, 2),
    clauses,
    attachments: attachments.map((a, i) => ({ title: `附件${i + 1}：${name}${a.title}`, form: a.form })),
  };
  const towns = Array.from({ length: options.townsPerCounty }, (_, t) => ({ id: `${id}-t${pad(t + 1, 2)}`, name: `${name}示例镇${pad(t + 1, 2)}` }));
  const schools = towns.flatMap((town, t) =>
    Array.from({ length: options.schoolsPerTown }, (_, s) => ({
      code: `9${pad(n, 5)}${pad(t + 1, 2)}${pad(s + 1, 2)}`,
      name: `${town.name}${s === 0 ? '中心学校' : s % 2 ? `第${numerals[s]}小学` : `第${numerals[s]}中学`}`,
      town: town.name,
      stages: s === 0 ? ['primary', 'junior'] : s % 2 ? ['primary'] : ['junior'],
    })),
  );
  const dutyUnits = pickSome(next, units, between(next, 4, 7));
  const county = {
    id,
    name,
    level: 'county',
    parent: provinceId,
    note: syntheticNote,
    documents: [docId],
    targets: pickSome(next, indicators, between(next, 2, 4)).map((t) => ({
      indicator: t.id,
      comparator: t.comparator,
      value: between(next, t.min, t.max) / 10 ** t.decimals,
      year,
      source: source(),
    })),
    leadingGroup: {
      name: `${name}控辍保学工作领导小组`,
      leader: { unit: `${name}人民政府`, title: '副县长' },
      deputies: [{ unit: '县教育局', title: '局长' }],
      members: dutyUnits.map((unit) => ({ unit })),
      office: { unit: '县教育局', director: { unit: '县教育局', title: '分管副局长' } },
      source: source(),
    },
    duties: dutyUnits.map((unit) => ({ unit, items: Array.from({ length: between(next, 1, 3) }, () => ({ text: paragraph(next, material, name, year, 1), source: source() })) })),
    escalation: [
      { id: 'contact-guardian', after: `PT${between(next, 2, 8)}H`, afterText: '学生无故未到校', action: '班主任当天与学生父母或其他法定监护人联系，了解原因。', actor: '班主任', source: source() },
      { id: 'suspected-dropout', after: `P${between(next, 2, 3)}D`, afterText: '无故连续缺课', action: '学校派人家访，标注疑似辍学并报告乡镇中心学校。', actor: '学校', mark: '疑似辍学', source: source() },
      { id: 'dropout-report', after: `P${between(next, 7, 15)}D`, afterText: '无故离校超过规定天数', action: '学校书面报告乡镇人民政府和县教育局，在学籍系统中标注辍学。', actor: '学校', mark: '辍学', source: source() },
    ],
    procedures: [
      {
        id: 'persuasion',
        title: `${name}劝返复学工作程序`,
        kind: 'persuasion',
        summary: '对辍学学生逐级开展劝返复学。',
        steps: [
          { label: '家访劝返', action: '班主任和包村干部上门家访，宣传义务教育法。', actor: '学校、村（居）委会' },
          { label: '联合劝返', action: '乡镇人民政府组织教育、司法、公安等部门联合劝返。', actor: '乡镇人民政府' },
          { label: '限期复学通知', action: '向监护人发出限期入学（复学）通知书。', actor: '乡镇人民政府', document: '限期入学（复学）通知书' },
        ],
        source: source(),
      },
    ],
    calendar: [
      { id: 'monthly-report', title: '控辍保学月报', frequency: 'monthly', dayOfMonth: between(next, 5, 25), actor: '各中小学校', recipient: '县教育局', source: source() },
      { id: 'term-start-check', title: '开学初核查学生到校情况', frequency: 'term-start', withinDays: between(next, 7, 15), actor: '各中小学校', source: source() },
    ],
    schools,
  };
  const townFiles = towns.map((town) => ({ id: town.id, data: { id: town.id, name: town.name, level: 'town', parent: id, note: syntheticNote } }));
  return { id, docId, county, doc, townFiles, clauseCount: countClauses(clauses) + 1 };
}

function countClauses(list: Clause[] | undefined): number {
  return (list ?? []).reduce((n, c) => n + 1 + countClauses(c.clauses), 0);
}

const yaml = (data: unknown) => stringify(data, { lineWidth: 0 });

/** Deterministic for a given material and options: the same seed gives byte-identical files. */
export function generateProvince(options: ProvinceOptions, material: TextMaterial): SyntheticProvince {
  if (!Number.isInteger(options.counties) || options.counties < 1 || options.counties > 9999) throw new RangeError('counties 须为 1–9999 的整数。');
  const full: Required<ProvinceOptions> = { seed: 1, townsPerCounty: 2, schoolsPerTown: 3, clausesPerDocument: 50, ...options };
  const next = seededRandom(full.seed);
  const files = new Map<string, string>();
  const result: SyntheticProvince = { files, provinceId, countyIds: [], townIds: [], documentIds: [], clauseCount: 0 };
  files.set(`jurisdictions/${provinceId}.yaml`, yaml({ id: provinceId, name: '示例省', level: 'province', parent: 'national', note: syntheticNote }));
  for (let n = 1; n <= full.counties; n++) {
    const c = countyFiles(n, full, material, next);
    files.set(`jurisdictions/${c.id}.yaml`, yaml(c.county));
    files.set(`policies/${c.docId}.yaml`, yaml(c.doc));
    for (const t of c.townFiles) {
      files.set(`jurisdictions/${t.id}.yaml`, yaml(t.data));
      result.townIds.push(t.id);
    }
    result.countyIds.push(c.id);
    result.documentIds.push(c.docId);
    result.clauseCount += c.clauseCount;
  }
  return result;
}
