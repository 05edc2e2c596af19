/**
 * Turns what a person types into what the index understands:
 *
 * - NFKC + lower-case (full-width letters, digits, brackets and spaces become
 *   half-width), traditional characters simplified (the shared tokenizer's
 *   normaliseText), spaces collapsed;
 * - a 发文字号 in any bracket style (国办发〔2017〕72号, 国办发[2017]72号,
 *   国办发(2017)72号, 国办发【2017】72号, 国办发2017年72号, with or without
 *   spaces) is recognised against the documents in the index and taken out of
 *   the text: it names a document instead of adding terms;
 * - a jurisdiction name (唐河县, 唐河, 青铜峡) is taken out and used to rank
 *   that jurisdiction's own rules first;
 * - a clause number (第十一条, 11条, 第三部分第一项第4条, 三(一)4, 三.1.3; and
 *   when a document or place is named also 十一条, 第十一, （十一）, a bare 11
 *   or 十一) is mapped to the clause id through the document's own numbering
 *   (clause-numbers.ts): 第十一条 → 第11条 → guobanfa-2017-72#c11; 第四条 of a
 *   nested document → its part 四; 唐河 三(二) → 唐河's own 三(二);
 * - a question about a form (要填什么表, 怎么写, 在哪里填: `formQuestion`) is
 *   dropped and marks the query as asking for a form, which ranks forms first;
 * - spoken and dialect wording is made plain first (俺家娃咋整 → 孩子怎么整), and
 *   附件2 / 附件二 / 第二个附件 names a document's attachment (attachment-refs.ts);
 * - the question's shape (谁负责, 多少, 几岁, 哪些, 怎么办) adds the words its answers
 *   use as credit only (`intents` of query-vocabulary.json);
 * - question words are dropped, so a question typed as a person would ask it
 *   (学生三天没来上学怎么办) is searched by its content. The stoplist is
 *   `questionWords` of query-vocabulary.json: question words only, never words
 *   that occur in the policy texts as content; sentence-final particles
 *   (`finalParticles`: 吗 吧 了 …) only where a sentence ends, never inside a
 *   word (网吧);
 * - everyday words are mapped to the documents' terms by the reviewed synonym
 *   classes of query-vocabulary.json (没来上学 → 未到校, 逃课 → 旷课, 逃学 + 旷课),
 *   and a few equivalent spellings are searched as well (`variants`:
 *   三天 ↔ 3日 ↔ 三日, 家长 ↔ 监护人; one way: 孩子 → 儿童, 学生);
 * - 的 between words separates them (本地的学生 → 本地 学生).
 */
import { takeAttachments } from './attachment-refs.ts';
import { chineseNumber, hanNumber, takeClauseNumbers, type ClauseRow, type ClauseScope } from './clause-numbers.ts';
import { questionWords } from './query-vocabulary.ts';
import { documentWording, plainSpoken, questionIntents, type Alternative } from './query-wording.ts';
import { normaliseText } from './tokenizer.ts';
import type { SearchDocumentInfo, SearchJurisdictionInfo } from './search-types.ts';

/** Every document and jurisdiction at once (the whole index, tests). */
export interface QueryStore {
  documents: SearchDocumentInfo[];
  jurisdictions: SearchJurisdictionInfo[];
}

/**
 * What normalisation asks of the documents and jurisdictions, by key, so a
 * sharded index can answer from the few small files a query's own numbers and
 * names touch (sharded-context.ts) rather than a list of everything. Every
 * list is in the order of the whole index's documents (jurisdictions), which
 * decides ties exactly as before.
 */
export interface QueryContext {
  /** documents whose 发文字号 has this serial (String(Number(serial))) */
  documentsNumbered(serial: string): readonly { id: string; docNumber: string }[];
  /** documents by id */
  documentsById(ids: readonly string[]): readonly SearchDocumentInfo[];
  /** the documents of these jurisdictions */
  documentsOf(jurisdictions: readonly string[]): readonly SearchDocumentInfo[];
  /** aliases (jurisdictionAliases) of the non-national jurisdictions that occur in `text`, each jurisdiction's name first */
  aliasesIn(text: string): readonly { alias: string; id: string }[];
  /** the n-th 附件 of every document that has one, distinct (by form, else title) */
  attachmentsAt(n: number): readonly { title: string; form?: string }[];
  /** the clauses printed with this number in the documents numbered this way */
  clausesNumbered(number: string, numbering: SearchDocumentInfo['numbering']): readonly ClauseRow[];
}

const adapted = new WeakMap<QueryStore, QueryContext>();

/** A QueryContext over every document and jurisdiction in memory. */
export function storeContext(store: QueryStore): QueryContext {
  let context = adapted.get(store);
  if (context) return context;
  const { documents, jurisdictions } = store;
  const aliases = jurisdictions.filter((j) => j.level !== 'national').flatMap((j) => jurisdictionAliases(j.name).map((alias) => ({ alias, id: j.id })));
  const numbered = new Map<string, ClauseRow[]>();
  documents.forEach((d, order) => {
    for (const [n, id] of d.clauses) {
      const key = `${d.numbering}:${n}`;
      let rows = numbered.get(key);
      if (!rows) numbered.set(key, (rows = []));
      rows.push({ order, document: d.id, id });
    }
  });
  context = {
    documentsNumbered: (serial) =>
      documents.flatMap((d) => (d.docNumber && parseDocNumber(d.docNumber)?.serial === serial ? [{ id: d.id, docNumber: d.docNumber }] : [])),
    documentsById: (ids) => documents.filter((d) => ids.includes(d.id)),
    documentsOf: (ids) => documents.filter((d) => d.jurisdiction !== undefined && ids.includes(d.jurisdiction)),
    aliasesIn: (text) => aliases.filter((a) => text.includes(a.alias)),
    attachmentsAt: (n) => distinctAttachments(documents, n),
    clausesNumbered: (number, numbering) => numbered.get(`${numbering}:${number}`) ?? [],
  };
  adapted.set(store, context);
  return context;
}

/** The n-th 附件 of each document that has one, in document order, each form or title once. */
export function distinctAttachments(documents: readonly SearchDocumentInfo[], n: number): { title: string; form?: string }[] {
  const out: { title: string; form?: string }[] = [];
  for (const d of documents) {
    const at = d.attachments?.[n - 1];
    if (!at) continue;
    if (at.form ? out.some((o) => o.form === at.form) : out.some((o) => !o.form && o.title === at.title)) continue;
    out.push(at.form ? { title: at.title, form: at.form } : { title: at.title });
  }
  return out;
}

const isQueryContext = (c: QueryContext | QueryStore): c is QueryContext => typeof (c as QueryContext).documentsNumbered === 'function';

export interface NormalisedQuery {
  /** what is left to search for, normalised, words separated by single spaces */
  text: string;
  /** `text` split at spaces: each is confirmed by substring match */
  phrases: string[];
  /** document ids named by a 发文字号 */
  documents: string[];
  /** clause refs named by number, `<document-id>#<clause-id>` */
  clauses: string[];
  /** entry refs of forms named as a document's 附件 (附件2 → `form:monthly-report`) */
  attachments: string[];
  /** ids of the question shapes recognised (`intents` of query-vocabulary.json) */
  intents: string[];
  /** jurisdiction ids named */
  jurisdictions: string[];
  /** the question asks which form to use or how to fill one in (要填什么表, 怎么写) */
  asksForm: boolean;
  /** question words that were dropped */
  dropped: string[];
  /** equivalent spellings of the phrases, searched as optional extras */
  variants: string[];
  /** what each variant stands for in `text` (3日 → 三天); a variant found counts as that text found */
  variantOf: Record<string, string>;
  /** variants that count less than the text they stand for (synonyms, intents' answer words), by factor */
  variantWeight: Record<string, number>;
}

/**
 * Sentence-final particles. Unlike question words they are single characters
 * that also end words (网吧, 喇嘛), so one is dropped only where a sentence
 * ends (before punctuation, a space or the end of the query) or where it
 * stands alone, and never when it completes one of `particleWords`.
 */
export const finalParticles = ['吗', '呢', '吧', '啊', '呀', '嘛', '了'];
const particleWords = ['网吧', '酒吧', '贴吧', '书吧', '水吧', '话吧', '喇嘛', '毛呢', '为了', '除了', '罢了', '受不了', '不得了', '了不得'];
const particleRun = new RegExp(`(\\p{Script=Han}*?)([${finalParticles.join('')}]+)(?=[^\\p{Script=Han}]|$)`, 'gu');

function dropFinalParticles(text: string, dropped: string[]): string {
  return text.replace(particleRun, (whole, stem: string, particles: string) => {
    let keep = particles.length;
    // Peel particles off the end while what they end is not a word of their own (了 in 学生失联了, not 吧 in 网吧).
    while (keep > 0 && !particleWords.some((w) => (stem + particles.slice(0, keep)).endsWith(w))) keep -= 1;
    if (keep === particles.length) return whole;
    dropped.push(particles.slice(keep));
    return `${stem}${particles.slice(0, keep)}`;
  });
}
/**
 * Everyday wording that is a sentence rather than a word, so no synonym class
 * holds it: a persuasion that failed (劝了也不回来) is what the documents call
 * 劝返 … 仍然无效. Words go in query-vocabulary.json, not here.
 */
export const plainWording: [RegExp, string][] = [
  [/劝(?:返)?(?:了)?(?:也|还)?(?:不回来|不回校|不回学校)|劝返无效/gu, '劝返 仍然无效'],
];

/**
 * 的 between two words is a particle, and its bigrams (的学 in 本地的学生)
 * only add noise: it separates words, except in the few words it belongs to.
 */
const structuralDe = /(?<!目)的(?!确)/gu;

/**
 * Everyday words and the documents' words for the same thing, one way only
 * (孩子 may be 儿童 or 学生, but a query about 学生 is not about every 儿童).
 * 父母外出务工 with 孩子无人监护 is how the documents define 留守儿童.
 */
const oneWayVariants: [string, string[]][] = [['孩子', ['儿童', '学生']]];

/**
 * A question about a form: which one (要填什么表, 用哪个表格, 做什么记录) or how to
 * fill it in (怎么填, 怎么写, 在哪里填). The answer is a form, so forms rank
 * first (search.ts). The question goes; a named kind of paper (记录, 通知书,
 * 登记表) stays, since it is part of the form's name; the bare words 表, 表格 and
 * 表单 go, as no form is called that.
 */
const formQuestion = new RegExp(
  [
    '(?:要|需要|应该|应|该|得)?(?:填写|填报|填|用|交|报|写|做|发|签)?(?:什么|哪个|哪张|哪种|哪些|啥)(?:样的?)?(?:表格|表单|表(?![现彰扬明达态])|(?=记录|登记|通知书|责任书|报表|月报))',
    '(?:要|需要|应该|应|该|得)?(?:填写|填报|填)(?:什么|啥|哪些)',
    '(?:怎么|怎样|如何|咋)(?:填写|填报|填|写|记录|登记|签订|签|打印|导出)',
    '在?(?:哪里|哪儿|哪)(?:填写|填|下载|打印|找)',
  ].join('|'),
  'gu',
);
const formWords = /表格|表单/gu;

/** Spellings that mean the same in the documents; each found phrase adds the others as optional extras. */
const variantGroups: string[][] = [
  ['家长', '监护人'],
  ['户口', '户籍'],
  ['打工', '务工'],
  ['上学', '入学'],
  ['不送', '未送'],
  ['失联', '失踪'],
  ['一个星期', '一周'],
  ['无法到校', '不能到校', '无法正常就读'],
  ['老师', '教师'],
];

/** 三天 → 3日 三日; 3天 → 三天 3日; 三次 → 3次; each with the text it stands for. */
function numberVariants(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(/([0-9]+|[一二两三四五六七八九十]+)(天|日|次)/gu)) {
    const n = chineseNumber(m[1]!);
    if (n === undefined || n > 10) continue;
    const units = m[2] === '次' ? ['次'] : ['日', '天'];
    for (const unit of units) for (const num of [String(n), hanNumber(n)]) if (!text.includes(num + unit)) out.push([num + unit, m[0]]);
  }
  return out;
}

/** 几天 几次 几个月 几岁: the number is what is asked, so the whole phrase goes. */
const howMany = /几(?:个月|个|次|天|日|周|年|条|步|岁)?/gu;

interface DocNumberParts {
  prefix: string;
  year: string;
  serial: string;
}

export function parseDocNumber(docNumber: string): DocNumberParts | undefined {
  const m = /^(.+?)〔(\d{4})〕(\d+)号$/u.exec(docNumber);
  return m ? { prefix: m[1]!, year: m[2]!, serial: String(Number(m[3])) } : undefined;
}

/**
 * 国办发〔2017〕72号 in any bracket style; the Han prefix may carry extra words
 * in front. 72号文 (文件) is how staff speak of a document by its serial alone.
 */
const docNumberPattern = /(\p{Script=Han}*)\s*(?:[〔[(【{]\s*)?((?:19|20)\d{2})?\s*(?:[〕\])】}]\s*)?年?\s*第?\s*(\d{1,4})\s*号(文件|文)?/gu;
/** Names people use for a jurisdiction: 唐河县 and 唐河, 宁夏回族自治区 and 宁夏. */
export function jurisdictionAliases(name: string): string[] {
  const short = name.replace(/(回族自治区|壮族自治区|维吾尔自治区|自治区|自治州|自治县|省|市|县|区|镇|乡|街道)$/u, '');
  return [...new Set([name, ...(short.length >= 2 && short !== name ? [short] : [])])];
}

export function normaliseQuery(raw: string, given: QueryContext | QueryStore): NormalisedQuery {
  const context = isQueryContext(given) ? given : storeContext(given);
  let text = ` ${plainSpoken(normaliseText(raw)).replace(/\s+/gu, ' ')} `;
  const documents: string[] = [];
  const clauses: string[] = [];
  const jurisdictions: string[] = [];
  const dropped: string[] = [];

  text = text.replace(docNumberPattern, (whole, prefix: string, year: string | undefined, serial: string, wen: string | undefined) => {
    const number = String(Number(serial));
    const known = context.documentsNumbered(number).flatMap((doc) => {
      const parts = parseDocNumber(doc.docNumber);
      return parts ? [{ doc, parts }] : [];
    });
    const candidates = known.filter((k) => k.parts.serial === number && (!year || k.parts.year === year));
    // 豫教基〔2022〕33号 is not 教基〔2022〕33号: of the prefixes the typed one ends with, only the longest names the document
    // (a shorter one is another issuer's, or extra words typed in front of it).
    const endsWith = candidates.filter((k) => prefix.endsWith(k.parts.prefix));
    const longestPrefix = Math.max(0, ...endsWith.map((k) => k.parts.prefix.length));
    const withPrefix = endsWith.filter((k) => k.parts.prefix.length === longestPrefix);
    const match = withPrefix.length > 0 ? withPrefix : (year || wen) && !prefix ? candidates : [];
    if (match.length === 0) return whole;
    for (const k of match) if (!documents.includes(k.doc.id)) documents.push(k.doc.id);
    const longest = Math.max(...match.map((k) => (prefix.endsWith(k.parts.prefix) ? k.parts.prefix.length : 0)));
    return ` ${prefix.slice(0, prefix.length - longest)} `;
  });

  // Before clause numbers: a place named (唐河 三(二)) says whose documents a number is in.
  const aliases = [...context.aliasesIn(text)].sort((a, b) => b.alias.length - a.alias.length);
  for (const { alias, id } of aliases) {
    if (!text.includes(alias)) continue;
    text = text.split(alias).join(' ');
    if (!jurisdictions.includes(id)) jurisdictions.push(id);
  }

  const named = documents.length > 0 ? [...context.documentsById(documents)] : [];
  const local = jurisdictions.length > 0 ? [...context.documentsOf(jurisdictions)] : [];
  // Before clause numbers: the 2 of 附件2 is no clause.
  const attached = takeAttachments(text, [named, local], (n) => context.attachmentsAt(n));
  text = attached.titles.length > 0 ? `${attached.text} ${attached.titles.join(' ')} ` : attached.text;
  const everywhere: ClauseScope = { documents: [], scoped: false, numbered: (number, numbering) => context.clausesNumbered(number, numbering) };
  const scopes: ClauseScope[] =
    named.length > 0 ? [{ documents: named, scoped: true }] : local.length > 0 ? [{ documents: local, scoped: true }, everywhere] : [everywhere];
  text = takeClauseNumbers(text, scopes, clauses);

  // The question's shape is read before its question words go (谁负责 → 负责 职责 as credit).
  const intents = questionIntents(text);
  let asksForm = false;
  text = text.replace(formQuestion, () => {
    asksForm = true;
    return ' ';
  });
  if (asksForm) text = text.replace(formWords, ' ');
  // 怎么办理 / 怎么认定: the verb after 怎么 is content (怎么处理 is just 怎么办).
  text = text.replace(/怎么(?=办理|认定|填写|上报|报送)/gu, () => {
    dropped.push('怎么');
    return ' ';
  });
  for (const word of questionWords) {
    if (!text.includes(word)) continue;
    text = text.split(word).join(' ');
    dropped.push(word);
  }
  text = dropFinalParticles(text, dropped);
  text = text.replace(howMany, (m) => {
    dropped.push(m);
    return ' ';
  });
  for (const [pattern, wording] of plainWording) text = text.replace(pattern, ` ${wording} `);
  const synonyms = documentWording(text);
  text = synonyms.text;
  text = text.replace(structuralDe, ' ');

  // Punctuation separates words just as spaces do.
  text = text.replace(/[^\p{Script=Han}a-z0-9]+/gu, ' ').trim();
  const pairs: [string, string][] = [...numberVariants(text)];
  for (const group of variantGroups) {
    const found = group.find((w) => text.includes(w));
    if (found) for (const w of group) if (!text.includes(w)) pairs.push([w, found]);
  }
  for (const [word, alternatives] of oneWayVariants) {
    if (text.includes(word)) for (const w of alternatives) if (!text.includes(w)) pairs.push([w, word]);
  }
  const lighter: Alternative[] = [...synonyms.alternatives, ...(text ? intents.alternatives : [])];
  const variantOf: Record<string, string> = {};
  const variantWeight: Record<string, number> = {};
  for (const [variant, source] of pairs) variantOf[variant] ??= source;
  // An intent's answer words stand for the question itself, which must have left words to rank.
  for (const { word, stands, weight } of lighter) {
    if (text.includes(word) || word in variantOf) continue;
    variantOf[word] = stands;
    variantWeight[word] = weight;
  }
  const variants = Object.keys(variantOf);
  return {
    text,
    phrases: text ? text.split(' ') : [],
    documents,
    clauses,
    attachments: attached.refs,
    intents: intents.ids,
    jurisdictions,
    asksForm,
    dropped,
    variants,
    variantOf,
    variantWeight,
  };
}
