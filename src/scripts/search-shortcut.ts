/**
 * "/" anywhere (outside a text field) jumps to the search box, as on GitHub and MDN. A key without a
 * modifier can be typed by accident, by speech input among others, so readers can turn it off (WCAG
 * 2.1.4): the search page has the switch, and the choice is kept in this browser.
 */
const OFF_KEY = 'search-shortcut-off';

function shortcutOn(): boolean {
  if (document.documentElement.dataset.searchShortcut === 'off') return false; // turned off on this page
  try {
    return localStorage.getItem(OFF_KEY) === null;
  } catch {
    return true; // storage blocked: the default
  }
}

/** The search boxes announce the shortcut only while it works. */
function announce(on: boolean): void {
  for (const box of document.querySelectorAll('input[data-search-input]')) {
    if (on) box.setAttribute('aria-keyshortcuts', '/');
    else box.removeAttribute('aria-keyshortcuts');
  }
}

export function initSearchShortcut(): void {
  announce(shortcutOn());
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || !shortcutOn()) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
    const box = document.querySelector<HTMLInputElement>('input[data-search-input]');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}

/** The switch on the search page: shown only where scripts run, as the shortcut itself. */
export function initShortcutSetting(): void {
  const setting = document.querySelector<HTMLElement>('[data-shortcut-setting]');
  const toggle = setting?.querySelector<HTMLInputElement>('[data-shortcut-toggle]');
  if (!setting || !toggle) return;
  toggle.checked = shortcutOn();
  toggle.addEventListener('change', () => {
    document.documentElement.dataset.searchShortcut = toggle.checked ? 'on' : 'off';
    try {
      if (toggle.checked) localStorage.removeItem(OFF_KEY);
      else localStorage.setItem(OFF_KEY, '1');
    } catch {
      // nowhere to keep the choice: it lasts while this page is open
    }
    announce(toggle.checked);
  });
  setting.hidden = false;
}
