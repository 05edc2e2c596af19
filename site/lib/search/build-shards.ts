/**
 * Build time: the search store → manifest, term shards and entry fragments
 * (shard-types.ts). Each posting carries lunr's BM25 score for its (term,
 * field, entry), computed here with lunr's own formula over the whole corpus,
 * so a browser holding only a few shards scores exactly as the whole index would.
 */
import { entryFields, fieldBoosts, type IndexField } from './index-fields.ts';
import { haystackTitle } from './search.ts';
import { isHan, tokenize } from './tokenizer.ts';
import type { SearchStore } from './search-types.ts';
import type { SearchManifest, TermShard, EntryFragment } from './shard-types.ts';

export interface ShardOptions {
  /** about this many bytes of postings per term shard (JSON) */
  shardBytes?: number;
  /** entries per fragment */
  fragmentSize?: number;
}

export interface ShardedIndex {
  manifest: SearchManifest;
  shards: TermShard[];
  fragments: EntryFragment[];
}

/** lunr's BM25 defaults (lunr.Builder#k1, #b). */
const k1 = 1.2;
const b = 0.75;

export function buildShards(store: SearchStore, options: ShardOptions = {}): ShardedIndex {
  const shardBytes = options.shardBytes ?? 2_000;
  const fragmentSize = options.fragmentSize ?? 1;
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
  store.entries.forEach((entry, ref) => {
    for (const term of new Set(tokenize(haystackTitle(entry)))) {
      const perField = byTerm.get(term);
      if (!perField || !isHanBigram(term) || perField.some((docs) => holds(docs.refs, ref))) continue;
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
    perField.forEach(({ refs, tfs }, f) => {
      out.push(refs.length);
      refs.forEach((r, i) => out.push(r - (i > 0 ? refs[i - 1]! : 0)));
      refs.forEach((r, i) => {
        holders.add(r);
        const tf = tfs[i]!;
        const norm = k1 * (1 - b + b * (fieldLength[f * count + r]! / averages[f]!));
        // lunr.Builder#createFieldVectors: Math.round(score * 1000) / 1000, kept here as the integer.
        out.push(Math.round(((idf * ((k1 + 1) * tf)) / (norm + tf)) * fieldBoosts[fields[f]!] * 1000));
      });
    });
    const titled = titleOnly.get(term) ?? [];
    out.push(titled.length);
    titled.forEach((r, i) => out.push(r - (i > 0 ? titled[i - 1]! : 0)));
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

  const documentEntries: Record<string, [number, number]> = {};
  store.entries.forEach((e, i) => {
    if (e.kind !== 'clause' || !e.document) return;
    const range = documentEntries[e.document];
    if (!range) documentEntries[e.document] = [i, i];
    else if (range[1] === i - 1) range[1] = i;
    else throw new Error(`文件 ${e.document} 的条款在检索条目中不连续（第 ${range[1]} 与第 ${i} 条之间）。`);
  });
  const fragments: EntryFragment[] = [];
  for (let i = 0; i < count; i += fragmentSize) fragments.push(store.entries.slice(i, i + fragmentSize));

  const jurisdictionIndex = new Map(store.jurisdictions.map((j, k) => [j.id, k]));
  const origins: [number, number, number][] = [];
  store.entries.forEach((e, i) => {
    const k = e.origin === undefined ? undefined : jurisdictionIndex.get(e.origin);
    if (k === undefined) return;
    const last = origins[origins.length - 1];
    if (last && last[2] === k && last[1] === i - 1) last[1] = i;
    else origins.push([i, i, k]);
  });
  const manifest: SearchManifest = {
    version: 3,
    fields,
    count,
    documents: store.documents,
    jurisdictions: store.jurisdictions,
    forms: store.entries.flatMap((e, i) => (e.kind === 'form' ? [i] : [])),
    documentEntries,
    origins,
    shards: shards.map((s) => ({ first: s.terms[0] ?? '', terms: s.terms.length })),
    fragmentSize,
    fragments: fragments.length,
  };
  return { manifest, shards, fragments };
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
