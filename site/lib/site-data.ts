/**
 * Build-time access to the validated, resolved configuration. Astro pages
 * import this (never the browser): it reads config/ once per build.
 */
import { resolve } from 'node:path';
import { formatDiagnostic, sortDiagnostics } from './config/diagnostic.ts';
import { hasErrors, loadConfig, type ConfigSet } from './config/load-config.ts';
import { readConfigSnapshot } from './config/config-snapshot.ts';
import { resolveJurisdiction, type ResolvedJurisdiction } from './config/resolve.ts';
import type { PolicyDocument } from '../generated/types/policy-document.ts';
import { flattenClauses, type FlatClause } from './policies/clauses.ts';
import { scopedDocumentIds, scopedJurisdictionIds } from './site-scope.ts';
import { isolateBidiDeep } from './text/isolate-bidi.ts';

export interface CatalogueClause {
  /** `<document-id>#<clause-id>`, the same form as every `source` */
  id: string;
  document: string;
  docNumber: string | null;
  number: string;
  heading: string | null;
  text: string;
  url: string;
  implements: string[];
}

let cached: ConfigSet | undefined;

export function configSet(): ConfigSet {
  if (cached) return cached;
  // `baoxue build` has just loaded and checked the config: its snapshot spares parsing the YAML again.
  const snapshot = process.env.BAOXUE_CONFIG_SNAPSHOT;
  const set = snapshot ? readConfigSnapshot(snapshot) : loadConfig(resolve(process.env.BAOXUE_CONFIG_DIR ?? 'config'));
  if (hasErrors(set)) {
    const lines = sortDiagnostics(set.diagnostics).map(formatDiagnostic).join('\n');
    throw new Error(`配置有误，无法生成网站：\n${lines}\n请先运行 npx baoxue validate 并逐条修改。`);
  }
  // A right-to-left override in any text shown on the site cannot reorder what is printed next to it.
  for (const files of [set.jurisdictions, set.documents] as const) for (const f of files.values()) f.data = isolateBidiDeep(f.data);
  cached = set;
  return set;
}

/** `baoxue build --only` ids, if any. */
const onlyIds = () => process.env.BAOXUE_ONLY?.split(',').filter(Boolean);

// Every page asks for these again (a jurisdiction page lists its children out of all of them, a
// form page names every jurisdiction with that form): worked out once per build, they keep the
// build linear in the number of jurisdictions. Pages only read them.
let builtIds: string[] | undefined;
const resolvedById = new Map<string, ResolvedJurisdiction>();
let everyResolved: ResolvedJurisdiction[] | undefined;

/** Jurisdictions to build: all, or those named by `baoxue build --only` and their ancestors (site-scope.ts). */
export function builtJurisdictionIds(): string[] {
  return (builtIds ??= scopedJurisdictionIds(configSet(), onlyIds()));
}

export function resolved(id: string): ResolvedJurisdiction {
  let j = resolvedById.get(id);
  if (!j) resolvedById.set(id, (j = resolveJurisdiction(configSet(), id)));
  return j;
}

export function allResolved(): ResolvedJurisdiction[] {
  return (everyResolved ??= builtJurisdictionIds().map(resolved));
}

let builtDocuments: PolicyDocument[] | undefined;

export function documents(): PolicyDocument[] {
  if (builtDocuments) return builtDocuments;
  const set = configSet();
  const only = scopedDocumentIds(set, onlyIds());
  builtDocuments = [...set.documents.values()].map((d) => d.data).filter((d) => !only || only.has(d.id));
  return builtDocuments;
}

export function document(id: string): PolicyDocument | undefined {
  return configSet().documents.get(id)?.data;
}

export const clauseUrl = (document: string, clause: string) => `/policies/${document}/#${clause}`;

export function sourceUrl(ref: string): string {
  const [doc = '', clause = ''] = ref.split('#');
  return clauseUrl(doc, clause);
}

const flatByDocument = new WeakMap<PolicyDocument, FlatClause[]>();
const clauseById = new WeakMap<PolicyDocument, Map<string, FlatClause>>();

/** The document's clauses in order; flattened once per build (every SourceLink of every page asks). */
export function flatClauses(doc: PolicyDocument): FlatClause[] {
  let flat = flatByDocument.get(doc);
  if (!flat) flatByDocument.set(doc, (flat = flattenClauses(doc)));
  return flat;
}

function clauseOf(doc: PolicyDocument, id: string): FlatClause | undefined {
  let byId = clauseById.get(doc);
  if (!byId) {
    byId = new Map();
    // The first clause of an id wins, as Array.find would pick it.
    for (const c of flatClauses(doc)) if (!byId.has(c.id)) byId.set(c.id, c);
    clauseById.set(doc, byId);
  }
  return byId.get(id);
}

/** Every clause of every built document, as written to /api/clauses.json. */
export function clauseCatalogue(): CatalogueClause[] {
  return documents().flatMap((doc) =>
    flatClauses(doc).map((c) => ({
      id: `${doc.id}#${c.id}`,
      document: doc.id,
      docNumber: doc.docNumber ?? null,
      number: c.number,
      heading: c.heading ?? null,
      text: c.text,
      url: clauseUrl(doc.id, c.id),
      implements: c.implements,
    })),
  );
}

/** A short human label for a `source` reference, e.g. 国办发〔2017〕72号 第11条. */
export function sourceLabel(ref: string): string {
  const [docId = '', clauseId = ''] = ref.split('#');
  const doc = document(docId);
  if (!doc) return ref;
  const clause = clauseOf(doc, clauseId);
  const name = doc.docNumber ?? doc.shortTitle ?? doc.title;
  if (!clause) return name;
  if (clause.id === 'preamble') return `${name} 导语`;
  return doc.numbering === 'continuous' && /^\d+$/.test(clause.number) ? `${name} 第${clause.number}条` : `${name} ${clause.number}`;
}
