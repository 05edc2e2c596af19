/**
 * A modal <dialog> (focus trapped and restored by the browser, Esc closes).
 * Used for confirmations and short inputs instead of window.confirm/prompt,
 * so the wording and the buttons' accessible names are ours.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

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

export function Dialog({ title, children, confirmLabel, cancelLabel = '取消', danger, focusCancel, onConfirm, onCancel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // showModal() focuses the first button, the confirm one: a reflexive Enter must not delete anything.
    if (danger || focusCancel) cancel.current?.focus();
    return () => d?.close();
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
