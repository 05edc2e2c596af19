/**
 * Code only some forms use — the letters of 限期入学(复学)通知书 and 责任书,
 * the 月报表 totals — in chunks of their own, so the other form pages do not
 * carry it. A page loads its extras while opening and draws them
 * synchronously afterwards: the print view is rendered inside `beforeprint`,
 * where nothing can be awaited.
 */
type Letters = typeof import('./PrintDocuments.tsx');
type Totals = typeof import('./MonthlyTotals.tsx');

function preloadable<T>(load: () => Promise<T>) {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load: () => (pending ??= load().then((v) => (value = v))),
    get: () => value,
  };
}

export const letters = preloadable<Letters>(() => import('./PrintDocuments.tsx'));
export const totals = preloadable<Totals>(() => import('./MonthlyTotals.tsx'));

const letterForms = new Set(['return-notice', 'responsibility-pledge']);

/** What this form's page must load before its toolbar (打印 included) is usable. */
export function loadFormExtras(formId: string): Promise<unknown> {
  if (letterForms.has(formId)) return letters.load();
  if (formId === 'monthly-report') return totals.load();
  return Promise.resolve();
}
