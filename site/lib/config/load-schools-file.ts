/**
 * `schoolsFile` of a jurisdiction: its Excel school list (schools-sheet.ts),
 * read at load time relative to the config folder and appended to its
 * `schools`, so resolve, aggregate and the site see one list. Problems become
 * diagnostics of the .xlsx itself — line = row, col = column — with the sheet,
 * row and column named in the message; a file that is missing is reported at
 * the `schoolsFile` line of the YAML.
 *
 * Exports: loadSchoolsFiles(base, dir, set).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ConfigSet } from './load-sources.ts';
import { readSchoolsSheet } from './schools-sheet.ts';

export function loadSchoolsFiles(base: string, dir: string, set: ConfigSet): void {
  for (const [, loaded] of set.jurisdictions) {
    const rel = (loaded.data as { schoolsFile?: string }).schoolsFile;
    if (!rel) continue;
    const path = join(dir, rel);
    const shown = relative(base, path) || path;
    if (!existsSync(path)) {
      set.diagnostics.push({ file: loaded.file, ...loaded.source.locate('/schoolsFile'), pointer: '/schoolsFile', message: `找不到学校名单文件 ${shown}（路径相对于配置目录）。`, severity: 'error', code: 'missing-schools-file' });
      continue;
    }
    const { schools, problems } = readSchoolsSheet(new Uint8Array(readFileSync(path)));
    for (const p of problems) {
      set.diagnostics.push({ file: shown, line: Math.max(1, p.row), col: Math.max(1, p.col), pointer: '', message: p.message, severity: 'error', code: 'schools-sheet' });
    }
    // readSchoolsSheet only returns schools with at least one stage (minItems 1 of school.schema.json).
    loaded.data.schools = [...(loaded.data.schools ?? []), ...(schools as NonNullable<typeof loaded.data.schools>)];
  }
}
