import type { Jurisdiction } from '../../generated/types/jurisdiction.ts';
import { flattenClauses, parseClauseRef } from '../policies/clauses.ts';
import { closestFirst, hint, namedHint } from '../text/did-you-mean.ts';
import type { ConfigSet, LoadedFile, PartialFile } from './load-sources.ts';
import { looserTargets } from './target-comparison.ts';
import { checkDocumentStatus } from './status-warnings.ts';
import { ancestry } from './resolve.ts';
import { formOptionProblems } from '../forms/form-option-paths.ts';
import { quote } from '../text/quote-value.ts';

const named = (set: ConfigSet) => [...set.jurisdictions.values()].map((j) => ({ id: j.data.id, name: j.data.name }));

const levelRank: Record<string, number> = { national: 0, province: 1, city: 2, county: 3, town: 4, school: 5 };

/** Every `source` / `implements` clause reference in a value, with its JSON pointer. */
function* clauseRefs(value: unknown, pointer = ''): Generator<{ pointer: string; ref: string }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* clauseRefs(value[i], `${pointer}/${i}`);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const p = `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (k === 'source' && typeof v === 'string') yield { pointer: p, ref: v };
      else if (k === 'implements' && Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (typeof v[i] === 'string' && v[i].includes('#')) yield { pointer: `${p}/${i}`, ref: v[i] };
      } else yield* clauseRefs(v, p);
    }
  }
}

/** Keyed lists must not repeat a key inside one file. */
const keyedLists: { list: keyof Jurisdiction; key: (item: Record<string, unknown>) => string; what: string }[] = [
  { list: 'targets', key: (t) => String(t.indicator), what: '指标' },
  { list: 'duties', key: (d) => String(d.unit), what: '单位' },
  { list: 'escalation', key: (s) => String(s.id), what: '步骤标识' },
  { list: 'procedures', key: (s) => String(s.id), what: '程序标识' },
  { list: 'calendar', key: (s) => String(s.id), what: '日历规则标识' },
  { list: 'categories', key: (s) => String(s.code), what: '类别代码' },
];

/** Rules that need more than one file: parents, references, duplicates, inherited targets. */
export function checkCrossFileRules(set: ConfigSet): void {
  const error = (f: LoadedFile<unknown>, pointer: string, code: string, message: string, key?: string) => {
    const loc = key !== undefined ? f.source.locate(pointer, { key }) : f.source.locate(pointer);
    set.diagnostics.push({ file: f.file, ...loc, pointer: key !== undefined ? `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` : pointer, message, severity: 'error', code });
  };
  const warn = (f: LoadedFile<unknown>, pointer: string, code: string, message: string) => {
    set.diagnostics.push({ file: f.file, ...f.source.locate(pointer), pointer, message, severity: 'warning', code });
  };

  const clauseIds = new Map<string, Set<string>>();
  for (const [id, doc] of set.documents) {
    const seen = new Map<string, string>();
    const walk = (clauses: NonNullable<typeof doc.data.clauses>, pointer: string) => {
      clauses.forEach((c, i) => {
        const p = `${pointer}/${i}`;
        if (c.id === 'preamble') error(doc, `${p}/id`, 'reserved-id', '条款标识 “preamble” 保留给导语，请换一个标识。');
        else if (seen.has(c.id)) error(doc, `${p}/id`, 'duplicate-id', `条款标识 ${quote(c.id)} 在本文件中重复（另见 ${seen.get(c.id)}）。`);
        seen.set(c.id, p);
        if (c.clauses) walk(c.clauses, `${p}/clauses`);
      });
    };
    walk(doc.data.clauses ?? [], '/clauses');
    clauseIds.set(id, new Set(flattenClauses(doc.data).map((c) => c.id)));
    if (doc.data.fullText === false && (doc.data.clauses?.length ?? 0) > 0) {
      error(doc, '/fullText', 'fulltext-with-clauses', '“是否收录全文”为 false，但文件列出了条款；请删去条款或改为 true。');
    }
    if (doc.data.jurisdiction && !set.jurisdictions.has(doc.data.jurisdiction) && !set.brokenIds.has(doc.data.jurisdiction)) {
      error(doc, '/jurisdiction', 'unknown-jurisdiction', `找不到辖区 ${quote(doc.data.jurisdiction)}。${hint(doc.data.jurisdiction, set.jurisdictions.keys())}`);
    }
    (doc.data.implements ?? []).forEach((d, i) => {
      if (!set.documents.has(d) && !set.brokenIds.has(d)) error(doc, `/implements/${i}`, 'unknown-document', `找不到政策文件 ${quote(d)}。${hint(d, set.documents.keys())}`);
      if (d === id) error(doc, `/implements/${i}`, 'self-reference', '文件不能落实它自己。');
    });
  }

  const checkRef = (f: LoadedFile<unknown>, pointer: string, ref: string) => {
    const { document, clause } = parseClauseRef(ref);
    if (set.brokenIds.has(document)) return;
    const ids = clauseIds.get(document);
    if (!ids) {
      error(f, pointer, 'unknown-document', `条款引用 ${quote(ref)} 指向不存在的政策文件 ${quote(document)}。${hint(document, set.documents.keys())}`);
    } else if (!ids.has(clause)) {
      const doc = set.documents.get(document)!;
      const extra = doc.data.fullText === false ? '该文件未收录全文，不能引用其条款。' : clauseList(clause, ids, doc.file);
      error(f, pointer, 'unknown-clause', `条款引用 ${quote(ref)} 指向的条款 ${quote(clause)} 在 ${doc.data.docNumber ?? doc.data.title} 中不存在。${extra}`);
    }
  };
  for (const doc of set.documents.values()) for (const r of clauseRefs(doc.data)) checkRef(doc, r.pointer, r.ref);

  for (const [id, j] of set.jurisdictions) {
    const data = j.data;
    for (const r of clauseRefs(data)) checkRef(j, r.pointer, r.ref);
    if (id === 'national' || data.level === 'national') {
      if (data.parent) error(j, '/parent', 'national-parent', '国家级辖区不能有上级辖区。');
    } else if (!data.parent) {
      error(j, '', 'missing-parent', '缺少上级辖区 “parent”（只有 national 可以不填）。');
    } else if (!set.jurisdictions.has(data.parent) && !set.brokenIds.has(data.parent)) {
      error(j, '/parent', 'unknown-parent', `找不到上级辖区 ${quote(data.parent)}。${namedHint(data.parent, named(set))}`);
    } else {
      const chain = ancestry(set, id);
      if (chain.cycle) {
        error(j, '/parent', 'cyclic-parent', `上级辖区形成循环：${chain.cycle.join(' → ')}。`);
      } else {
        const parent = set.jurisdictions.get(data.parent);
        if (parent && levelRank[parent.data.level]! >= levelRank[data.level]!) {
          warn(j, '/level', 'level-order', `辖区层级 ${quote(data.level)} 不低于上级 ${parent.data.name} 的层级 ${quote(parent.data.level)}，请确认。`);
        }
      }
    }
    (data.documents ?? []).forEach((d, i) => {
      if (!set.documents.has(d) && !set.brokenIds.has(d)) error(j, `/documents/${i}`, 'unknown-document', `找不到政策文件 ${quote(d)}。${hint(d, set.documents.keys())}`);
    });
    for (const { list, key, what } of keyedLists) {
      const items = (data[list] as Record<string, unknown>[] | undefined) ?? [];
      const seen = new Map<string, number>();
      items.forEach((item, i) => {
        const k = key(item);
        if (seen.has(k)) error(j, `/${list}/${i}`, 'duplicate-key', `${what} ${quote(k)} 在本文件中重复（第 ${seen.get(k)! + 1} 项已写过）。`);
        seen.set(k, i);
      });
    }
    (data.categories ?? []).forEach((c, i) => {
      // Either every document is required, or one situation's documents are (“视其不同情况具体对待”): never both, never neither.
      if (c.evidence && c.evidenceAlternatives) {
        error(j, `/categories/${i}/evidenceAlternatives`, 'evidence-twice', `类别 ${c.code} 同时写了“证明材料”（evidence）和“按情形留存的材料”（evidenceAlternatives），只能写一种。`);
      } else if (!c.evidence && !c.evidenceAlternatives) {
        error(j, `/categories/${i}`, 'missing-evidence', `类别 ${c.code} 没有写须留存的材料：请写“证明材料”（evidence），材料因情形而异时写“按情形留存的材料”（evidenceAlternatives）。`);
      }
      const situations = new Map<string, number>();
      (c.evidenceAlternatives ?? []).forEach((a, k) => {
        if (situations.has(a.situation)) error(j, `/categories/${i}/evidenceAlternatives/${k}/situation`, 'duplicate-key', `情形 ${quote(a.situation)} 在类别 ${c.code} 中重复（第 ${situations.get(a.situation)! + 1} 项已写过）。`);
        situations.set(a.situation, k);
      });
    });
    for (const p of formOptionProblems(data.formOptions as never)) error(j, p.pointer, p.code, p.message, p.key);
    const memberKeys = new Map<string, number>();
    (data.leadingGroup?.members ?? []).forEach((m, i) => {
      const k = `${m.unit}|${m.title ?? ''}|${m.name ?? ''}`;
      if (memberKeys.has(k)) error(j, `/leadingGroup/members/${i}`, 'duplicate-member', `领导小组成员（${m.unit}${m.title ?? ''}${m.name ? ' ' + m.name : ''}）重复列出（第 ${memberKeys.get(k)! + 1} 项）。`);
      memberKeys.set(k, i);
    });
  }

  for (const partial of set.partial ?? []) checkPartialFile(partial, checkRef, error, set);

  checkInheritedTargets(set, warn);
  checkDocumentStatus(set);
}

const shownClauses = 12;

/** The clause ids a document does have, the likeliest meant first, so the fix can be copied from the message. */
function clauseList(clause: string, ids: Set<string>, file: string): string {
  if (ids.size === 0) return `该文件没有列出任何条款（见 ${file}）。`;
  const ranked = closestFirst(clause, ids);
  const shown = ranked.slice(0, shownClauses).map((c) => `“${c}”`).join('、');
  const more = ranked.length > shownClauses ? `……共 ${ranked.length} 条，全部见 ${file}` : '';
  return `该文件的条款标识（最接近的在前）：${shown}${more}。`;
}

const strings = (v: unknown): [number, string][] => (Array.isArray(v) ? v.flatMap((x, i) => (typeof x === 'string' ? [[i, x] as [number, string]] : [])) : []);

/**
 * A file with schema errors still gets the rules that only need its
 * references (parent, documents, cited clauses), so fixing its schema errors
 * does not reveal a second round; nothing is reported at or under a value the
 * schema already complained about.
 */
function checkPartialFile(
  { kind, file, errorPointers }: PartialFile,
  checkRef: (f: LoadedFile<unknown>, pointer: string, ref: string) => void,
  error: (f: LoadedFile<unknown>, pointer: string, code: string, message: string) => void,
  set: ConfigSet,
) {
  const flagged = (pointer: string) => errorPointers.some((e) => pointer === e || pointer.startsWith(`${e}/`) || e === '');
  const data = file.data && typeof file.data === 'object' && !Array.isArray(file.data) ? (file.data as Record<string, unknown>) : undefined;
  if (!data) return;
  const report = (pointer: string, code: string, message: string) => {
    if (!flagged(pointer)) error(file, pointer, code, message);
  };
  for (const r of clauseRefs(data)) if (!flagged(r.pointer) && parseClauseRef(r.ref).document) checkRef(file, r.pointer, r.ref);
  const documentList = kind === 'jurisdiction' ? 'documents' : 'implements';
  for (const [i, d] of strings(data[documentList])) {
    if (!set.documents.has(d) && !set.brokenIds.has(d)) report(`/${documentList}/${i}`, 'unknown-document', `找不到政策文件 ${quote(d)}。${hint(d, set.documents.keys())}`);
  }
  const parentKey = kind === 'jurisdiction' ? 'parent' : 'jurisdiction';
  const parent = data[parentKey];
  if (typeof parent === 'string' && !set.jurisdictions.has(parent) && !set.brokenIds.has(parent)) {
    const what = kind === 'jurisdiction' ? '上级辖区' : '辖区';
    report(`/${parentKey}`, kind === 'jurisdiction' ? 'unknown-parent' : 'unknown-jurisdiction', `找不到${what} ${quote(parent)}。${namedHint(parent, named(set))}`);
  }
}

/** A target looser than the one the parent chain sets is allowed but worth a warning (target-comparison.ts, shared with the targets page). */
function checkInheritedTargets(set: ConfigSet, warn: (f: LoadedFile<unknown>, pointer: string, code: string, message: string) => void) {
  for (const [id, j] of set.jurisdictions) {
    const chain = ancestry(set, id);
    // Only a complete chain can be compared; a broken link is reported elsewhere.
    if (chain.cycle || chain.ids.length < 2 || !chain.ids.every((x) => set.jurisdictions.has(x))) continue;
    for (const l of looserTargets(chain.ids.map((x) => set.jurisdictions.get(x)!.data))) warn(j, `/targets/${l.index}/value`, 'looser-target', l.message);
  }
}
