/**
 * A SearchView over the parts of a sharded index loaded so far (see
 * shard-types.ts): lunr's inverted index, token set and field vectors hold
 * only the loaded terms, each posting with the BM25 score the build computed
 * over the whole corpus. lunr scores a field vector by its dot product with the
 * query vector, which involves only the query's terms, so a query whose terms
 * are loaded scores exactly as it would against the whole index. A term held
 * by more than manifest.scoredDf entries comes as presence only and scores
 * nothing, as in the whole index (compact-index.ts).
 */
import lunr from 'lunr';
import type { SearchView } from './search.ts';
import type { SearchEntry } from './search-types.ts';
import { isHan } from './tokenizer.ts';
import type { ShardedContext } from './sharded-context.ts';
import { decodeBitmap, type SearchManifest, type TermDirectoryPage, type TermShard } from './shard-types.ts';

const isHanBigram = (term: string) => {
  const chars = [...term];
  return chars.length === 2 && chars.every(isHan);
};

type Posting = Record<string, Record<string, object>> & { _index: number };

const emptyVector = new lunr.Vector([]);

const internals = lunr as unknown as {
  TokenSet: { Builder: new () => { insert(word: string): void; finish(): void; root: lunr.TokenSet } };
};

export class ShardedView implements SearchView {
  readonly count: number;
  readonly forms: readonly number[];
  /** per loaded directory page: its shards' first terms, shard numbers and first term numbers */
  private readonly pages = new Map<number, { firsts: string[]; shard: number; bases: number[] }>();
  private readonly shardBase = new Map<number, number>();
  private readonly loadedShards = new Map<number, TermShard>();
  private readonly entries = new Map<number, SearchEntry>();
  private built: lunr.Index | undefined;

  constructor(
    readonly manifest: SearchManifest,
    readonly context: ShardedContext,
  ) {
    this.count = manifest.count;
    this.forms = manifest.forms;
  }

  get queryContext(): ShardedContext {
    return this.context;
  }

  /** The directory page that would list `term` (the last whose first term is not after it). */
  private pageOf(term: string): number {
    const { pages } = this.manifest;
    let lo = 0;
    let hi = pages.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pages[mid]! <= term) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Directory pages needed to find the shards of these terms (and every page a lone character's prefix range spans). */
  pagesFor(terms: readonly string[], prefixes: readonly string[]): number[] {
    const wanted = new Set(terms.map((t) => this.pageOf(t)));
    for (const p of prefixes) for (let q = this.pageOf(p), last = this.pageOf(`${p}\uffff`); q <= last; q++) wanted.add(q);
    return [...wanted].filter((q) => !this.pages.has(q)).sort((a, b) => a - b);
  }

  addPage(p: number, page: TermDirectoryPage): void {
    if (this.pages.has(p)) return;
    let term = page.term;
    const bases = page.shards.map(([, n]) => {
      const at = term;
      term += n;
      return at;
    });
    bases.forEach((b, k) => this.shardBase.set(page.shard + k, b));
    this.pages.set(p, { firsts: page.shards.map(([first]) => first), shard: page.shard, bases });
  }

  /** The shard that would hold `term`; its directory page must be loaded. */
  shardOf(term: string): number {
    const page = this.pages.get(this.pageOf(term));
    if (!page) throw new Error(`词项目录第 ${this.pageOf(term)} 页尚未加载。`);
    const { firsts } = page;
    let lo = 0;
    let hi = firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (firsts[mid]! <= term) lo = mid;
      else hi = mid - 1;
    }
    return page.shard + lo;
  }

  /** Shards holding the terms, and for a lone Han character (asked as a prefix) every shard its prefix range spans. */
  shardsFor(terms: readonly string[], prefixes: readonly string[]): number[] {
    const wanted = new Set(terms.map((t) => this.shardOf(t)));
    for (const p of prefixes) {
      const last = this.shardOf(`${p}\uffff`);
      for (let s = this.shardOf(p); s <= last; s++) wanted.add(s);
    }
    return [...wanted].sort((a, b) => a - b);
  }

  hasShard(n: number): boolean {
    return this.loadedShards.has(n);
  }

  addShard(n: number, shard: TermShard): void {
    if (this.loadedShards.has(n)) return;
    this.loadedShards.set(n, shard);
    this.index_(n, shard);
    for (const [term, ...gaps] of shard.titles ?? []) {
      let ref = 0;
      this.onlyTitled.set(term, new Set(gaps.map((g) => (ref += g))));
    }
  }

  /**
   * Whether entry i may hold this term where confirmation looks (in one of
   * `fields`, or anywhere with its title): exact for what the loaded shards
   * decide; true when they do not (the term's shard is not loaded).
   */
  mayHold(term: string, i: number, fields?: readonly string[]): boolean {
    if (this.knows(term)) return this.holds(term, i, fields);
    const titled = this.onlyTitled.get(term);
    if (titled) return !fields && titled.has(i);
    // A Han bigram its shard lists neither as a term nor as a title's is in no entry.
    return !(isHanBigram(term) && this.pages.has(this.pageOf(term)) && this.loadedShards.has(this.shardOf(term)));
  }

  /** Han bigrams only titles hold (no field), from the loaded shards. */
  private readonly onlyTitled = new Map<string, Set<number>>();

  /** Entry i is a clause (manifest.clauses), known before its text is. */
  isClause(i: number): boolean {
    const { clauses } = this.manifest;
    let lo = 0;
    let hi = clauses.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const [first, last] = clauses[mid]!;
      if (i < first) hi = mid - 1;
      else if (i > last) lo = mid + 1;
      else return true;
    }
    return false;
  }

  hasEntry(i: number): boolean {
    return this.entries.has(i);
  }

  addEntries(first: number, list: readonly SearchEntry[]): void {
    list.forEach((e, k) => this.entries.set(first + k, e));
  }

  entry(i: number): SearchEntry {
    const e = this.entries.get(i);
    if (!e) throw new Error(`检索条目 ${i} 尚未加载。`);
    return e;
  }

  private locate(term: string): { shard: TermShard; at: number; global: number } | undefined {
    if (!this.pages.has(this.pageOf(term))) return undefined;
    const n = this.shardOf(term);
    const shard = this.loadedShards.get(n);
    if (!shard) return undefined;
    let lo = 0;
    let hi = shard.terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = shard.terms[mid]!;
      if (at === term) return { shard, at: mid, global: this.shardBase.get(n)! + mid };
      if (at < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /**
   * Entry i has this term (in one of `fields`, or any field or its title): what
   * the postings say without the entry's text.
   */
  holds(term: string, i: number, fields?: readonly string[]): boolean {
    const posting = this.invertedIndex[term];
    if (!posting) return false;
    if (this.anywhere.has(term)) return true;
    // A Han bigram's extra list is of titles, which `fields` never include; a term with letters or digits
    // may be inside a longer run in any field (13日 holds 3日).
    if ((!fields || !isHanBigram(term)) && this.titled.get(term)?.has(i)) return true;
    return (fields ?? this.manifest.fields).some((f) => posting[f]?.[i] !== undefined);
  }

  /** Some entry has this term in a field, and its shard is loaded. */
  knows(term: string): boolean {
    return this.invertedIndex[term] !== undefined;
  }

  /** Per loaded term: the entries whose title alone holds it (shard-types.ts). */
  private readonly titled = new Map<string, Set<number>>();
  /** Loaded terms with letters or digits whose substring list was too long to ship: they may be in any entry. */
  private readonly anywhere = new Set<string>();

  df(term: string): number {
    const found = this.locate(term);
    return found ? found.shard.df[found.at]! : 0;
  }

  clauseEntry(ref: string): number | undefined {
    return this.context.clauseEntry(ref);
  }

  documentEntries(ids: readonly string[]): number[] {
    return this.context.documentEntries(ids);
  }

  /**
   * lunr over the loaded terms, for one query: the token set (through which
   * lunr expands every term, and a lone character's prefix) holds only the
   * terms this query may ask, which keeps building it trivial.
   */
  prepare(terms: readonly string[], prefixes: readonly string[]): void {
    this.prepared = new Set(prefixes);
    this.unexpanded.clear();
    const asked = new Set<string>();
    for (const t of terms) if (this.locate(t)) asked.add(t);
    for (const p of prefixes) {
      for (const n of this.shardsFor([], [p])) {
        const shard = this.loadedShards.get(n);
        if (shard) for (const t of shard.terms) if (t.startsWith(p)) asked.add(t);
      }
    }
    const tokenSet = new internals.TokenSet.Builder();
    for (const t of [...asked].sort()) tokenSet.insert(t);
    tokenSet.finish();
    this.built = new lunr.Index({
      invertedIndex: this.invertedIndex,
      fieldVectors: this.fieldVectors,
      tokenSet: tokenSet.root,
      fields: this.manifest.fields,
      pipeline: new lunr.Pipeline(),
    } as unknown as ConstructorParameters<typeof lunr.Index>[0]);
  }

  private prepared = new Set<string>();
  private readonly unexpanded = new Set<string>();

  expandsPrefixes(lone: readonly string[]): void {
    for (const c of lone) if (!this.prepared.has(c)) this.unexpanded.add(c);
  }

  /** Lone characters lunr was asked as prefixes since prepare() without their terms: fetch them, prepare again and ask again. */
  get missingPrefixes(): string[] {
    return [...this.unexpanded];
  }

  get index(): lunr.Index {
    if (!this.built) throw new Error('检索前须先调用 prepare()。');
    return this.built;
  }

  private readonly invertedIndex = Object.create(null) as Record<string, Posting>;
  /** Per field/entry: [term number, score, …] as shards arrive, in any order. */
  private readonly elements = new Map<string, number[]>();
  private readonly vectors = new Map<string, lunr.Vector>();
  private readonly fieldVectors = new Proxy(Object.create(null) as Record<string, lunr.Vector>, {
    // A field holding only unscored terms (shard-types.ts presence) has no elements: it scores 0, as in the whole index.
    get: (_, key) => (typeof key === 'string' ? (this.vector(key) ?? (this.isFieldRef(key) ? emptyVector : undefined)) : undefined),
  });

  private isFieldRef(key: string): boolean {
    const slash = key.indexOf('/');
    const ref = Number(key.slice(slash + 1));
    return slash > 0 && this.manifest.fields.includes(key.slice(0, slash) as never) && Number.isInteger(ref) && ref >= 0 && ref < this.count;
  }

  private vector(key: string): lunr.Vector | undefined {
    let v = this.vectors.get(key);
    if (v) return v;
    const flat = this.elements.get(key);
    if (!flat) return undefined;
    const pairs: [number, number][] = [];
    for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
    pairs.sort((a, b) => a[0] - b[0]);
    v = new lunr.Vector(pairs.flat());
    this.vectors.set(key, v);
    return v;
  }

  private index_(n: number, shard: TermShard): void {
    const { fields } = this.manifest;
    const noMetadata = Object.freeze(Object.create(null)) as object;
    shard.terms.forEach((term, t) => {
      const global = this.shardBase.get(n)! + t;
      const list = shard.postings[t]!;
      const posting = Object.create(null) as Posting;
      posting._index = global;
      let at = 0;
      const presence = shard.presence?.[term];
      if (presence) {
        fields.forEach((field, f) => {
          const docs = Object.create(null) as Record<string, object>;
          const held = presence[f]!;
          if (typeof held === 'string') for (const ref of decodeBitmap(held)) docs[ref] = noMetadata;
          else for (let i = 0, ref = 0; i < held.length; i++) docs[(ref += held[i]!)] = noMetadata;
          posting[field] = docs;
        });
      }
      for (let f = 0; f < fields.length && !presence; f++) {
        const count = list[at++]!;
        const docs = Object.create(null) as Record<string, object>;
        let ref = 0;
        for (let i = 0; i < count; i++) {
          ref += list[at + i]!;
          docs[ref] = noMetadata;
          const key = `${fields[f]}/${ref}`;
          let flat = this.elements.get(key);
          if (!flat) this.elements.set(key, (flat = []));
          flat.push(global, list[at + count + i]! / 1000);
          this.vectors.delete(key);
        }
        at += 2 * count;
        posting[fields[f]!] = docs;
      }
      const titled = list[at++] ?? 0;
      if (titled < 0) this.anywhere.add(term);
      else if (titled > 0) {
        const refs = new Set<number>();
        for (let i = 0, ref = 0; i < titled; i++) refs.add((ref += list[at + i]!));
        this.titled.set(term, refs);
      }
      this.invertedIndex[term] = posting;
    });
  }
}
