import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Jurisdiction } from '../../generated/types/jurisdiction.ts';
import type { PolicyDocument } from '../../generated/types/policy-document.ts';
import { validateJurisdiction, validatePolicyDocument } from '../../generated/validators/config.js';
import { formatErrors } from '../validation/format-errors.ts';
import { configRegistry, jurisdictionSchema, policyDocumentSchema } from './config-schemas.ts';
import type { Diagnostic } from './diagnostic.ts';
import { parseYamlSource, type YamlSource } from './yaml-source.ts';
import { checkCrossFileRules } from './cross-rules.ts';
import { loadSchoolsFiles } from './load-schools-file.ts';
import type { ValidateFunction } from '../validation/types.ts';

export interface LoadedFile<T> {
  /** path shown to users, relative to the working directory */
  file: string;
  data: T;
  source: YamlSource;
}

export interface ConfigSet {
  dir: string;
  jurisdictions: Map<string, LoadedFile<Jurisdiction>>;
  documents: Map<string, LoadedFile<PolicyDocument>>;
  /** ids of files that exist but failed schema validation (so they do not cascade as "unknown") */
  brokenIds: Set<string>;
  diagnostics: Diagnostic[];
}

const isYaml = (f: string) => /\.ya?ml$/i.test(f);

function listYaml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(isYaml)
    .sort()
    .map((f) => join(dir, f));
}

function loadKind<T extends { id: string }>(
  base: string,
  paths: string[],
  validate: ValidateFunction,
  root: Record<string, unknown>,
  set: ConfigSet,
  into: Map<string, LoadedFile<T>>,
  kindLabel: string,
) {
  for (const path of paths) {
    const file = relative(base, path) || path;
    const text = readFileSync(path, 'utf8');
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
    into.set(typed.id, { file, data: typed, source });
  }
}

/**
 * Read, parse and validate every YAML file under `dir` (jurisdictions/ and
 * policies/), then apply the cross-file rules. Never throws on bad input:
 * every problem becomes a located Diagnostic. File names in diagnostics are
 * relative to `displayBase` (the working directory by default).
 */
export function loadConfig(dir: string, options: { displayBase?: string } = {}): ConfigSet {
  const base = options.displayBase ?? process.cwd();
  const set: ConfigSet = { dir, jurisdictions: new Map(), documents: new Map(), brokenIds: new Set(), diagnostics: [] };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    set.diagnostics.push({ file: relative(base, dir) || dir, line: 1, col: 1, pointer: '', message: `找不到配置目录 ${dir}。`, severity: 'error', code: 'no-config-dir' });
    return set;
  }
  for (const f of readdirSync(dir).filter(isYaml)) {
    set.diagnostics.push({ file: relative(base, join(dir, f)), line: 1, col: 1, pointer: '', message: '配置文件应放在 jurisdictions/（辖区）或 policies/（政策文件）子目录中，此文件未被读取。', severity: 'warning', code: 'misplaced-file' });
  }
  loadKind(base, listYaml(join(dir, 'policies')), validatePolicyDocument, policyDocumentSchema, set, set.documents, '文件');
  loadKind(base, listYaml(join(dir, 'jurisdictions')), validateJurisdiction, jurisdictionSchema, set, set.jurisdictions, '辖区');
  loadSchoolsFiles(base, dir, set);
  checkCrossFileRules(set);
  return set;
}

export function hasErrors(set: ConfigSet): boolean {
  return set.diagnostics.some((d) => d.severity === 'error');
}
