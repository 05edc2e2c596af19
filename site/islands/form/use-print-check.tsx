/**
 * 打印 asks first when the form holds data that fails validation: a zero
 * report with dropouts or a wrong 身份证号 must not go out for signature and
 * seal unnoticed. A blank form prints at once — it is printed to be filled in
 * by hand. The dialog starts on 返回修改, so a reflexive Enter does not print.
 */
import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Dialog } from './Dialog.tsx';

/** `problems()`: how many problems the form has now (0 for a blank form). */
export function usePrintCheck(problems: () => number): { request: () => void; dialog: ReactNode } {
  const [asking, setAsking] = useState<number>();
  const request = () => {
    const n = problems();
    if (n > 0) setAsking(n);
    else window.print();
  };
  const dialog =
    asking === undefined ? null : (
      <Dialog
        title={`表单还有 ${asking} 处问题，仍要打印吗？`}
        confirmLabel="仍要打印"
        cancelLabel="返回修改"
        focusCancel
        onCancel={() => setAsking(undefined)}
        onConfirm={() => {
          // Closed before the print dialog takes over the page.
          flushSync(() => setAsking(undefined));
          window.print();
        }}
      >
        <p>打印出来的表会带着这些问题。点“返回修改”后，可用“检查填写”逐条查看并改正。</p>
      </Dialog>
    );
  return { request, dialog };
}
