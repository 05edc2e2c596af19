/**
 * Query normalisation over a sharded index (shard-types.ts): documents,
 * places, clause numbers and 附件 are looked up by key in small files, fetched
 * only when a query's own numbers and names ask for them. normaliseQuery is
 * synchronous, so a query is normalised in passes: each pass notes the files
 * it lacked, they are fetched, and the next pass sees them; a pass with
 * nothing missing gives exactly what the whole index's lists give (every
 * lookup returns what the whole list would, in the same order).
 *
 * A lookup whose answer depends on an earlier one (a named place's documents
 * on the place names found) notes nothing while an earlier stage still lacks
 * files, so no pass fetches for text that a later pass reads differently.
 */
import type { ClauseRow } from './clause-numbers.ts';
import type { QueryContext } from './normalise-query.ts';
import type { SearchContext } from './search.ts';
import type { SearchDocumentInfo, SearchJurisdictionInfo } from './search-types.ts';
import {
  aliasKey,
  aliasPath,
  attachmentPath,
  bucketOf,
  clausePath,
  documentPath,
  namePath,
  numberPath,
  placePath,
  serialPath,
  type AliasBucket,
  type AttachmentList,
  type ClausePart,
  type DocumentPart,
  type NameBucket,
  type NumberBucket,
  type PlacePart,
  type SearchManifest,
  type SerialBucket,
} from './shard-types.ts';

export type FetchJson = (path: string) => Promise<unknown>;

export class ShardedContext implements QueryContext, SearchContext {
  /** documents loaded so far, in the whole index's order (labels of results) */
  readonly documents: SearchDocumentInfo[] = [];
  /** jurisdictions whose names are loaded, in the whole index's order */
  readonly jurisdictions: SearchJurisdictionInfo[] = [];
  private readonly files = new Map<string, unknown>();
  private readonly loads = new Map<string, Promise<void>>();
  private readonly documentOrder = new Map<string, number>();
  private readonly jurisdictionOrder = new Map<string, number>();
  private readonly clauseEntries = new Map<string, number>();
  private readonly ranges = new Map<string, [number, number]>();
  private missing = new Set<string>();
  private missingStage = Infinity;

  constructor(
    private readonly manifest: SearchManifest,
    private readonly fetchJson: FetchJson,
  ) {}

  /** Start a pass: what it lacks is noted afresh. */
  begin(): void {
    this.missing = new Set();
    this.missingStage = Infinity;
  }

  /** The files the last pass lacked. */
  get misses(): string[] {
    return [...this.missing];
  }

  /** The file, or undefined after noting it as missing (unless an earlier stage already lacks files). */
  private file<T>(path: string, stage: number): T | undefined {
    if (this.files.has(path)) return this.files.get(path) as T;
    if (stage <= this.missingStage) {
      this.missingStage = stage;
      this.missing.add(path);
    }
    return undefined;
  }

  load(paths: readonly string[]): Promise<void[]> {
    return Promise.all(
      paths.map((path) => {
        let p = this.loads.get(path);
        if (!p) {
          p = this.fetchJson(path).then((body) => this.take(path, body));
          p.catch(() => this.loads.delete(path));
          this.loads.set(path, p);
        }
        return p;
      }),
    );
  }

  private take(path: string, body: unknown): void {
    this.files.set(path, body);
    if (path.startsWith('doc-')) {
      const part = body as DocumentPart;
      const d = part.document;
      this.documentOrder.set(d.id, part.order);
      // Labels need no clause table; a document named in a query gets it (documentsById).
      insertSorted(this.documents, { ...d, clauses: [] }, (x) => this.documentOrder.get(x.id)!);
      if (part.entries) this.ranges.set(d.id, part.entries);
    } else if (path.startsWith('clauses-')) {
      const id = path.slice('clauses-'.length, -'.json'.length);
      const part = body as ClausePart;
      part.clauses.forEach(([, clause], k) => this.clauseEntries.set(`${id}#${clause}`, part.entries[k]!));
    } else if (path.startsWith('names-')) {
      for (const [order, id, name, level] of body as NameBucket) {
        if (this.jurisdictionOrder.has(id)) continue;
        this.jurisdictionOrder.set(id, order);
        insertSorted(this.jurisdictions, { id, name, level }, (x) => this.jurisdictionOrder.get(x.id)!);
      }
    } else if (path.startsWith('numbers-')) {
      for (const rows of Object.values(body as NumberBucket)) for (const [, doc, id, entry] of rows) this.clauseEntries.set(`${doc}#${id}`, entry);
    }
  }

  documentsNumbered(serial: string): readonly { id: string; docNumber: string }[] {
    const bucket = this.file<SerialBucket>(serialPath(bucketOf(serial, this.manifest.buckets.serials)), 1);
    return (bucket?.[serial] ?? []).map(([id, docNumber]) => ({ id, docNumber }));
  }

  aliasesIn(text: string): readonly { alias: string; id: string }[] {
    const chars = [...text];
    const keys = new Set<string>();
    for (let k = 1; k < chars.length; k++) keys.add(chars[k - 1]! + chars[k]!);
    // A name of one character (none so far) is filed under that character.
    if (this.manifest.shortAliases) for (const ch of chars) keys.add(ch);
    const rows = new Map<number, { alias: string; id: string }>();
    for (const key of keys) {
      const bucket = this.file<AliasBucket>(aliasPath(bucketOf(key, this.manifest.buckets.aliases)), 1);
      for (const [order, alias, id] of bucket ?? []) if (aliasKey(alias) === key && text.includes(alias)) rows.set(order, { alias, id });
    }
    return [...rows].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
  }

  documentsById(ids: readonly string[]): readonly SearchDocumentInfo[] {
    const found: { order: number; document: SearchDocumentInfo }[] = [];
    for (const id of ids) {
      const head = this.file<DocumentPart>(documentPath(id), 2);
      const clauses = this.file<ClausePart>(clausePath(id), 2);
      if (head && clauses) found.push({ order: head.order, document: { ...head.document, clauses: clauses.clauses } });
    }
    return found.sort((a, b) => a.order - b.order).map((f) => f.document);
  }

  documentsOf(jurisdictions: readonly string[]): readonly SearchDocumentInfo[] {
    const ids = jurisdictions.flatMap((j) => this.file<PlacePart>(placePath(j), 2)?.documents ?? []);
    return this.documentsById(ids);
  }

  attachmentsAt(n: number): readonly { title: string; form?: string }[] {
    if (n > this.manifest.attachments) return [];
    return this.file<AttachmentList>(attachmentPath(n), 3) ?? [];
  }

  clausesNumbered(number: string, numbering: SearchDocumentInfo['numbering']): readonly ClauseRow[] {
    const key = `${numbering === 'continuous' ? 'c' : 'n'}:${number}`;
    const bucket = this.file<NumberBucket>(numberPath(bucketOf(key, this.manifest.buckets.numbers)), 3);
    return (bucket?.[key] ?? []).map(([order, document, id]) => ({ order, document, id }));
  }

  /** The entry of a clause named by number, once its document or number file is loaded. */
  clauseEntry(ref: string): number | undefined {
    const i = this.clauseEntries.get(ref);
    return i === undefined || i < 0 ? undefined : i;
  }

  /** The clause entries of loaded documents, in reading order. */
  documentEntries(ids: readonly string[]): number[] {
    return ids.flatMap((id) => {
      const range = this.ranges.get(id);
      return range ? Array.from({ length: range[1] - range[0] + 1 }, (_, k) => range[0] + k) : [];
    });
  }

  /** Whether a named place (loaded by normalisation) states entry i. */
  statedBy(jurisdictions: readonly string[], i: number): boolean {
    return jurisdictions.some((j) => this.files.get(placePath(j)) !== undefined && (this.files.get(placePath(j)) as PlacePart).origins.some(([a, b]) => a <= i && i <= b));
  }

  /** Fetch what labels and links need: these documents, and these jurisdictions' names. True if anything was new. */
  async complete(documents: readonly string[], jurisdictions: readonly string[]): Promise<boolean> {
    const paths = new Set<string>();
    for (const id of documents) if (!this.documentOrder.has(id)) paths.add(documentPath(id));
    for (const id of jurisdictions) if (!this.jurisdictionOrder.has(id)) paths.add(namePath(bucketOf(id, this.manifest.buckets.names)));
    const wanted = [...paths].filter((p) => !this.files.has(p));
    if (wanted.length === 0) return false;
    await this.load(wanted);
    return true;
  }
}

function insertSorted<T>(list: T[], item: T, order: (x: T) => number): void {
  const at = order(item);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (order(list[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
}
