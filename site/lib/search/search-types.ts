/** Shapes of the search index file, shared by the build, the browser and the tests. */
import type { PackedIndex } from './compact-index.ts';

export type EntryKind = 'clause' | 'procedure' | 'duty' | 'form' | 'form-field';
export type Level = 'national' | 'province' | 'city' | 'county' | 'town' | 'school';

/** One searchable thing: a clause, a procedure (or escalation step, deadline, category), a duty, a form, or a form field's help. */
export interface SearchEntry {
  /** `<document-id>#<clause-id>` for clauses; `<kind>:<jurisdiction>/<id>` otherwise */
  ref: string;
  kind: EntryKind;
  /** where it comes from, e.g. 国办发〔2017〕72号 第11条 or 唐河县 · 工作程序 */
  title: string;
  heading: string;
  text: string;
  keywords: string[];
  url: string;
  /** policy document id (clauses, and guidance citing a clause) */
  document?: string;
  /** built jurisdictions where it applies (a national clause applies everywhere) */
  jurisdictions: string[];
  /** the jurisdiction that states it, if any */
  origin?: string;
  level: Level;
  /** 效力状态 of `document` when it is not in force (expired, repealed, invalidated, superseded, reference); absent otherwise */
  status?: string;
}

export interface SearchDocumentInfo {
  id: string;
  title: string;
  label: string;
  docNumber?: string;
  level: Level;
  numbering: 'nested' | 'continuous';
  jurisdiction?: string;
  /** 效力状态 and its date, when not in force (see document-status.ts) */
  status?: string;
  statusDate?: string;
  /** [printed number, clause id], e.g. ['11', 'c11'] or ['三(一)2', '3-1-2'] */
  clauses: [string, string][];
  /** 附件 in printed order (附件1 first), each with the form it is when it is one (attachment-refs.ts) */
  attachments?: { title: string; form?: string }[];
}

export interface SearchJurisdictionInfo {
  id: string;
  name: string;
  level: Level;
}

export interface SearchStore {
  entries: SearchEntry[];
  documents: SearchDocumentInfo[];
  jurisdictions: SearchJurisdictionInfo[];
}

/** The file served at /api/search-index.json. */
export interface SearchIndexFile {
  version: 1;
  /** the lunr index in packed form (see compact-index.ts); refs are positions in store.entries */
  index: PackedIndex;
  store: SearchStore;
}
