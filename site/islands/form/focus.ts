/**
 * Where keyboard focus goes when the element holding it goes away (a removed
 * list item, a closed dialog, a deleted draft's buttons): never the page body,
 * which sends a keyboard or screen-reader user back to the top of a long form.
 */

const TABBABLE = 'input:not([type=hidden]),select,textarea,button,[href],summary,[tabindex]:not([tabindex="-1"])';

/** The first control in `root` a keyboard user could reach, in document order. */
export function firstTabbable(root: Element | null | undefined): HTMLElement | undefined {
  for (const el of root?.querySelectorAll<HTMLElement>(TABBABLE) ?? []) {
    if (!(el as HTMLButtonElement).disabled && el.getClientRects().length) return el;
  }
  return undefined;
}

/** Calls `fn` once `el` has left the document, checked after every DOM change; gives up after 10 s. */
export function whenRemoved(el: Element, fn: () => void): void {
  if (!el.isConnected) return fn();
  const observer = new MutationObserver(() => {
    if (el.isConnected) return;
    stop();
    fn();
  });
  const timer = setTimeout(() => stop(), 10_000);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
}

const lost = () => !document.activeElement || document.activeElement === document.body;

/**
 * Focus `el`; if it is gone now or goes a moment later (its draft deleted once
 * the database answers), the first control of its nearest ancestor still in
 * the page instead — unless the user has moved on meanwhile.
 */
export function returnFocus(el: HTMLElement): void {
  const ancestors: Element[] = [];
  for (let a = el.parentElement; a; a = a.parentElement) ancestors.push(a);
  if (el.isConnected) el.focus();
  whenRemoved(el, () => {
    if (!lost()) return;
    for (const a of ancestors) {
      const next = a.isConnected && firstTabbable(a);
      if (next) return next.focus();
    }
  });
}
