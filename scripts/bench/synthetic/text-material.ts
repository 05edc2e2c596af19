import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What the generator recombines: sentences, headings and keywords of the shipped documents. */
export interface TextMaterial {
  sentences: string[];
  headings: string[];
  keywords: string[];
  /** clause refs of the national baseline, for `implements` */
  nationalClauses: string[];
}

interface RawClause {
  id: string;
  heading?: string;
  text?: string;
  keywords?: string[];
  clauses?: RawClause[];
}

/**
 * Place names of the shipped documents, replaced by the synthetic county's name
 * so that no generated clause claims to be 卢氏县's or 唐河县's rule.
 */
const placeNames = /卢氏县|卢氏|青铜峡市|青铜峡|唐河县|唐河|金安区|金安|板当镇|板当|座马河|六安市|南阳市|三门峡市|吴忠市|宁夏回族自治区|宁夏|河南省|河南|贵州省|贵州|裕民街道办?|我县|我市|我区|我镇|全县|全市|全区|全镇|本县|本市|本区|本镇/gu;

export function localise(text: string, place: string): string {
  return text.replace(placeNames, (m) => (/^(我|全|本)/u.test(m) ? `${m[0]}县` : place));
}

function walk(clauses: RawClause[] | undefined, into: TextMaterial, documentId: string, national: boolean) {
  for (const c of clauses ?? []) {
    if (c.heading) into.headings.push(c.heading);
    if (c.text) for (const s of c.text.split(/(?<=[。；！？])/u)) if (s.trim().length >= 8) into.sentences.push(s.trim());
    for (const k of c.keywords ?? []) into.keywords.push(k);
    if (national) into.nationalClauses.push(`${documentId}#${c.id}`);
    walk(c.clauses, into, documentId, national);
  }
}

/** Read the shipped policy documents once; the generator only ever reads this, never the files again. */
export function readTextMaterial(configDir: string): TextMaterial {
  const material: TextMaterial = { sentences: [], headings: [], keywords: [], nationalClauses: [] };
  const dir = join(configDir, 'policies');
  for (const f of readdirSync(dir).filter((n) => /\.ya?ml$/u.test(n)).sort()) {
    const doc = parse(readFileSync(join(dir, f), 'utf8')) as { id: string; level: string; preamble?: string; clauses?: RawClause[] };
    const national = doc.level === 'national';
    if (doc.preamble) for (const s of doc.preamble.split(/(?<=[。；])/u)) if (s.trim().length >= 8) material.sentences.push(s.trim());
    if (national && doc.preamble) material.nationalClauses.push(`${doc.id}#preamble`);
    walk(doc.clauses, material, doc.id, national);
  }
  material.sentences = [...new Set(material.sentences)];
  material.headings = [...new Set(material.headings)];
  material.keywords = [...new Set(material.keywords)];
  return material;
}
