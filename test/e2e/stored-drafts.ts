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

/**
 * Store the draft an older site left behind (form version 0, “去年的草稿”,
 * holding `data`) as the one last open, for the page's next load.
 */
export function storeOldDraft(page: Page, data: Record<string, unknown>): Promise<void> {
  return page.evaluate(async (data) => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const q = indexedDB.open('baoxue-drafts');
      q.onsuccess = () => ok(q.result);
    });
    const record = {
      form: 'dropout-registration', id: 'old-draft', name: '去年的草稿', jurisdiction: 'tanghe', version: 0,
      createdAt: '2021-09-01T08:00:00.000Z', updatedAt: '2021-09-01T08:00:00.000Z', data,
    };
    await new Promise((ok) => {
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(record);
      tx.oncomplete = ok;
    });
    localStorage.setItem('baoxue:last-draft:tanghe:dropout-registration', 'old-draft');
  }, data);
}
