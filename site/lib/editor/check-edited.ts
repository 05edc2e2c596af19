/**
 * The config editor's live check: the file being edited, loaded together with
 * the files it depends on (its ancestors, the documents it cites), through
 * the same loader and cross-file rules as `npx baoxue validate` — so the page
 * shows the CLI's messages, and only those about the edited file.
 */
import type { Diagnostic } from '../config/diagnostic.ts';
import { loadConfigSources, type ConfigSet, type ConfigSource } from '../config/load-sources.ts';
import { displayPath, type EditedFile, type EditedKind, type EditorContext } from './edited-files.ts';

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

