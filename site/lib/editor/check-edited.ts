/**
 * The config editor's live check: the file being edited, loaded together with
 * the files it depends on (its ancestors, the documents it cites), through
 * the same loader and cross-file rules as `npx baoxue validate` — so the page
 * shows the CLI's messages, and only those about the edited file.
 */
import type { Diagnostic } from '../config/diagnostic.ts';
import { loadConfigSources, type ConfigSet, type ConfigSource } from '../config/load-sources.ts';

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

export interface EditedCheck {
  diagnostics: Diagnostic[];
  set: ConfigSet;
}

export function checkEdited(edited: EditedFile[], context: EditorContext): EditedCheck {
  const mine = new Set(edited.map(displayPath));
  const source = (f: EditedFile): ConfigSource => ({ file: displayPath(f), name: f.name, text: f.text });
  const others = (list: ConfigSource[], kind: EditedKind) => list.filter((s) => !edited.some((e) => e.kind === kind && e.name === s.name));
  const set = loadConfigSources('config', {
    policies: [...others(context.policies, 'document'), ...edited.filter((e) => e.kind === 'document').map(source)],
    jurisdictions: [...others(context.jurisdictions, 'jurisdiction'), ...edited.filter((e) => e.kind === 'jurisdiction').map(source)],
  });
  return { set, diagnostics: set.diagnostics.filter((d) => mine.has(d.file)) };
}

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
