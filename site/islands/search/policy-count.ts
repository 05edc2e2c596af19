/**
 * The /policies/ list filters itself with CSS alone (policy-filters.ts). This
 * only keeps the count line true as filters change — a number in the text,
 * announced by its live region — and says so when nothing matches. Without
 * JavaScript the line keeps the total, which stays true of the list.
 */
export function bindPolicyCount(root: ParentNode): void {
  const index = root.querySelector<HTMLElement>('.policy-index');
  const count = index?.querySelector<HTMLElement>('.policy-count');
  const empty = index?.querySelector<HTMLElement>('.policy-empty');
  const form = index?.querySelector<HTMLFormElement>('form');
  if (!index || !count || !empty || !form) return;
  const total = Number(count.dataset['total']);
  const update = () => {
    const shown = [...index.querySelectorAll<HTMLElement>('.policy-row')].filter((row) => row.getClientRects().length > 0).length;
    count.textContent = shown === total ? `共 ${total} 份文件。` : `当前显示 ${shown} 份文件（共 ${total} 份）。`;
    empty.hidden = shown > 0;
  };
  form.addEventListener('change', update);
  // A reset changes the selects after the event: count once they have changed.
  form.addEventListener('reset', () => setTimeout(update));
  update();
}
