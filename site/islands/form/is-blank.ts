/**
 * True when a value holds nothing a person entered: no text, no number, no
 * ticked box. (rjsf fills required yes/no fields with `false` by itself.)
 * With `prefilled`, what the page put there itself (a new monthly report's
 * grade rows, a new pledge's targets) does not count as entered either.
 */
export function isBlank(v: unknown, prefilled?: unknown): boolean {
  if (prefilled !== undefined && v === prefilled) return true;
  if (v === undefined || v === null || v === '' || v === false) return true;
  const at = (k: string | number) => (prefilled && typeof prefilled === 'object' ? (prefilled as Record<string, unknown>)[k] : undefined);
  if (Array.isArray(v)) return v.every((x, i) => isBlank(x, at(i)));
  if (typeof v === 'object') return Object.entries(v).every(([k, x]) => isBlank(x, at(k)));
  return false;
}
