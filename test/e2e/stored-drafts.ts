import type { Page } from '@playwright/test';

/** Every draft record in the page's IndexedDB, as JSON text: to check that nothing readable is stored. */
export function storedDrafts(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const q = indexedDB.open('baoxue-drafts');
      q.onsuccess = () => ok(q.result);
    });
    return new Promise<string>((ok) => {
      const q = db.transaction('drafts').objectStore('drafts').getAll();
      q.onsuccess = () => ok(JSON.stringify(q.result));
    });
  });
}
