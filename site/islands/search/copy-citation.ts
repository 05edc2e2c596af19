/**
 * 复制引用: each clause carries its citation in a <details> (readable and
 * selectable without JavaScript). With JavaScript, opening it also copies the
 * citation to the clipboard and says so in a live region.
 */
export function enhanceCitations(root: ParentNode): void {
  const status = root.querySelector<HTMLElement>('#copy-status');
  root.querySelectorAll<HTMLDetailsElement>('details.cite').forEach((details) => {
    const summary = details.querySelector('summary');
    const text = details.querySelector('.cite-text')?.textContent?.trim();
    if (!summary || !text) return;
    summary.addEventListener('click', () => {
      if (details.open) return; // closing it copies nothing
      void copy(text).then((ok) => {
        if (status) status.textContent = ok ? `已复制引用：${text}` : '浏览器不允许自动复制，请选中引用文字后手动复制。';
        details.dataset['copied'] = ok ? 'true' : 'false';
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
