/**
 * One polite live region for the page's short confirmations ("Code copied", "Link copied"): a control's
 * own label changing is not reliably read out. One region, shared by every caller.
 */
let status: HTMLElement | undefined;

/** How long a button shows its confirmation ("Copied") before it reads as before. */
export const RESET_AFTER_MS = 2000;

/**
 * Puts the live region in the page ahead of any message: screen readers often miss a change to a region
 * inserted just before it. Each script with something to announce calls this when it starts.
 */
export function prepareAnnouncements(): void {
  if (status) return;
  status = document.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  (document.querySelector('main') ?? document.body).append(status);
}

export function announce(message: string): void {
  prepareAnnouncements();
  const region = status!;
  // Emptied first, so the same message twice in a row is announced twice.
  region.textContent = '';
  window.setTimeout(() => (region.textContent = message), 50);
}

/** Clears the region once a confirmation has been read, so it is not found again later. */
export function clearAnnouncement(): void {
  if (status) status.textContent = '';
}
