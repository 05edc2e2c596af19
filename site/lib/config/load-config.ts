/**
 * Read every YAML file of a config folder and load it (load-sources.ts).
 * Re-exports the loader's types so callers keep one import.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { loadConfigSources, type ConfigSet, type ConfigSource } from './load-sources.ts';
import { loadSchoolsFiles } from './load-schools-file.ts';
import { quote } from '../text/quote-value.ts';

export { hasErrors, type ConfigSet, type ConfigSource, type LoadedFile, type PartialFile } from './load-sources.ts';

const isYaml = (f: string) => /\.ya?ml$/i.test(f);

function readYaml(base: string, dir: string): ConfigSource[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter(isYaml)
    .sort()
    .map((f) => {
      const path = join(dir, f);
      return { file: relative(base, path) || path, name: basename(path), text: readFileSync(path, 'utf8') };
    });
}

/**
 * Read, parse and validate every YAML file under `dir` (jurisdictions/ and
 * policies/), then apply the cross-file rules. Never throws on bad input:
 * every problem becomes a located Diagnostic. File names in diagnostics are
 * relative to `displayBase` (the working directory by default).
 */
export function loadConfig(dir: string, options: { displayBase?: string } = {}): ConfigSet {
  const base = options.displayBase ?? process.cwd();
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    const set: ConfigSet = { dir, jurisdictions: new Map(), documents: new Map(), brokenIds: new Set(), diagnostics: [] };
    const what = existsSync(dir) ? '不是目录' : '不存在';
    set.diagnostics.push({ file: dir, line: 0, col: 0, pointer: '', message: `找不到配置目录：${quote(dir)}${what}。请检查 --config-dir 的路径；不写 --config-dir 时读取当前目录下的 config/。`, severity: 'error', code: 'no-config-dir' });
    return set;
  }
  const diagnostics = readdirSync(dir)
    .filter(isYaml)
    .map((f) => ({ file: relative(base, join(dir, f)), line: 1, col: 1, pointer: '', message: '配置文件应放在 jurisdictions/（辖区）或 policies/（政策文件）子目录中，此文件未被读取。', severity: 'warning' as const, code: 'misplaced-file' }));
  return loadConfigSources(
    dir,
    { policies: readYaml(base, join(dir, 'policies')), jurisdictions: readYaml(base, join(dir, 'jurisdictions')), templates: readYaml(base, join(dir, 'templates')) },
    diagnostics,
    // Excel school lists are files beside the YAML: only the folder loader can read them.
    (set) => loadSchoolsFiles(base, dir, set),
  );
}
