/**
 * Just enough XML for SpreadsheetML parts: escaping for writing, and a
 * tolerant regex reader for the few elements an .xlsx needs (element
 * prefixes such as `x:` are accepted, as some writers emit them).
 *
 * Exports: escapeXml, unescapeXml, attributes, elements, firstText, textOf.
 */

import { decodeCellText } from '../../xlsx/xml-escape.ts';

export { escapeXml } from '../../xlsx/xml-escape.ts';

export const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e]!;
  });

/** Attributes of a start tag's attribute text, prefixes dropped (r:id → id). */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1]!.includes(':') && !m[1]!.startsWith('xmlns') ? m[1]!.split(':')[1]! : m[1]!;
    out[name] = unescapeXml(m[2] ?? m[3] ?? '');
  }
  return out;
}

/** Every `<name …>…</name>` or `<name …/>` in `xml` (not nested in itself), with attributes and inner text. */
export function elements(xml: string, name: string): { attrs: Record<string, string>; inner: string }[] {
  const re = new RegExp(`<(?:[\\w-]+:)?${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:[\\w-]+:)?${name}>)`, 'g');
  return [...xml.matchAll(re)].map((m) => ({ attrs: attributes(m[1] ?? ''), inner: m[2] ?? '' }));
}

/** Inner text of the first `<name>` element, unescaped. */
export function firstText(xml: string, name: string): string | undefined {
  const e = elements(xml, name)[0];
  return e ? unescapeXml(e.inner) : undefined;
}

/**
 * The text of a string item (<si> or <is>): all its <t> runs, leaving out
 * phonetic guides (<rPh>), which spreadsheet programs may add to CJK text.
 * `_xHHHH_` escapes (characters XML cannot hold, see escapeCellText) are decoded.
 */
export function textOf(item: string): string {
  const withoutPhonetic = item.replace(/<(?:[\w-]+:)?rPh\b[\s\S]*?<\/(?:[\w-]+:)?rPh>/g, '');
  return elements(withoutPhonetic, 't')
    .map((t) => decodeCellText(unescapeXml(t.inner)))
    .join('');
}
