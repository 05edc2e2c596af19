/**
 * A compact form of the lunr index for the wire, and a fast way back.
 *
 * lunr's own JSON spends most of its bytes on per-posting `{}` objects and
 * precomputed field vectors (three-decimal floats); both can be rebuilt in the
 * browser from term frequencies with lunr's own BM25 formula, which cuts the
 * gzipped size by about two thirds. On load only the token set and a few typed
 * arrays are built; each posting and field vector is unpacked the first time a
 * query touches it. `loadIndex(packIndex(store))` is the same index as
 * `buildLunrIndex(store)` (a unit test checks it) and is queried with `idx.query()`,
 * except that a term held by more than `scoredDf` entries (index-fields.ts) has
 * no element in any field vector: it matches, but adds nothing to a score.
 */
import lunr from 'lunr';
import { entryFields, fieldBoosts, scoredDf, type IndexField } from './index-fields.ts';
import type { SearchStore } from './search-types.ts';

export interface PackedIndex {
  fields: IndexField[];
  boosts: number[];
  documentCount: number;
  /** sorted as lunr sorts them (UTF-16 code unit order) */
  terms: string[];
  /**
   * One list per term: for each field in order, the number of entries n,
   * then n entry-number gaps (delta-encoded refs), then n term frequencies.
   */
  postings: number[][];
}

/** lunr's BM25 defaults (lunr.Builder#k1, #b). */
const k1 = 1.2;
const b = 0.75;

export function packIndex(store: SearchStore): PackedIndex {
  const fields = Object.keys(fieldBoosts) as IndexField[];
  const docNumbers = new Map(store.documents.map((d) => [d.id, d.docNumber]));
  const byTerm = new Map<string, Map<number, number>[]>();
  store.entries.forEach((entry, ref) => {
    const tokens = entryFields(entry, entry.document ? docNumbers.get(entry.document) : undefined);
    fields.forEach((field, f) => {
      for (const term of tokens[field]) {
        let perField = byTerm.get(term);
        if (!perField) byTerm.set(term, (perField = fields.map(() => new Map())));
        perField[f]!.set(ref, (perField[f]!.get(ref) ?? 0) + 1);
      }
    });
  });
  const terms = [...byTerm.keys()].sort();
  const postings = terms.map((term) => {
    const out: number[] = [];
    for (const docs of byTerm.get(term)!) {
      const refs = [...docs.keys()].sort((x, y) => x - y);
      out.push(refs.length);
      refs.forEach((r, i) => out.push(r - (i > 0 ? refs[i - 1]! : 0)));
      for (const r of refs) out.push(docs.get(r)!);
    }
    return out;
  });
  return { fields, boosts: fields.map((f) => fieldBoosts[f]), documentCount: store.entries.length, terms, postings };
}

type Posting = Record<string, Record<string, object>> & { _index: number };

/** Parts of lunr 2.3 that its type definitions leave out. */
const internals = lunr as unknown as {
  TokenSet: { Builder: new () => { insert(word: string): void; finish(): void; root: lunr.TokenSet } };
};

/**
 * A read-only record whose values are made on first access and then kept:
 * lunr looks up only the postings and field vectors a query touches, so
 * nothing else needs to exist. Enumerable (Object.keys, toJSON) like a plain object.
 */
function lazyRecord<V>(keys: () => string[], make: (key: string) => V | undefined): Record<string, V> {
  const made = new Map<string, V>();
  const get = (key: string | symbol): V | undefined => {
    if (typeof key !== 'string') return undefined;
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      if (value !== undefined) made.set(key, value);
    }
    return value;
  };
  return new Proxy(Object.create(null) as Record<string, V>, {
    get: (_, key) => get(key),
    has: (_, key) => get(key) !== undefined,
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_, key) => {
      const value = get(key);
      return value === undefined ? undefined : { value, enumerable: true, configurable: true, writable: false };
    },
  });
}

export interface LoadOptions {
  /** terms held by more entries carry no score (index-fields.ts scoredDf; lower in tests) */
  scoredDf?: number;
}

/** Rebuild the lunr index (inverted index, token set, BM25 field vectors) from the packed form. */
export function loadIndex(packed: PackedIndex, options: LoadOptions = {}): lunr.Index {
  const { fields, boosts, documentCount, terms, postings } = packed;
  const F = fields.length;
  const limit = options.scoredDf ?? scoredDf;
  // lunr.idf counts a document once per field it has the term in: the sum of the field counts.
  const documentsWithTerm = new Float64Array(terms.length);
  // Terms in more than `limit` entries (counted once however many fields): no score in any field vector.
  const unscored = new Uint8Array(terms.length);
  const seenBy = new Int32Array(documentCount).fill(-1);
  // Per (field, entry) slot: how many terms, and the sum of their frequencies (the field length).
  const slots = F * documentCount;
  const termCount = new Int32Array(slots);
  const fieldLength = new Float64Array(slots);
  for (let t = 0; t < terms.length; t++) {
    const list = postings[t]!;
    let at = 0;
    let holders = 0;
    for (let f = 0; f < F; f++) {
      const n = list[at++]!;
      documentsWithTerm[t]! += n;
      let ref = 0;
      for (let i = 0; i < n; i++) {
        ref += list[at + i]!;
        termCount[f * documentCount + ref]! += 1;
        fieldLength[f * documentCount + ref]! += list[at + n + i]!;
        if (seenBy[ref] !== t) {
          seenBy[ref] = t;
          holders += 1;
        }
      }
      at += 2 * n;
    }
    if (holders > limit) unscored[t] = 1;
  }
  // Every slot's terms and frequencies, in term order, flat.
  const offsets = new Int32Array(slots + 1);
  for (let k = 0; k < slots; k++) offsets[k + 1] = offsets[k]! + termCount[k]!;
  const fill = offsets.slice(0, slots);
  const termOf = new Int32Array(offsets[slots]!);
  const tfOf = new Int32Array(offsets[slots]!);
  for (let t = 0; t < terms.length; t++) {
    const list = postings[t]!;
    let at = 0;
    for (let f = 0; f < F; f++) {
      const n = list[at++]!;
      let ref = 0;
      for (let i = 0; i < n; i++) {
        ref += list[at + i]!;
        const k = f * documentCount + ref;
        termOf[fill[k]!] = t;
        tfOf[fill[k]!] = list[at + n + i]!;
        fill[k]! += 1;
      }
      at += 2 * n;
    }
  }

  const tokenSet = new internals.TokenSet.Builder();
  for (const term of terms) tokenSet.insert(term);
  tokenSet.finish();

  // Postings carry no metadata (no positions are indexed), so every doc shares one empty object.
  const noMetadata = Object.freeze(Object.create(null)) as object;
  const noPostings = Object.freeze(Object.create(null)) as Record<string, object>;
  const termIndex = (term: string): number => {
    let lo = 0;
    let hi = terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = terms[mid]!;
      if (at === term) return mid;
      if (at < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const invertedIndex = lazyRecord<Posting>(
    () => terms,
    (term) => {
      const t = termIndex(term);
      if (t < 0) return undefined;
      const posting = Object.create(null) as Posting;
      posting._index = t;
      const list = postings[t]!;
      let at = 0;
      for (let f = 0; f < F; f++) {
        const n = list[at++]!;
        const docs: Record<number, object> = n > 0 ? Object.create(null) : noPostings;
        let ref = 0;
        for (let i = 0; i < n; i++) {
          ref += list[at + i]!;
          docs[ref] = noMetadata;
        }
        at += 2 * n;
        posting[fields[f]!] = docs as Record<string, object>;
      }
      return posting;
    },
  );

  // lunr.idf and lunr.Builder#createFieldVectors (BM25, three decimals).
  const idf = documentsWithTerm.map((n) => Math.log(1 + Math.abs((documentCount - n + 0.5) / (n + 0.5))));
  const averages = fields.map((_, f) => {
    let total = 0;
    for (let ref = 0; ref < documentCount; ref++) total += fieldLength[f * documentCount + ref]!;
    return total / documentCount || 1;
  });
  const fieldVectors = lazyRecord<lunr.Vector>(
    () => fields.flatMap((field) => Array.from({ length: documentCount }, (_, ref) => `${field}/${ref}`)),
    (key) => {
      const slash = key.indexOf('/');
      const f = fields.indexOf(key.slice(0, slash) as IndexField);
      const ref = Number(key.slice(slash + 1));
      if (f < 0 || !Number.isInteger(ref) || ref < 0 || ref >= documentCount) return undefined;
      const k = f * documentCount + ref;
      const norm = k1 * (1 - b + b * (fieldLength[k]! / averages[f]!));
      const elements: number[] = [];
      for (let j = offsets[k]!; j < offsets[k + 1]!; j++) {
        // The field length still counts an unscored term's occurrences: the other terms' scores are lunr's own.
        if (unscored[termOf[j]!]) continue;
        const tf = tfOf[j]!;
        const score = ((idf[termOf[j]!]! * ((k1 + 1) * tf)) / (norm + tf)) * boosts[f]!;
        elements.push(termOf[j]!, Math.round(score * 1000) / 1000);
      }
      return new lunr.Vector(elements);
    },
  );

  return new lunr.Index({
    invertedIndex,
    fieldVectors,
    tokenSet: tokenSet.root,
    fields,
    pipeline: new lunr.Pipeline(),
  } as unknown as ConstructorParameters<typeof lunr.Index>[0]);
}
