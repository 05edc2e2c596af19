/**
 * Links between clauses and everything that refers to them: local clauses that
 * implement a national clause (and back), and the targets, duties, procedures,
 * deadlines, categories and forms whose `source` is the clause. Pure: pages
 * pass in the documents and resolved jurisdictions they built.
 */
import type { PolicyDocument } from '../../generated/types/policy-document.ts';
import type { ResolvedJurisdiction } from '../config/resolve.ts';
import { targetText } from '../format.ts';
import { fieldSources, formSources } from '../forms/form-sources.ts';
import { flattenClauses, type FlatClause } from './clauses.ts';
import { guidanceUrls } from './guidance-links.ts';

export interface LinkedClause {
  ref: string;
  doc: PolicyDocument;
  clause: FlatClause;
}

export type CiterKind = 'target' | 'duty' | 'escalation' | 'procedure' | 'calendar' | 'category' | 'leading-group' | 'form';

export const citerKindLabels: Record<CiterKind, string> = {
  target: '工作目标',
  duty: '责任分工',
  escalation: '缺勤处置',
  procedure: '工作程序',
  calendar: '工作日历',
  category: '核查类别',
  'leading-group': '领导小组',
  form: '标准表单',
};

export interface Citer {
  kind: CiterKind;
  jurisdiction: { id: string; name: string };
  /** one line saying what cites the clause */
  label: string;
  url: string;
}

export interface ClauseLinks {
  /** clauses (in other documents) that this clause says it implements */
  implements: (ref: string) => LinkedClause[];
  /** clauses that say they implement this clause */
  implementedBy: (ref: string) => LinkedClause[];
  citedBy: (ref: string) => Citer[];
  /** forms attached to a document (its 附件), per jurisdiction that uses the document */
  formsOf: (docId: string) => Citer[];
}

export function clauseLinks(documents: PolicyDocument[], jurisdictions: ResolvedJurisdiction[], formTitles: Record<string, string> = {}): ClauseLinks {
  const byRef = new Map<string, LinkedClause>();
  for (const doc of documents) {
    for (const clause of flattenClauses(doc)) byRef.set(`${doc.id}#${clause.id}`, { ref: `${doc.id}#${clause.id}`, doc, clause });
  }
  const reverse = new Map<string, LinkedClause[]>();
  for (const linked of byRef.values()) {
    for (const target of linked.clause.implements) {
      const list = reverse.get(target) ?? [];
      list.push(linked);
      reverse.set(target, list);
    }
  }

  const citers = new Map<string, Citer[]>();
  const add = (ref: string | undefined, citer: Citer) => {
    if (!ref) return;
    const list = citers.get(ref) ?? [];
    if (!list.some((c) => c.url === citer.url && c.label === citer.label)) list.push(citer);
    citers.set(ref, list);
  };
  const names = new Map(jurisdictions.flatMap((j) => j.ancestors.map((a) => [a.id, a.name] as const)));
  const at = (id: string) => ({ id, name: names.get(id) ?? id });
  // Inherited items appear in every descendant: only count them where they are stated.
  for (const j of jurisdictions) {
    const own = <T extends { from: string }>(items: T[]) => items.filter((x) => x.from === j.id);
    const here = at(j.id);
    for (const t of own(j.targets)) add(t.source, { kind: 'target', jurisdiction: here, label: targetText(t), url: guidanceUrls.targets(j.id) });
    for (const d of own(j.duties)) {
      for (const item of d.items) add(item.source, { kind: 'duty', jurisdiction: here, label: `${d.unit}：${item.text}`, url: guidanceUrls.duties(j.id) });
    }
    for (const s of own(j.escalation)) {
      add(s.source, { kind: 'escalation', jurisdiction: here, label: `${s.afterText ?? ''}${s.afterText ? '：' : ''}${s.action}`, url: guidanceUrls.escalation(j.id, s.id) });
    }
    for (const p of own(j.procedures)) {
      const citer: Citer = { kind: 'procedure', jurisdiction: here, label: p.title, url: guidanceUrls.procedure(j.id, p.id) };
      add(p.source, citer);
      for (const step of p.steps) if (step.source && step.source !== p.source) add(step.source, { ...citer, label: `${p.title}：${step.label ?? step.action}` });
    }
    for (const c of own(j.calendar)) add(c.source, { kind: 'calendar', jurisdiction: here, label: c.title, url: guidanceUrls.calendar(j.id, c.id) });
    for (const c of own(j.categories)) add(c.source, { kind: 'category', jurisdiction: here, label: `${c.code} 类 ${c.label}`, url: guidanceUrls.category(j.id, c.code) });
    if (j.leadingGroup && j.leadingGroup.from === j.id) {
      add(j.leadingGroup.source, { kind: 'leading-group', jurisdiction: here, label: j.leadingGroup.name ?? `${j.name}控辍保学领导小组`, url: guidanceUrls.leadingGroup(j.id) });
    }
  }

  // Forms rest on clauses through form-sources.ts (the form as a whole, or one of its fields). A form is
  // listed under each such clause once, on the form page of the jurisdiction the clause's document belongs
  // to, else of the highest jurisdiction that follows the document and offers the form.
  const homeOf = new Map(documents.map((d) => [d.id, d.jurisdiction]));
  for (const [form, refs] of Object.entries(formSources)) {
    const fieldRefs = Object.values(fieldSources[form as keyof typeof fieldSources] ?? {}).flat();
    for (const ref of new Set([...refs, ...fieldRefs])) {
      const docId = ref.split('#')[0]!;
      const users = jurisdictions.filter((j) => j.documents.includes(docId) && j.forms.includes(form)).sort((a, b) => a.ancestors.length - b.ancestors.length);
      const home = users.find((j) => j.id === homeOf.get(docId)) ?? users[0];
      if (home) add(ref, { kind: 'form', jurisdiction: at(home.id), label: formTitles[form] ?? form, url: guidanceUrls.form(home.id, form) });
    }
  }

  const formsOf = (docId: string): Citer[] => {
    const doc = documents.find((d) => d.id === docId);
    const attached = (doc?.attachments ?? []).filter((a) => a.form);
    if (!doc || attached.length === 0) return [];
    const users = jurisdictions.filter((j) => j.documents.includes(docId));
    const home = users.find((j) => j.id === doc.jurisdiction) ?? users[0];
    if (!home) return [];
    return attached
      .filter((a) => home.forms.includes(a.form!))
      .map((a) => ({ kind: 'form' as const, jurisdiction: at(home.id), label: `${a.title}（${formTitles[a.form!] ?? a.form}）`, url: guidanceUrls.form(home.id, a.form!) }));
  };

  return {
    implements: (ref) => (byRef.get(ref)?.clause.implements ?? []).map((r) => byRef.get(r)).filter((x): x is LinkedClause => x !== undefined),
    implementedBy: (ref) => reverse.get(ref) ?? [],
    citedBy: (ref) => citers.get(ref) ?? [],
    formsOf,
  };
}
