/**
 * Arrow keys between the search box and the result links: ↓ from the box
 * goes to the first result, ↑/↓ move between results, ↑ on the first (or
 * Esc) goes back to the box, Home/End jump. Enter is the link's own.
 */
export function bindResultKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const go = (i: number) => {
      event.preventDefault();
      if (i < 0) input.focus();
      else all[Math.min(i, all.length - 1)]?.focus();
    };
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(all.length - 1);
    else if (event.key === 'Escape') go(-1);
  });
}
