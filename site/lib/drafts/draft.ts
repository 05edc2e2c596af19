/**
 * One saved draft of a form. Drafts live only in this browser (IndexedDB);
 * `data` is the form data as the user left it, or `sealed` when the user has
 * turned on passphrase encryption.
 */
import { damageOf } from './draft-shape.ts';

export interface SealedPayload {
  /** AES-GCM nonce, base64 */
  iv: string;
  /** ciphertext + tag, base64 */
  data: string;
}

/** A copy of the draft as it was under an earlier schema version, kept so an upgrade never loses data. */
export interface DraftSnapshot {
  version: number;
  savedAt: string;
  data?: unknown;
  sealed?: SealedPayload;
}

export interface DraftRecord {
  form: string;
  id: string;
  /** shown in the drafts list; never encrypted, so the UI warns not to put a student's name in it */
  name: string;
  jurisdiction: string;
  /** schema version of the form the data was last saved with */
  version: number;
  createdAt: string;
  updatedAt: string;
  data?: unknown;
  sealed?: SealedPayload;
  history?: DraftSnapshot[];
}

/** A draft without its form data: kept in memory by the page so that saving is one put. */
export type DraftMeta = Omit<DraftRecord, 'data' | 'sealed'>;

/** What the drafts list shows: no form data. */
export type DraftSummary = Pick<DraftRecord, 'form' | 'id' | 'name' | 'jurisdiction' | 'version' | 'createdAt' | 'updatedAt'> & {
  encrypted: boolean;
  olderVersions: number[];
  /** why the stored record cannot be opened (see draft-shape.ts); it stays listed until the user discards it */
  damaged?: string;
};

export function summarize(r: DraftRecord): DraftSummary {
  const damaged = damageOf(r);
  if (damaged) {
    // Only what can be shown safely: the list must render whatever the record holds.
    const text = (v: unknown, fallback: string) => (typeof v === 'string' && v ? v : fallback);
    return {
      form: r.form,
      id: r.id,
      name: text(r.name, '（无名称）'),
      jurisdiction: text(r.jurisdiction, ''),
      version: typeof r.version === 'number' ? r.version : 0,
      createdAt: text(r.createdAt, ''),
      updatedAt: text(r.updatedAt, ''),
      encrypted: false,
      olderVersions: [],
      damaged,
    };
  }
  return {
    form: r.form,
    id: r.id,
    name: r.name,
    jurisdiction: r.jurisdiction,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    encrypted: r.sealed !== undefined,
    olderVersions: (r.history ?? []).map((h) => h.version),
  };
}

export function newDraftId(): string {
  return globalThis.crypto.randomUUID();
}
