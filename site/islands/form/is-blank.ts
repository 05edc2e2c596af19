/**
 * True when a value holds nothing a person entered: no text, no number, no
 * ticked box. (rjsf fills required yes/no fields with `false` by itself.)
 */
export function isBlank(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === false) return true;
  if (Array.isArray(v)) return v.every(isBlank);
  if (typeof v === 'object') return Object.values(v).every(isBlank);
  return false;
}
