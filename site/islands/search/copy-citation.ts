/**
 * 复制引用: each clause prints its citation as text, so it can be copied by
 * hand without JavaScript. With JavaScript the text folds away behind a real
 * button whose name stays 复制引用; the outcome is announced in the page's
 * live region (#copy-status) and shown beside the button, never by renaming it.
 * If the browser refuses the clipboard, the citation is shown and selected.
 */
const doneFor = 3000;

export function enhanceCitations(root: ParentNode): void {
  const status = root.querySelector<HTMLElement>('#copy-status');
  root.querySelectorAll<HTMLElement>('.cite').forEach((cite) => {
    const button = cite.querySelector<HTMLButtonElement>('.cite-button');
    const done = cite.querySelector<HTMLElement>('.cite-done');
    const textBox = cite.querySelector<HTMLElement>('.cite-text');
    const text = cite.querySelector('.cite-value')?.textContent?.trim();
    if (!button || !textBox || !text) return;
    button.hidden = false;
    textBox.hidden = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', () => {
      void copy(text).then((ok) => {
        if (status) status.textContent = ok ? `已复制引用：${text}` : '浏览器不允许自动复制，请选中下面的引用文字后手动复制。';
        if (ok && done) {
          done.hidden = false;
          clearTimeout(timer);
          timer = setTimeout(() => (done.hidden = true), doneFor);
        }
        if (!ok) {
          textBox.hidden = false;
          const range = document.createRange();
          range.selectNodeContents(textBox.querySelector('.cite-value') ?? textBox);
          getSelection()?.removeAllRanges();
          getSelection()?.addRange(range);
        }
      });
    });
  });
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
