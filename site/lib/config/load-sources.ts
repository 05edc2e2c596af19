/**
 * Parse, validate and cross-check config files given as texts — the part of
 * loading that needs no file system, so the CLI (load-config.ts reads the
 * folder) and the in-browser config editor report the same diagnostics.
 */
import type { Jurisdiction } from '../../generated/types/jurisdiction.ts';
import type { PolicyDocument } from '../../generated/types/policy-document.ts';
import { validateJurisdiction, validatePolicyDocument } from '../../generated/validators/config.js';
import { formatErrors } from '../validation/format-errors.ts';
import { configRegistry, jurisdictionSchema, policyDocumentSchema } from './config-schemas.ts';
import type { Diagnostic } from './diagnostic.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { checkCrossFileRules } from './cross-rules.ts';
import type { ValidateFunction } from '../validation/types.ts';


/** A file's name without folder and .yaml extension: the id it must hold. */
const basename = (name: string) => name.replace(/^.*[\\/]/, '');

export interface ConfigSource {
  /** path shown to users */
  file: string;
  /** the file's name (its id + .yaml), for the id check */
  name: string;
  text: string;
}

export interface LoadedFile<T> {
  /** path shown to users, relative to the working directory */
  file: string;
  data: T;
  source: YamlSource;
  /** the file's text as read, for tools that show or serve it (the editor's config endpoints) */
  text: string;
}

export interface ConfigSet {
  dir: string;
  jurisdictions: Map<string, LoadedFile<Jurisdiction>>;
  documents: Map<string, LoadedFile<PolicyDocument>>;
  /** ids of files that exist but failed schema validation (so they do not cascade as "unknown") */
  brokenIds: Set<string>;
  diagnostics: Diagnostic[];
}

function loadKind<T extends { id: string }>(
  sources: ConfigSource[],
  validate: ValidateFunction,
  root: Record<string, unknown>,
  set: ConfigSet,
  into: Map<string, LoadedFile<T>>,
  kindLabel: string,
) {
  for (const { file, name: path, text } of sources) {
    const { source, errors } = parseYamlSource(text);
    if (!source) {
      for (const e of errors) set.diagnostics.push({ file, line: e.line, col: e.col, pointer: '', message: e.message, severity: 'error', code: 'yaml-syntax' });
      set.brokenIds.add(basename(path).replace(/\.ya?ml$/i, ''));
      continue;
    }
    const data = source.data;
    const expectedId = basename(path).replace(/\.ya?ml$/i, '');
    if (!validate(data)) {
      for (const p of formatErrors(validate.errors ?? [], { root, registry: configRegistry })) {
        const loc = p.key !== undefined ? source.locate(p.pointer.slice(0, -(p.key.length + 1)), { key: p.key }) : source.locate(p.pointer);
        set.diagnostics.push({ file, ...loc, pointer: p.pointer, message: p.message, severity: 'error', code: p.code });
      }
      const id = data && typeof data === 'object' && typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : expectedId;
      set.brokenIds.add(id);
      continue;
    }
    const typed = data as T;
    if (typed.id !== expectedId) {
      set.diagnostics.push({ file, ...source.locate('/id'), pointer: '/id', message: `${kindLabel}标识 “${typed.id}” 与文件名 ${basename(path)} 不一致，请把文件改名为 ${typed.id}.yaml 或改正标识。`, severity: 'error', code: 'id-mismatch' });
    }
    const existing = into.get(typed.id);
    if (existing) {
      set.diagnostics.push({ file, ...source.locate('/id'), pointer: '/id', message: `${kindLabel}标识 “${typed.id}” 重复，已在 ${existing.file} 中使用。`, severity: 'error', code: 'duplicate-id' });
      continue;
    }
    into.set(typed.id, { file, data: typed, source, text });
  }
}


/** Every source parsed and validated (policies first, as jurisdictions cite them), then the cross-file rules. */
export function loadConfigSources(dir: string, sources: { policies: ConfigSource[]; jurisdictions: ConfigSource[] }, diagnostics: Diagnostic[] = []): ConfigSet {
  const set: ConfigSet = { dir, jurisdictions: new Map(), documents: new Map(), brokenIds: new Set(), diagnostics };
  loadKind(sources.policies, validatePolicyDocument, policyDocumentSchema, set, set.documents, '文件');
  loadKind(sources.jurisdictions, validateJurisdiction, jurisdictionSchema, set, set.jurisdictions, '辖区');
  checkCrossFileRules(set);
  return set;
}

export function hasErrors(set: ConfigSet): boolean {
  return set.diagnostics.some((d) => d.severity === 'error');
}
