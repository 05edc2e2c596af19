import { indicatorLabel } from './config/config-schemas.ts';

export const levelLabels: Record<string, string> = {
  national: '国家',
  province: '省级',
  city: '市级',
  county: '县级',
  town: '乡镇',
  school: '学校',
};

// One list of status names for pages, search and validate.
export { statusLabels } from './policies/document-status.ts';

const comparatorText: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=' };

/** e.g. 九年义务教育巩固率 ≥ 95%（2020年） */
export function targetText(t: { indicator: string; comparator: string; value: number; year?: number }): string {
  return `${indicatorLabel(t.indicator)} ${comparatorText[t.comparator] ?? t.comparator} ${t.value}%${t.year ? `（${t.year}年）` : ''}`;
}

/** 2017-07-28 → 2017年7月28日 */
export function chineseDate(iso: string | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const durationUnits: [RegExp, string][] = [
  [/(\d+)Y/, '年'],
  [/(\d+)W/, '周'],
  [/(\d+)D/, '天'],
];

/** ISO 8601 duration in words: PT4H → 4小时（半天）, P3D → 3天. */
export function durationText(iso: string | undefined): string {
  if (!iso) return '';
  if (iso === 'PT4H') return '半天';
  const parts: string[] = [];
  const [date = '', time = ''] = iso.slice(1).split('T');
  for (const [re, unit] of durationUnits) {
    const m = re.exec(date);
    if (m) parts.push(`${m[1]}${unit}`);
  }
  const months = /(\d+)M/.exec(date);
  if (months) parts.push(`${months[1]}个月`);
  const hours = /(\d+)H/.exec(time);
  if (hours) parts.push(`${hours[1]}小时`);
  return parts.join('') || iso;
}
