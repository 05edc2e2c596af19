/** One problem found in a config or data file, located as precisely as we can. */
export interface Diagnostic {
  /** path as given to the user (relative to the working directory) */
  file: string;
  /** 0 (with col 0) when the problem has no place in a file, e.g. a missing folder */
  line: number;
  col: number;
  /** JSON pointer inside the file's data, '' for the whole file */
  pointer: string;
  message: string;
  severity: 'error' | 'warning';
  /** stable machine-readable code, e.g. `unknown-key` */
  code: string;
}

/** `file:line:col  pointer  message` — the format other tools parse. */
export function formatDiagnostic(d: Diagnostic): string {
  const prefix = d.severity === 'warning' ? '警告：' : '';
  // A made-up `:1:1` would send the reader looking inside a file that does not exist.
  if (d.line === 0) return `${d.file}  ${prefix}${d.message}`;
  return `${d.file}:${d.line}:${d.col}  ${d.pointer || '/'}  ${prefix}${d.message}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}
