/**
 * Optional passphrase encryption of drafts for shared PCs: PBKDF2-SHA-256 turns
 * the passphrase into an AES-GCM key that never leaves memory. A forgotten
 * passphrase cannot be recovered — there is no copy of the key anywhere.
 */
import type { SealedPayload } from './draft.ts';

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
const VERIFIER = 'baoxue-drafts-v1';

/** Stored once per browser: enough to check a passphrase, nothing to recover it. */
export interface VaultMeta {
  key: 'vault';
  salt: string;
  iterations: number;
  /** a known text sealed with the key: opening it proves the passphrase */
  check: SealedPayload;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('口令不正确。');
    this.name = 'WrongPassphraseError';
  }
}

const subtle = () => globalThis.crypto.subtle;

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export async function deriveKey(passphrase: string, salt: string, iterations = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function seal(key: CryptoKey, value: unknown): Promise<SealedPayload> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value ?? null));
  const cipher = await subtle().encrypt({ name: 'AES-GCM', iv }, key, plain);
  return { iv: toBase64(iv), data: toBase64(new Uint8Array(cipher)) };
}

export async function unseal(key: CryptoKey, sealed: SealedPayload): Promise<unknown> {
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key, fromBase64(sealed.data));
  } catch {
    // AES-GCM authentication fails for a wrong key: the only cause we can see here.
    throw new WrongPassphraseError();
  }
  return JSON.parse(new TextDecoder().decode(plain));
}

export async function createVault(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ meta: VaultMeta; key: CryptoKey }> {
  if (passphrase.length < 6) throw new Error('口令至少要 6 个字符。');
  const salt = toBase64(globalThis.crypto.getRandomValues(new Uint8Array(16)));
  const key = await deriveKey(passphrase, salt, iterations);
  return { meta: { key: 'vault', salt, iterations, check: await seal(key, VERIFIER) }, key };
}

/** The key for this passphrase, or WrongPassphraseError. */
export async function unlockVault(meta: VaultMeta, passphrase: string): Promise<CryptoKey> {
  const key = await deriveKey(passphrase, meta.salt, meta.iterations);
  if ((await unseal(key, meta.check)) !== VERIFIER) throw new WrongPassphraseError();
  return key;
}
