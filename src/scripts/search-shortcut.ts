/** "/" anywhere (outside a text field) jumps to the search box, as on GitHub and MDN. */
export function initSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    const box = document.querySelector<HTMLInputElement>('input[data-search-input]');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
