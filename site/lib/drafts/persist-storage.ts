/**
 * Ask the browser not to evict our drafts under storage pressure. Even when
 * granted this is not a backup: clearing site data or a new PC loses them.
 */
export type PersistState = 'granted' | 'denied' | 'unsupported';

export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<PersistState> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted?.()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unsupported';
  }
}
