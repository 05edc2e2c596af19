/**
 * The config editor's files: what is being edited, what it depends on (its
 * ancestors and cited documents) and where it goes — light helpers the page
 * needs before the checker itself (check-edited.ts) has loaded.
 */
import type { ConfigSource } from '../config/load-sources.ts';

export type EditedKind = 'jurisdiction' | 'document';

export interface EditedFile {
  kind: EditedKind;
  /** the file's name, `<id>.yaml` */
  name: string;
  text: string;
}

export interface EditorContext {
  jurisdictions: ConfigSource[];
  policies: ConfigSource[];
}

export const folderOf = (kind: EditedKind) => (kind === 'jurisdiction' ? 'jurisdictions' : 'policies');
export const displayPath = (f: Pick<EditedFile, 'kind' | 'name'>) => `config/${folderOf(f.kind)}/${f.name}`;

/** Every document a config object names: its `documents`, every `source` and `implements` in it. */
export function citedDocuments(data: unknown): string[] {
  const out = new Set<string>();
  const walk = (v: unknown, key?: string) => {
    if (typeof v === 'string') {
      if (key === 'source' || key === 'implements' || key === 'documents' || key === 'replacedBy') out.add(v.split('#')[0]!);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(data);
  out.delete('');
  return [...out].sort();
}

/** The ancestors of a jurisdiction by the site's index (nearest first), stopping at a loop. */
export function ancestorIds(parent: string | undefined, parents: Map<string, string | undefined>): string[] {
  const out: string[] = [];
  for (let p = parent; p && parents.has(p) && !out.includes(p); p = parents.get(p)) out.push(p);
  return out;
}
