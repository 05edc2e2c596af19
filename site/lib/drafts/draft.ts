/**
 * One saved draft of a form. Drafts live only in this browser (IndexedDB);
 * `data` is the form data as the user left it, or `sealed` when the user has
 * turned on passphrase encryption.
 */
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
};

export function summarize(r: DraftRecord): DraftSummary {
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
