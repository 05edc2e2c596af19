/**
 * A <form> of its own around one text field (or the 检查填写 button) inside rjsf's form body, which is
 * rendered as a <div> (FormApp passes tagName="div").
 *
 * Why: Chromium's autofill reads the whole form that owns the focused field on every caret move and every
 * typed character (for each field: label, visibility, a forced style and layout update). On the longest
 * forms (13 visits, about 100 text fields) that was about 800 forced updates per keystroke, most of a
 * keystroke's cost on a slow PC, and it happens in Chrome and the Chromium-based browsers schools use,
 * whatever autocomplete says. A field owned by a form of one field costs autofill almost nothing.
 *
 * Submitting one of these forms (Enter in a text field, or the 检查填写 button) submits rjsf's form body
 * instead, so Enter still runs 检查填写 as before, and the small form never navigates.
 */
import type { ReactNode } from 'react';

export function submitWholeForm(from: Element): void {
  const body = from.closest('.rjsf');
  // rjsf only validates a submit event whose target is its own form element.
  body?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

export function FieldForm({ children }: { children: ReactNode }) {
  return (
    <form
      className="field-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        event.stopPropagation();
        submitWholeForm(event.currentTarget);
      }}
    >
      {children}
    </form>
  );
}
