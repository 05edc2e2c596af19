/**
 * Everything the search covers, as flat entries: every clause of every built
 * document, and the guidance stated in each jurisdiction (procedures,
 * escalation steps, deadlines, verification categories, duties, the leading
 * group), every form, and the help text of every form field. Pure: callers pass the data.
 */
import type { PolicyDocument } from '../../generated/types/policy-document.ts';
import type { ResolvedJurisdiction } from '../config/resolve.ts';
import { durationText } from '../format.ts';
import { clauseShortLabel } from '../policies/citation.ts';
import { flattenClauses, type FlatClause } from '../policies/clauses.ts';
import { formSources } from '../forms/form-sources.ts';
import { guidanceUrls } from '../policies/guidance-links.ts';
import type { Level, SearchDocumentInfo, SearchEntry, SearchJurisdictionInfo, SearchStore } from './search-types.ts';

export interface FormSchemaInfo {
  id: string;
  schema: JsonSchema;
}

interface JsonSchema {
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

export interface SearchSources {
  documents: PolicyDocument[];
  jurisdictions: ResolvedJurisdiction[];
  forms?: FormSchemaInfo[];
}

const levelOrder = ['national', 'province', 'city', 'county', 'town', 'school'];
const levelRank = (level: string) => levelOrder.indexOf(level);

const docLabel = (doc: PolicyDocument) => doc.docNumber ?? doc.shortTitle ?? doc.title;

const frequencyText = (c: ResolvedJurisdiction['calendar'][number]): string => {
  const r = c as unknown as Record<string, unknown>;
  const parts: string[] = [];
  if (r['frequency'] === 'monthly' && r['dayOfMonth']) parts.push(`每月${r['dayOfMonth']}日前`);
  if (r['frequency'] === 'term-start') parts.push(r['withinDays'] ? `每学期开学后${r['withinDays']}日内` : '每学期开学初');
  if (r['frequency'] === 'yearly' && Array.isArray(r['months'])) parts.push(`每年${(r['months'] as number[]).join('月、')}月`);
  if (r['frequency'] === 'once' && r['date']) parts.push(String(r['date']));
  return parts.join('');
};

function clauseEntries(doc: PolicyDocument, applies: string[]): SearchEntry[] {
  return flattenClauses(doc).map((c) => ({
    ref: `${doc.id}#${c.id}`,
    kind: 'clause',
    title: clauseShortLabel(doc, c),
    // The preamble's title already says 导语.
    heading: c.id === 'preamble' ? '' : (c.heading ?? ''),
    text: c.text,
    keywords: c.keywords,
    url: `/policies/${doc.id}/#${c.id}`,
    document: doc.id,
    jurisdictions: applies,
    ...(doc.jurisdiction ? { origin: doc.jurisdiction } : {}),
    level: doc.level,
    ...statusField(doc),
  }));
}

/** Only a document no longer (or never) in force is marked, which keeps the index small. */
const statusField = (doc: PolicyDocument | undefined) => (doc && doc.status !== 'in-force' ? { status: doc.status } : {});

/** A document whose text the site does not hold is still found by its 发文字号 and title. */
function metadataEntry(doc: PolicyDocument, applies: string[]): SearchEntry {
  return {
    ref: doc.id,
    kind: 'clause',
    title: docLabel(doc),
    heading: doc.title,
    text: `${doc.issuer}。本站仅收录该文件的基本信息，未收录全文。`,
    keywords: [],
    url: `/policies/${doc.id}/`,
    document: doc.id,
    jurisdictions: applies,
    ...(doc.jurisdiction ? { origin: doc.jurisdiction } : {}),
    level: doc.level,
    ...statusField(doc),
  };
}

/**
 * Built jurisdictions holding an item stated by `from` under `key`, per kind of
 * item: one pass over every jurisdiction, built on first use. Scanning them all
 * for each item made a province of N counties cost N² (3,000 counties: hours).
 */
type Holders = (from: string, k: string) => string[];
function holderIndex<T extends { from: string }>(all: ResolvedJurisdiction[], pick: (j: ResolvedJurisdiction) => T[], key: (t: T) => string): Holders {
  let index: Map<string, string[]> | undefined;
  return (from, k) => {
    if (!index) {
      index = new Map();
      for (const j of all) {
        for (const x of pick(j)) {
          const at = `${x.from}\u0000${key(x)}`;
          let list = index.get(at);
          if (!list) index.set(at, (list = []));
          if (list[list.length - 1] !== j.id) list.push(j.id);
        }
      }
    }
    return [...(index.get(`${from}\u0000${k}`) ?? [])];
  };
}

interface HolderIndexes {
  procedures: Holders;
  escalation: Holders;
  calendar: Holders;
  categories: Holders;
  duties: Holders;
}

function holderIndexes(all: ResolvedJurisdiction[]): HolderIndexes {
  return {
    procedures: holderIndex(all, (x) => x.procedures, (x) => x.id),
    escalation: holderIndex(all, (x) => x.escalation, (x) => x.id),
    calendar: holderIndex(all, (x) => x.calendar, (x) => x.id),
    categories: holderIndex(all, (x) => x.categories, (x) => x.code),
    duties: holderIndex(all, (x) => x.duties, (x) => x.unit),
  };
}

function guidanceEntries(j: ResolvedJurisdiction, holders: HolderIndexes, docs: Map<string, PolicyDocument>): SearchEntry[] {
  const out: SearchEntry[] = [];
  // Guidance resting on a lapsed document carries that document's status, like its clauses.
  const base = (source: string | undefined) => {
    const document = source?.split('#')[0];
    return { origin: j.id, level: j.level, ...(document ? { document, ...statusField(docs.get(document)) } : {}) };
  };
  const title = (what: string) => `${j.name} · ${what}`;

  for (const p of j.procedures.filter((x) => x.from === j.id)) {
    const steps = p.steps.map((s, i) => `${i + 1}. ${s.label ? `${s.label}：` : ''}${s.action}${s.actor ? `（${s.actor}）` : ''}${s.document ? `文书：${s.document}` : ''}`);
    out.push({
      ref: `procedure:${j.id}/${p.id}`,
      kind: 'procedure',
      title: title('工作程序'),
      heading: p.title,
      text: [p.summary ?? '', ...steps].filter(Boolean).join('\n'),
      keywords: [],
      url: guidanceUrls.procedure(j.id, p.id),
      jurisdictions: holders.procedures(j.id, p.id),
      ...base(p.source),
    });
  }
  for (const s of j.escalation.filter((x) => x.from === j.id)) {
    const when = s.afterText ?? (s.after ? `无故缺勤${durationText(s.after)}` : s.attempts ? `劝返${s.attempts}次以上` : '');
    out.push({
      ref: `escalation:${j.id}/${s.id}`,
      kind: 'procedure',
      title: title('缺勤处置'),
      heading: when,
      text: `${s.action}（责任人：${s.actor}）${s.mark ? `学籍标注：${s.mark}。` : ''}`,
      keywords: s.mark ? [s.mark] : [],
      url: guidanceUrls.escalation(j.id, s.id),
      jurisdictions: holders.escalation(j.id, s.id),
      ...base(s.source),
    });
  }
  for (const c of j.calendar.filter((x) => x.from === j.id)) {
    const r = c as unknown as Record<string, string | undefined>;
    out.push({
      ref: `calendar:${j.id}/${c.id}`,
      kind: 'procedure',
      title: title('工作日历'),
      heading: c.title,
      text: [frequencyText(c), r['actor'] ? `责任人：${r['actor']}` : '', r['recipient'] ? `报送：${r['recipient']}` : '', r['note'] ?? ''].filter(Boolean).join('。'),
      keywords: [],
      url: guidanceUrls.calendar(j.id, c.id),
      jurisdictions: holders.calendar(j.id, c.id),
      ...base(c.source),
    });
  }
  for (const c of j.categories.filter((x) => x.from === j.id)) {
    out.push({
      ref: `category:${j.id}/${c.code}`,
      kind: 'form-field',
      title: title('核查类别'),
      heading: `${c.code}. ${c.label}`,
      text: [c.includes ? `包括${c.includes}` : '', evidenceText(c), c.followUp ?? ''].filter(Boolean).join('。'),
      keywords: [c.label],
      url: guidanceUrls.category(j.id, c.code),
      jurisdictions: holders.categories(j.id, c.code),
      ...base(c.source),
    });
  }
  for (const d of j.duties.filter((x) => x.from === j.id)) {
    d.items.forEach((item, i) => {
      out.push({
        ref: `duty:${j.id}/${d.unit}/${i + 1}`,
        kind: 'duty',
        title: title('责任分工'),
        heading: d.unit,
        text: item.text,
        keywords: [],
        url: guidanceUrls.duties(j.id),
        jurisdictions: holders.duties(j.id, d.unit),
        ...base(item.source),
      });
    });
  }
  const g = j.leadingGroup;
  if (g && g.from === j.id) {
    const person = (p: { unit: string; title?: string; name?: string }) => `${p.name ? `${p.name} ` : ''}${p.unit}${p.title ?? ''}`;
    const lines = [
      `组长：${person(g.leader)}`,
      g.deputies?.length ? `副组长：${g.deputies.map(person).join('，')}` : '',
      g.members?.length ? `成员：${g.members.map(person).join('，')}` : '',
      g.office ? `办公室设在${g.office.unit}${g.office.director ? `，主任：${person(g.office.director)}` : ''}${g.office.responsibilities ? `。${g.office.responsibilities}` : ''}` : '',
      g.meetings ?? '',
    ];
    out.push({
      ref: `leading-group:${j.id}`,
      kind: 'duty',
      title: title('领导小组'),
      heading: g.name ?? `${j.name}控辍保学领导小组`,
      text: lines.filter(Boolean).join('\n'),
      keywords: ['领导小组'],
      url: guidanceUrls.leadingGroup(j.id),
      jurisdictions: [j.id],
      ...base(g.source),
    });
  }
  return out;
}

/** Built jurisdictions offering the form, and the highest of them (national, when it does): links go there. */
function formHome(form: FormSchemaInfo, all: ResolvedJurisdiction[]) {
  const users = all.filter((j) => j.forms.includes(form.id));
  const home = [...users].sort((a, b) => levelRank(a.level) - levelRank(b.level))[0];
  return { users, home };
}

/**
 * The form itself: its name, what it is for and the clauses that call for it,
 * so 辍学学生登记表 finds the form once instead of each of its fields.
 */
function formEntry(form: FormSchemaInfo, all: ResolvedJurisdiction[], documents: PolicyDocument[]): SearchEntry[] {
  const { users, home } = formHome(form, all);
  if (!home) return [];
  const formTitle = form.schema.title ?? form.id;
  const clauses = new Map<string, { doc: PolicyDocument; c: FlatClause }>(documents.flatMap((doc) => flattenClauses(doc).map((c) => [`${doc.id}#${c.id}`, { doc, c }] as const)));
  const basis = ((formSources as Record<string, string[]>)[form.id] ?? []).flatMap((ref) => {
    const found = clauses.get(ref);
    return found ? [`${clauseShortLabel(found.doc, found.c)}${found.c.heading && found.c.id !== 'preamble' ? `（${found.c.heading}）` : ''}`] : [];
  });
  // The names documents print for it (附件1 2022年春季学期义务教育辍学学生登记表).
  const printed = documents.flatMap((d) => (d.attachments ?? []).filter((a) => a.form === form.id).map((a) => a.title));
  return [
    {
      ref: `form:${form.id}`,
      kind: 'form',
      // Whose form a result opens depends on who searches (hit-link.ts).
      title: '标准表单',
      heading: formTitle,
      text: [form.schema.description ?? '', basis.length ? `填写依据：${basis.join('；')}` : ''].filter(Boolean).join('\n'),
      keywords: [...new Set([formTitle, ...printed])],
      url: guidanceUrls.form(home.id, form.id),
      jurisdictions: users.map((j) => j.id),
      level: home.level,
    },
  ];
}

/** Every field with help text; fields inside arrays link to the array. */
function formFieldEntries(form: FormSchemaInfo, all: ResolvedJurisdiction[]): SearchEntry[] {
  const { users, home } = formHome(form, all);
  if (!home) return [];
  const formTitle = form.schema.title ?? form.id;
  const out: SearchEntry[] = [];
  const deref = (s: JsonSchema): JsonSchema => {
    const m = s.$ref?.match(/^#\/\$defs\/(.+)$/);
    const target = m ? form.schema.$defs?.[m[1]!] : undefined;
    return target ? { ...target, ...s } : s;
  };
  // Inside an array the items may not exist yet (no 监护人 added): link to the array's fieldset.
  const walk = (node: JsonSchema, path: string[], arrayAnchor: string[] | undefined, trail: string[]) => {
    for (const [key, raw] of Object.entries(node.properties ?? {})) {
      // 本地补充字段 is drawn only where a jurisdiction configures extra fields, and says nothing by itself.
      if (raw.$ref === '#/$defs/extra') continue;
      const field = deref(raw);
      const here = [...path, key];
      const at = arrayAnchor ?? here;
      const names = field.title ? [...trail, field.title] : trail;
      if (field.title && field.description) {
        out.push({
          ref: `form-field:${form.id}/${here.join('.')}`,
          kind: 'form-field',
          title: `${formTitle} · 填表说明`,
          heading: names.join(' › '),
          text: field.description,
          keywords: [],
          url: guidanceUrls.formField(home.id, form.id, at),
          jurisdictions: users.map((j) => j.id),
          level: home.level,
        });
      }
      if (field.properties) walk(field, here, arrayAnchor, names);
      const items = field.items ? deref(field.items) : undefined;
      if (items?.properties) walk(items, here, arrayAnchor ?? here, names);
    }
  };
  walk(form.schema, [], undefined, []);
  return out;
}

function documentInfo(doc: PolicyDocument): SearchDocumentInfo {
  return {
    id: doc.id,
    title: doc.title,
    label: docLabel(doc),
    ...(doc.docNumber ? { docNumber: doc.docNumber } : {}),
    level: doc.level,
    numbering: doc.numbering ?? 'nested',
    ...(doc.jurisdiction ? { jurisdiction: doc.jurisdiction } : {}),
    ...statusField(doc),
    ...(doc.statusDate && doc.status !== 'in-force' ? { statusDate: doc.statusDate } : {}),
    clauses: flattenClauses(doc)
      .filter((c) => c.number)
      .map((c) => [c.number, c.id]),
    ...(doc.attachments?.length ? { attachments: doc.attachments.map((a) => ({ title: a.title, ...(a.form ? { form: a.form } : {}) })) } : {}),
  };
}

/** The searchable entries plus what the browser needs to label and filter them. */
export function searchStore({ documents, jurisdictions, forms = [] }: SearchSources): SearchStore {
  const entries: SearchEntry[] = [];
  // Who applies each document, in one pass (per document a scan of every jurisdiction grew as N²).
  const appliers = new Map<string, string[]>();
  for (const j of jurisdictions) {
    for (const id of new Set(j.documents)) {
      let list = appliers.get(id);
      if (!list) appliers.set(id, (list = []));
      list.push(j.id);
    }
  }
  for (const doc of documents) {
    const applies = [...(appliers.get(doc.id) ?? [])];
    entries.push(...(doc.fullText === false ? [metadataEntry(doc, applies)] : clauseEntries(doc, applies)));
  }
  const byId = new Map(documents.map((d) => [d.id, d]));
  const holders = holderIndexes(jurisdictions);
  for (const j of jurisdictions) entries.push(...guidanceEntries(j, holders, byId));
  for (const f of forms) entries.push(...formEntry(f, jurisdictions, documents), ...formFieldEntries(f, jurisdictions));
  const info: SearchJurisdictionInfo[] = jurisdictions.map((j) => ({ id: j.id, name: j.name, level: j.level as Level }));
  return { entries, documents: documents.map(documentInfo), jurisdictions: info };
}

/** A category's evidence in a sentence: every document, or one situation's documents of several. */
function evidenceText(c: { evidence: string[]; evidenceAlternatives?: { situation: string; evidence: string[] }[] }): string {
  if (!c.evidenceAlternatives?.length) return `证明材料：${c.evidence.join('；')}`;
  return `证明材料（任一情形的材料齐全即可）：${c.evidenceAlternatives.map((a) => `${a.situation}：${a.evidence.join('、')}`).join('；')}`;
}
