/**
 * The imported document as config/policies/<id>.yaml: keys in the order of
 * the shipped policies, text as block literals, and Chinese comments that tell
 * the clerk what to check. `baoxue validate` accepts the result unchanged.
 */
import { stringify } from 'yaml';
import type { ImportedClause, ParsedDocument } from './types.ts';
import { quote } from '../text/quote-value.ts';

export interface PolicyYamlOptions {
  id: string;
  /** the source file's name, for the header comment */
  sourceName: string;
  /** used when the text has none (a 篇 of a collection, a page copied without its header) */
  title?: string;
  issuer?: string;
  /** documents already in the config, to turn cited 发文字号 into implements */
  knownDocuments?: { id: string; docNumber?: string }[];
}

const levelRules: [RegExp, string, string][] = [
  [/^国务院|^教育部|^国家/, 'national', '国家'],
  [/省|自治区|^(北京|天津|上海|重庆)市/, 'province', '省级'],
  [/(学校|小学|中学|学区)$/, 'school', '学校'],
  [/(镇|乡|街道)(人民政府|党委|中心学校|办事处)?$/, 'town', '乡镇'],
];

/** The level an issuer's name suggests; county (县、县级市、区) when nothing else fits. */
export function guessLevel(issuer: string): { level: string; why: string } {
  for (const [re, level, name] of levelRules) if (re.test(issuer)) return { level, why: `按发文机关${quote(issuer)}推断为${name}` };
  return { level: 'county', why: `按发文机关${quote(issuer)}推断为县级（县、县级市、区）` };
}

/** 发文字号 cited in the text that name a document of the config, in order of citation. */
export function citedDocuments(text: string, known: { id: string; docNumber?: string }[]): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(/[\u4e00-\u9fff]{1,12}〔\d{4}〕\d+号/g)) {
    const doc = known.find((d) => d.docNumber && m[0].endsWith(d.docNumber));
    if (doc && !ids.includes(doc.id)) ids.push(doc.id);
  }
  return ids;
}

// dates, ids and labels made of digits are quoted, as in the shipped files, so no YAML reader takes them for numbers or dates
const scalar = (value: string) => (/^[\d.:-]+$/.test(value) ? JSON.stringify(value) : stringify(value, { lineWidth: 0 }).trimEnd());

function field(indent: string, key: string, value: string, comment?: string): string[] {
  const tail = comment ? `  # ${comment}` : '';
  if (!value.includes('\n')) return [`${indent}${key}: ${scalar(value)}${tail}`];
  return [`${indent}${key}: |-${tail}`, ...value.split('\n').map((l) => (l ? `${indent}  ${l}` : ''))];
}

function clauseLines(clause: ImportedClause, indent: string): string[] {
  const out = [`${indent}- id: ${scalar(clause.id)}  # 原文第 ${clause.line} 行`];
  const inner = `${indent}  `;
  if (clause.label) out.push(...field(inner, 'label', clause.label));
  if (clause.heading) out.push(...field(inner, 'heading', clause.heading));
  if (clause.text) out.push(...field(inner, 'text', clause.text));
  if (clause.clauses?.length) {
    out.push(`${inner}clauses:`);
    for (const c of clause.clauses) out.push(...clauseLines(c, `${inner}  `));
  }
  return out;
}

/** The note: how the file was made, and every source line not placed in the tree, with its number. */
export function importNote(doc: ParsedDocument, sourceName: string): string {
  const lines = [`由 npx baoxue import-document 从 ${sourceName} 导入，请对照原文核对后改写本说明。`];
  if (doc.removed.length) lines.push(`导入时删除的扫描痕迹：${doc.removed.map((r) => `第${r.line}行（${r.reason}）`).join('、')}。`);
  if (doc.traditionalFixed) lines.push(`已将 ${doc.traditionalFixed} 个繁体字改为简体字。`);
  if (doc.unplaced.length) {
    lines.push('导入时未能归入条款的原文（请核对后删去，或移入相应条款）：');
    for (const u of doc.unplaced) lines.push(`第${u.line}行（${u.reason}）：${u.text}`);
  }
  return lines.join('\n');
}

export function policyYaml(doc: ParsedDocument, options: PolicyYamlOptions): string {
  const { metadata } = doc;
  const title = metadata.title ?? options.title;
  const issuer = options.issuer ?? metadata.issuer;
  if (!title || !issuer) throw new Error('policyYaml needs a title and an issuer');
  const level = guessLevel(issuer);
  const implementsIds = citedDocuments(doc.preamble ?? '', options.knownDocuments ?? []);
  const out = [
    `# 由 npx baoxue import-document 从 ${options.sourceName} 导入的政策文件。`,
    '# 请对照原文逐项核对：标题、发文字号、发文机关、层级、日期、效力状态，以及每个条款的编号、标题和正文；',
    '# 核对、修改后运行 npx baoxue validate 检查。条款标识（id）是网页锚点，发布后不要更改。',
    `id: ${scalar(options.id)}`,
    ...field('', 'title', title),
    ...(metadata.innerTitle ? field('', 'shortTitle', metadata.innerTitle, '简称，可改短') : ['# shortTitle: 简称（可选，用于列表显示）']),
    ...(metadata.docNumber ? field('', 'docNumber', metadata.docNumber) : ['# docNumber: 发文字号，例如 卢政办〔2019〕18号（原文未找到；没有发文字号的文件不填）']),
    ...field('', 'issuer', issuer),
    `level: ${level.level}  # ${level.why}，请核对：national 国家、province 省、city 市、county 县、town 乡镇、school 学校`,
    '# jurisdiction: 所属辖区标识，例如 lushi（该辖区已在 config/jurisdictions/ 中时填写）',
    ...(metadata.date ? field('', 'date', metadata.date, '成文日期') : ['# date: 成文日期，YYYY-MM-DD（原文未找到完整日期）']),
    ...(metadata.dateNote ? field('', 'dateNote', metadata.dateNote) : []),
    'status: in-force  # 默认“现行有效”，请核对：目标年份已过写 expired，已被替代写 superseded，参考范本写 reference',
  ];
  if (implementsIds.length) {
    out.push('implements:  # 导语中引用、本站已收录的上级文件，请核对');
    for (const id of implementsIds) out.push(`  - ${scalar(id)}`);
  }
  if (doc.numbering === 'continuous') out.push('numbering: continuous  # 阿拉伯数字条款全文连续编号，条款标识为 c1、c2……');
  if (metadata.addressee) out.push(...field('', 'addressee', metadata.addressee));
  if (doc.preamble) out.push(...field('', 'preamble', doc.preamble));
  if (metadata.attachments.length) {
    out.push('attachments:');
    for (const a of metadata.attachments) out.push(`  - title: ${scalar(a)}`, '    # form: 对应的本站表单标识，例如 dropout-registration（可选）');
  }
  out.push(...field('', 'note', importNote(doc, options.sourceName)));
  out.push('clauses:');
  for (const c of doc.clauses) out.push(...clauseLines(c, '  '));
  return `${out.join('\n')}\n`;
}
