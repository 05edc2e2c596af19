/**
 * Build time: the search store → manifest, term shards and entry fragments
 * (shard-types.ts). Each posting carries lunr's BM25 score for its (term,
 * field, entry), computed here with lunr's own formula over the whole corpus,
 * so a browser holding only a few shards scores exactly as the whole index would.
 */
import { entryFields, fieldBoosts, scoredDf, type IndexField } from './index-fields.ts';
import { haystackText, haystackTitle } from './search.ts';
import { isHan, normaliseText, tokenize } from './tokenizer.ts';
import type { SearchStore } from './search-types.ts';
import { distinctAttachments, jurisdictionAliases, parseDocNumber } from './normalise-query.ts';
import {
  aliasKey,
  aliasPath,
  attachmentPath,
  bucketCount,
  bucketOf,
  clausePath,
  encodeBitmap,
  documentPath,
  fragmentPath,
  manifestPath,
  namePath,
  numberPath,
  pagePath,
  placePath,
  serialPath,
  shardPath,
  type AliasBucket,
  type ClausePart,
  type DocumentPart,
  type EntryFragment,
  type NameBucket,
  type NumberBucket,
  type PlacePart,
  type SearchManifest,
  type SerialBucket,
  type TermDirectoryPage,
  type TermShard,
} from './shard-types.ts';

export interface ShardOptions {
  /** about this many bytes of postings per term shard (JSON) */
  shardBytes?: number;
  /** entries per fragment */
  fragmentSize?: number;
  /** term shards per directory page */
  pageShards?: number;
  /** terms held by more entries carry no scores (index-fields.ts; lower in tests) */
  scoredDf?: number;
}

export interface ShardedIndex {
  manifest: SearchManifest;
  shards: TermShard[];
  fragments: EntryFragment[];
  /** every file served under /api/search-index/, manifest, shards and fragments included: path → body */
  files: Map<string, unknown>;
}

/** lunr's BM25 defaults (lunr.Builder#k1, #b). */
const k1 = 1.2;
const b = 0.75;

export function buildShards(store: SearchStore, options: ShardOptions = {}): ShardedIndex {
  const shardBytes = options.shardBytes ?? 2_000;
  const fragmentSize = options.fragmentSize ?? 1;
  const unscoredAbove = options.scoredDf ?? scoredDf;
  const fields = Object.keys(fieldBoosts) as IndexField[];
  const F = fields.length;
  const count = store.entries.length;
  const docNumbers = new Map(store.documents.map((d) => [d.id, d.docNumber]));
  // Per term and field, the entries holding it (ascending: entries are read in order) and how often.
  // Parallel arrays rather than a Map per term and field: at a province's scale (millions of postings)
  // the Maps' garbage collection was most of the build.
  const byTerm = new Map<string, { refs: number[]; tfs: number[] }[]>();
  const fieldLength = new Float64Array(F * count);
  store.entries.forEach((entry, ref) => {
    const tokens = entryFields(entry, entry.document ? docNumbers.get(entry.document) : undefined);
    fields.forEach((field, f) => {
      for (const term of tokens[field]) {
        let perField = byTerm.get(term);
        if (!perField) byTerm.set(term, (perField = fields.map(() => ({ refs: [], tfs: [] }))));
        const docs = perField[f]!;
        const last = docs.refs.length - 1;
        if (last >= 0 && docs.refs[last] === ref) docs.tfs[last]! += 1;
        else {
          docs.refs.push(ref);
          docs.tfs.push(1);
        }
        fieldLength[f * count + ref]! += 1;
      }
    });
  });
  // Confirmation (search.ts) matches a term in the entry's title too, which no field indexes:
  // per Han bigram, the entries whose title alone has it, so the browser can bound a rank before fetching the entry.
  const titleOnly = new Map<string, number[]>();
  // Bigrams that only titles have (no field): listed in their shard, so that a bigram a shard lists nowhere is found nowhere.
  const onlyInTitles = new Map<string, number[]>();
  store.entries.forEach((entry, ref) => {
    for (const term of new Set(tokenize(haystackTitle(entry)))) {
      if (!isHanBigram(term)) continue;
      const perField = byTerm.get(term);
      if (!perField) {
        push(onlyInTitles, term, ref);
        continue;
      }
      if (perField.some((docs) => holds(docs.refs, ref))) continue;
      let list = titleOnly.get(term);
      if (!list) titleOnly.set(term, (list = []));
      list.push(ref);
    }
  });
  // The same for a term with letters or digits (72, 3日): confirmation matches it as a substring, so an
  // entry with 2072 or 13日 has it though no field holds the token. Such an entry holds the term inside
  // one of its runs of letters and digits (or at the run's edge, next to a Han character): listed too.
  store.entries.forEach((entry, ref) => {
    for (const term of alnumSubstrings(normaliseText(haystackText(entry)))) {
      const perField = byTerm.get(term);
      if (!perField || perField.some((docs) => holds(docs.refs, ref))) continue;
      let list = titleOnly.get(term);
      if (!list) titleOnly.set(term, (list = []));
      list.push(ref);
    }
  });
  const averages = fields.map((_, f) => {
    let total = 0;
    for (let ref = 0; ref < count; ref++) total += fieldLength[f * count + ref]!;
    return total / count || 1;
  });
  const terms = [...byTerm.keys()].sort();

  const shards: TermShard[] = [];
  let current: TermShard = { terms: [], df: [], postings: [] };
  let bytes = 0;
  for (const term of terms) {
    const perField = byTerm.get(term)!;
    // lunr.idf counts an entry once per field that has the term.
    const n = perField.reduce((sum, docs) => sum + docs.refs.length, 0);
    const idf = Math.log(1 + Math.abs((count - n + 0.5) / (n + 0.5)));
    const out: number[] = [];
    const holders = new Set<number>();
    for (const { refs } of perField) for (const r of refs) holders.add(r);
    if (holders.size > unscoredAbove) {
      // Where the term is, in whichever form is shorter; the title list follows in `postings`.
      const presence = perField.map(({ refs }) => {
        const gaps = refs.map((r, i) => r - (i > 0 ? refs[i - 1]! : 0));
        const gapChars = gaps.reduce((n, g) => n + String(g).length + 1, 0);
        return gapChars > Math.ceil(count / 6) ? encodeBitmap(refs, count) : gaps;
      });
      (current.presence ??= {})[term] = presence;
      bytes += presence.reduce((n, p) => n + (typeof p === 'string' ? p.length : 3 * p.length), 0);
    } else {
      perField.forEach(({ refs, tfs }, f) => {
        out.push(refs.length);
        refs.forEach((r, i) => out.push(r - (i > 0 ? refs[i - 1]! : 0)));
        refs.forEach((r, i) => {
          const tf = tfs[i]!;
          const norm = k1 * (1 - b + b * (fieldLength[f * count + r]! / averages[f]!));
          // lunr.Builder#createFieldVectors: Math.round(score * 1000) / 1000, kept here as the integer.
          out.push(Math.round(((idf * ((k1 + 1) * tf)) / (norm + tf)) * fieldBoosts[fields[f]!] * 1000));
        });
      });
    }
    const titled = titleOnly.get(term) ?? [];
    if (!isHanBigram(term) && titled.length > 2 * holders.size + 64) {
      // 3 is inside 2023 in most entries: too long a list to be worth fetching; the browser takes it as anywhere.
      out.push(-1);
    } else {
      out.push(titled.length);
      titled.forEach((r, i) => out.push(r - (i > 0 ? titled[i - 1]! : 0)));
    }
    current.terms.push(term);
    current.df.push(holders.size);
    current.postings.push(out);
    bytes += term.length * 3 + out.length * 3;
    if (bytes >= shardBytes) {
      shards.push(current);
      current = { terms: [], df: [], postings: [] };
      bytes = 0;
    }
  }
  if (current.terms.length > 0 || shards.length === 0) shards.push(current);
  // Each title-only bigram goes in the shard whose range holds it (the last whose first term is not after it).
  for (const term of [...onlyInTitles.keys()].sort()) {
    let lo = 0;
    let hi = shards.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((shards[mid]!.terms[0] ?? '') <= term) lo = mid;
      else hi = mid - 1;
    }
    const refs = onlyInTitles.get(term)!;
    (shards[lo]!.titles ??= []).push([term, ...refs.map((r, i) => r - (i > 0 ? refs[i - 1]! : 0))]);
  }

  const fragments: EntryFragment[] = [];
  for (let i = 0; i < count; i += fragmentSize) fragments.push(store.entries.slice(i, i + fragmentSize));
  const files = new Map<string, unknown>();
  shards.forEach((sh, n) => files.set(shardPath(n), sh));
  fragments.forEach((f, n) => files.set(fragmentPath(n), f));

  // The term directory: the manifest holds one term per page, a page the first term of each of its shards.
  const pageShards = options.pageShards ?? 64;
  const pages: string[] = [];
  let termNumber = 0;
  for (let p = 0; p * pageShards < shards.length; p++) {
    const run = shards.slice(p * pageShards, (p + 1) * pageShards);
    const page: TermDirectoryPage = { shard: p * pageShards, term: termNumber, shards: run.map((sh) => [sh.terms[0] ?? '', sh.terms.length]) };
    termNumber += run.reduce((n, sh) => n + sh.terms.length, 0);
    pages.push(page.shards[0]![0]);
    files.set(pagePath(p), page);
  }

  // Documents, each with its clauses' entry numbers (clauses of a document are consecutive entries).
  const clauseEntry = new Map<string, number>();
  const documentRange = new Map<string, [number, number]>();
  store.entries.forEach((e, i) => {
    if (e.kind !== 'clause' || !e.document) return;
    clauseEntry.set(e.ref, i);
    const range = documentRange.get(e.document);
    if (!range) documentRange.set(e.document, [i, i]);
    else if (range[1] === i - 1) range[1] = i;
    else throw new Error(`文件 ${e.document} 的条款在检索条目中不连续（第 ${range[1]} 与第 ${i} 条之间）。`);
  });
  const entryOf = (doc: string, clause: string) => clauseEntry.get(`${doc}#${clause}`) ?? -1;
  const serials = new Map<string, [string, string][]>();
  const numbers = new Map<string, [number, string, string, number][]>();
  store.documents.forEach((d, order) => {
    const { clauses, ...head } = d;
    files.set(documentPath(d.id), { order, document: head, entries: documentRange.get(d.id) ?? null } satisfies DocumentPart);
    files.set(clausePath(d.id), { clauses, entries: clauses.map(([, id]) => entryOf(d.id, id)) } satisfies ClausePart);
    const serial = d.docNumber ? parseDocNumber(d.docNumber)?.serial : undefined;
    if (serial !== undefined) push(serials, serial, [d.id, d.docNumber!]);
    for (const [n, id] of d.clauses) push(numbers, `${d.numbering === 'continuous' ? 'c' : 'n'}:${n}`, [order, d.id, id, entryOf(d.id, id)]);
  });
  const buckets = {
    serials: bucketCount(serials.size, 2),
    aliases: 1,
    names: bucketCount(store.jurisdictions.length, 16),
    // Mostly one number a file: a number every county prints (三(一)3) has thousands of rows.
    numbers: bucketCount(numbers.size * 2, 1),
  };
  const spread = <T>(keys: Map<string, T>, n: number, path: (b: number) => string) => {
    const out = Array.from({ length: n }, () => ({}) as Record<string, T>);
    for (const [key, value] of keys) out[bucketOf(key, n)]![key] = value;
    out.forEach((b, k) => files.set(path(k), b));
  };
  spread<SerialBucket[string]>(serials, buckets.serials, serialPath);
  spread<NumberBucket[string]>(numbers, buckets.numbers, numberPath);

  // Places: aliases by their first two characters, names by id, and what a named place brings.
  const aliases: [number, string, string][] = [];
  store.jurisdictions.forEach((j, k) => {
    if (j.level !== 'national') jurisdictionAliases(j.name).forEach((alias, a) => aliases.push([2 * k + a, alias, j.id]));
  });
  buckets.aliases = bucketCount(aliases.length, 8);
  const aliasBuckets = Array.from({ length: buckets.aliases }, (): AliasBucket => []);
  for (const row of aliases) aliasBuckets[bucketOf(aliasKey(row[1]), buckets.aliases)]!.push(row);
  aliasBuckets.forEach((b, k) => files.set(aliasPath(k), b));
  const nameBuckets = Array.from({ length: buckets.names }, (): NameBucket => []);
  store.jurisdictions.forEach((j, k) => nameBuckets[bucketOf(j.id, buckets.names)]!.push([k, j.id, j.name, j.level]));
  nameBuckets.forEach((b, k) => files.set(namePath(k), b));
  const places = new Map<string, PlacePart>(store.jurisdictions.map((j) => [j.id, { id: j.id, documents: [], origins: [] }]));
  for (const d of store.documents) if (d.jurisdiction) places.get(d.jurisdiction)?.documents.push(d.id);
  store.entries.forEach((e, i) => {
    const place = e.origin === undefined ? undefined : places.get(e.origin);
    if (!place) return;
    const last = place.origins[place.origins.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else place.origins.push([i, i]);
  });
  for (const place of places.values()) files.set(placePath(place.id), place);

  const most = Math.max(0, ...store.documents.map((d) => d.attachments?.length ?? 0));
  for (let n = 1; n <= most; n++) files.set(attachmentPath(n), distinctAttachments(store.documents, n));

  const manifest: SearchManifest = {
    version: 5,
    fields,
    count,
    forms: store.entries.flatMap((e, i) => (e.kind === 'form' ? [i] : [])),
    clauses: runs(store.entries.flatMap((e, i) => (e.kind === 'clause' ? [i] : []))),
    pages,
    fragmentSize,
    fragments: fragments.length,
    buckets,
    shortAliases: aliases.some(([, alias]) => [...alias].length < 2),
    attachments: most,
    scoredDf: unscoredAbove,
  };
  files.set(manifestPath, manifest);
  return { manifest, shards, fragments, files };
}

/** Ascending numbers as runs of consecutive ones, [first, last]. */
function runs(numbers: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of numbers) {
    const last = out[out.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Binary search in ascending entry numbers. */
function holds(refs: readonly number[], ref: number): boolean {
  let lo = 0;
  let hi = refs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (refs[mid] === ref) return true;
    if (refs[mid]! < ref) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function isHanBigram(term: string): boolean {
  const chars = [...term];
  return chars.length === 2 && chars.every(isHan);
}

/**
 * Every string a query term with letters or digits could match in this
 * (normalised) text: each substring of a run of letters and digits, and an
 * all-digit end of a run joined to the Han character beside it (3日 in 13日,
 * 第1 in 第12), as the tokenizer joins them.
 */
function alnumSubstrings(norm: string): Set<string> {
  const out = new Set<string>();
  for (const m of norm.matchAll(/[a-z0-9]+/gu)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    for (let a = 0; a < run.length; a++) for (let z = a + 1; z <= run.length; z++) out.add(run.slice(a, z));
    // The Han characters touching the run (a code point: it may be a surrogate pair).
    const after = String.fromCodePoint(norm.codePointAt(end) ?? 0x20);
    const beforeCode = norm.charCodeAt(start - 1);
    const before = start > 0 ? (beforeCode >= 0xdc00 && beforeCode <= 0xdfff && start > 1 ? norm.slice(start - 2, start) : norm[start - 1]!) : ' ';
    const digitsAtEnd = /[0-9]*$/u.exec(run)![0].length;
    const digitsAtStart = /^[0-9]*/u.exec(run)![0].length;
    if (isHan(after)) for (let k = 1; k <= digitsAtEnd; k++) out.add(run.slice(run.length - k) + after);
    if (isHan(before)) for (let k = 1; k <= digitsAtStart; k++) out.add(before + run.slice(0, k));
  }
  return out;
}
