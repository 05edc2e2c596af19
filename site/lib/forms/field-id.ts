/**
 * The DOM id of a form field. rjsf builds it from the form's idPrefix and the
 * property path joined by "_" (f_student_health); the form island passes
 * `formIdPrefix` to rjsf and every link into a form (search results, policy
 * pages) builds its anchor here, so the two cannot drift apart.
 */
export const formIdPrefix = 'f';

/** rjsf's default idSeparator. */
const idSeparator = '_';

export function formFieldId(path: string[]): string {
  return [formIdPrefix, ...path].join(idSeparator);
}

const focusable = 'input:not([type=hidden]), select, textarea, button';

/**
 * Bring the field with this DOM id into view and focus it, so keyboard and
 * screen-reader users land there too. A group (fieldset, radio group, repeat
 * group) gets its first control focused. False when the field is not drawn.
 */
export function focusField(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  target.scrollIntoView({ block: 'center' });
  const control = target.matches(focusable) ? target : target.querySelector<HTMLElement>(focusable);
  control?.focus({ preventScroll: true });
  return true;
}

/**
 * The form is drawn in the browser after the page has loaded, too late for
 * the browser's own jump to a #f_… fragment: bring the linked field into view.
 */
export function revealLinkedField(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id.startsWith(`${formIdPrefix}${idSeparator}`)) return;
  focusField(id);
}
