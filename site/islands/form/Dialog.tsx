/**
 * A modal <dialog> (focus trapped and restored by the browser, Esc closes).
 * Used for confirmations and short inputs instead of window.confirm/prompt,
 * so the wording and the buttons' accessible names are ours.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function Dialog({ title, children, confirmLabel, cancelLabel = '取消', danger, onConfirm, onCancel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="form-dialog"
      aria-labelledby="form-dialog-title"
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
        <h2 id="form-dialog-title">{title}</h2>
        {children}
        <div className="dialog-buttons">
          <button type="submit" className={danger ? 'danger' : 'primary'}>
            {confirmLabel}
          </button>
          <button type="button" onClick={onCancel}>
            {cancelLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
