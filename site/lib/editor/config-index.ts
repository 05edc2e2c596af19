/**
 * The list the config editor opens files from: jurisdictions (with their
 * parents, so the editor can fetch a file's ancestors) and documents. The
 * files themselves are served one by one (/api/config/<folder>/<id>.yaml), so
 * the editor downloads only what the file being edited depends on.
 */
import type { ConfigSet } from '../config/load-sources.ts';

export interface ConfigIndex {
  jurisdictions: { id: string; name: string; level: string; parent?: string }[];
  documents: { id: string; title: string; docNumber?: string; jurisdiction?: string }[];
  /** config/templates/: starting points that `new --from` copies */
  templates: { id: string; name: string }[];
}

/** The templates among the files loaded for their references only (config/templates/*.yaml). */
export function templateFiles(set: Pick<ConfigSet, 'partial'>) {
  return (set.partial ?? []).filter((p) => /(^|[\\/])templates[\\/][^\\/]+\.ya?ml$/i.test(p.file.file)).map((p) => p.file);
}

export function configIndex(set: Pick<ConfigSet, 'jurisdictions' | 'documents' | 'partial'>): ConfigIndex {
  return {
    jurisdictions: [...set.jurisdictions.values()].map(({ data: j }) => ({ id: j.id, name: j.name, level: j.level, ...(j.parent ? { parent: j.parent } : {}) })),
    documents: [...set.documents.values()].map(({ data: d }) => ({
      id: d.id,
      title: d.shortTitle ?? d.title,
      ...(d.docNumber ? { docNumber: d.docNumber } : {}),
      ...(d.jurisdiction ? { jurisdiction: d.jurisdiction } : {}),
    })),
    templates: templateFiles(set).map((f) => {
      const d = (f.data ?? {}) as { id?: unknown; name?: unknown };
      return { id: String(d.id), name: typeof d.name === 'string' ? d.name : String(d.id) };
    }),
  };
}

export const configFileUrl = (folder: 'jurisdictions' | 'policies' | 'templates', id: string) => `/api/config/${folder}/${id}.yaml`;
