/**
 * Adding an escalation step's ISO 8601 duration (`after`: PT4H, P3D, P1W …) to
 * a date, at the resolution of days: a due date is a calendar day, so hours
 * and minutes under a day add nothing (半天 PT4H falls due the same day).
 *
 * Exports: addDuration(date, duration) → YYYY-MM-DD, or undefined for a duration it cannot read.
 */
const pattern = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

export function addDuration(date: string, duration: string): string | undefined {
  const m = pattern.exec(duration);
  if (!m) return undefined;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  const [Y, M, D] = date.split('-').map(Number) as [number, number, number];
  const seconds = h! * 3600 + mi! * 60 + s!;
  const t = new Date(Date.UTC(Y + y!, M - 1 + mo!, D + w! * 7 + d! + Math.floor(seconds / 86400)));
  return t.toISOString().slice(0, 10);
}
