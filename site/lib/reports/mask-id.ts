/**
 * A 身份证号 as the ledger shows it: the first 6 (the county of registration)
 * and the last 4 kept, the birth date and sequence masked, so a clerk can tell
 * pupils apart without the summary exposing a minor's full number.
 *
 * Exports: maskIdNumber.
 */
export function maskIdNumber(id: string): string {
  if (id.length <= 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}
