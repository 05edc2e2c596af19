/** `/` or Ctrl+K (⌘K) puts the cursor in the search box, unless the user is typing somewhere else. */
export function bindSearchShortcut(input: HTMLInputElement | null): void {
  if (!input) return;
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    if (!slash && !ctrlK) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
