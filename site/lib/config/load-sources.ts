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
import { withTypoFix } from './value-typos.ts';
import { quote } from '../text/quote-value.ts';


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
  /**
   * Files checked for their references only: files that failed schema
   * validation (so one `validate` shows every problem) and templates.
   */
  partial?: PartialFile[];
  diagnostics: Diagnostic[];
}

function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const seg of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

export interface PartialFile {
  kind: 'jurisdiction' | 'document';
  file: LoadedFile<unknown>;
  /** where schema errors were reported; no cross-file error is added at or under them */
  errorPointers: string[];
}

function loadKind<T extends { id: string }>(
  sources: ConfigSource[],
  validate: ValidateFunction,
  root: Record<string, unknown>,
  set: ConfigSet,
  into: Map<string, LoadedFile<T>>,
  kind: PartialFile['kind'],
) {
  const kindLabel = kind === 'document' ? '文件' : '辖区';
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
      const problems = formatErrors(validate.errors ?? [], { root, registry: configRegistry });
      for (const p of problems) {
        const loc = p.key !== undefined ? source.locate(p.pointer.slice(0, -(p.key.length + 1)), { key: p.key }) : source.locate(p.pointer);
        const message = p.key !== undefined ? p.message : withTypoFix(p.message, valueAt(data, p.pointer));
        set.diagnostics.push({ file, ...loc, pointer: p.pointer, message, severity: 'error', code: p.code });
      }
      const id = data && typeof data === 'object' && typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : expectedId;
      set.brokenIds.add(id);
      (set.partial ??= []).push({ kind, file: { file, data, source, text }, errorPointers: problems.map((p) => p.pointer) });
      continue;
    }
    const typed = data as T;
    if (typed.id !== expectedId) {
      set.diagnostics.push({ file, ...source.locate('/id'), pointer: '/id', message: `${kindLabel}标识 ${quote(typed.id)} 与文件名 ${basename(path)} 不一致，请把文件改名为 ${typed.id}.yaml 或改正标识。`, severity: 'error', code: 'id-mismatch' });
    }
    const existing = into.get(typed.id);
    if (existing) {
      set.diagnostics.push({ file, ...source.locate('/id'), pointer: '/id', message: `${kindLabel}标识 ${quote(typed.id)} 重复，已在 ${existing.file} 中使用。`, severity: 'error', code: 'duplicate-id' });
      continue;
    }
    into.set(typed.id, { file, data: typed, source, text });
  }
}



/**
 * Templates (`templates/*.yaml`, copied by `new --from`) are checked like
 * jurisdictions, schema and cited clauses, but never become one: they take
 * no part in inheritance and have no pages.
 */
function loadTemplates(sources: ConfigSource[], set: ConfigSet) {
  for (const { file, name: path, text } of sources) {
    const { source, errors } = parseYamlSource(text);
    if (!source) {
      for (const e of errors) set.diagnostics.push({ file, line: e.line, col: e.col, pointer: '', message: e.message, severity: 'error', code: 'yaml-syntax' });
      continue;
    }
    const data = source.data;
    const problems = validateJurisdiction(data) ? [] : formatErrors(validateJurisdiction.errors ?? [], { root: jurisdictionSchema, registry: configRegistry });
    for (const p of problems) {
      const loc = p.key !== undefined ? source.locate(p.pointer.slice(0, -(p.key.length + 1)), { key: p.key }) : source.locate(p.pointer);
      const message = p.key !== undefined ? p.message : withTypoFix(p.message, valueAt(data, p.pointer));
      set.diagnostics.push({ file, ...loc, pointer: p.pointer, message, severity: 'error', code: p.code });
    }
    const expectedId = basename(path).replace(/\.ya?ml$/i, '');
    const id = (data as { id?: unknown } | null)?.id;
    if (problems.length === 0 && id !== expectedId) {
      set.diagnostics.push({ file, ...source.locate('/id'), pointer: '/id', message: `范本标识 ${quote(String(id))} 与文件名 ${basename(path)} 不一致，请把文件改名为 ${String(id)}.yaml 或改正标识。`, severity: 'error', code: 'id-mismatch' });
    }
    (set.partial ??= []).push({ kind: 'jurisdiction', file: { file, data, source, text }, errorPointers: problems.map((p) => p.pointer) });
  }
}

/** Every source parsed and validated (policies first, as jurisdictions cite them; templates last), then the cross-file rules. */
export function loadConfigSources(
  dir: string,
  sources: { policies: ConfigSource[]; jurisdictions: ConfigSource[]; templates?: ConfigSource[] },
  diagnostics: Diagnostic[] = [],
  /** runs after the files are loaded, before the cross-file rules (e.g. reading the school lists they point to) */
  beforeRules?: (set: ConfigSet) => void,
): ConfigSet {
  const set: ConfigSet = { dir, jurisdictions: new Map(), documents: new Map(), brokenIds: new Set(), diagnostics };
  loadKind(sources.policies, validatePolicyDocument, policyDocumentSchema, set, set.documents, 'document');
  loadKind(sources.jurisdictions, validateJurisdiction, jurisdictionSchema, set, set.jurisdictions, 'jurisdiction');
  loadTemplates(sources.templates ?? [], set);
  beforeRules?.(set);
  checkCrossFileRules(set);
  return set;
}

export function hasErrors(set: ConfigSet): boolean {
  return set.diagnostics.some((d) => d.severity === 'error');
}
