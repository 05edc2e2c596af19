/**
 * A modal <dialog> (focus trapped by the browser, Esc closes). Used for
 * confirmations and short inputs instead of window.confirm/prompt, so the
 * wording and the buttons' accessible names are ours.
 *
 * Closing hands focus back to the element that opened the dialog (see
 * returnFocus for when that is gone). The browser's own restoring does not
 * help: React removes the <dialog> from the page, and a removed dialog leaves
 * focus on the body.
 */
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { returnFocus } from './focus.ts';

export interface DialogProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** the confirm button destroys something: styled as such, and focus starts on 取消 */
  danger?: boolean;
  /** start on 取消 although nothing is destroyed (a choice to think over) */
  focusCancel?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The opener of a dialog that closed in this very commit: a dialog replacing
 * it (UnlockDialog's 忘记口令 step) inherits it, since the element focused when
 * that one opens is a button of the dialog going away.
 */
let handedOver: HTMLElement | undefined;

export function Dialog({ title, children, confirmLabel, cancelLabel = '取消', danger, focusCancel, onConfirm, onCancel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  // A layout effect: its cleanup runs while the <dialog> is still in the page.
  useLayoutEffect(() => {
    const opener = handedOver ?? (document.activeElement as HTMLElement | null) ?? undefined;
    handedOver = undefined;
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // showModal() focuses the first button, the confirm one: a reflexive Enter must not delete anything.
    if (danger || focusCancel) cancel.current?.focus();
    return () => {
      d?.close();
      handedOver = opener;
      // Dialogs opened in the same commit run their effects before this microtask.
      queueMicrotask(() => {
        if (handedOver !== opener) return;
        handedOver = undefined;
        if (opener) returnFocus(opener);
      });
    };
    // Focus is placed once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <dialog
      ref={ref}
      className="form-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onConfirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="dialog-buttons">
          <button type="submit" className={danger ? 'danger' : 'primary'}>
            {confirmLabel}
          </button>
          <button ref={cancel} type="button" onClick={onCancel}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
