/**
 * The post's Share and Copy link buttons, shown only where they can work: Share where the browser has a
 * share sheet (phones, most desktop browsers), Copy link where a clipboard can be written. Without
 * JavaScript both stay hidden and the plain share links remain.
 */
import { RESET_AFTER_MS, announce, clearAnnouncement, prepareAnnouncements } from './announce.ts';

export function initShareButtons(root: ParentNode = document): void {
  const section = root.querySelector<HTMLElement>('[data-share]');
  if (!section) return;
  const url = section.dataset.shareUrl ?? location.href;
  const title = section.dataset.shareTitle ?? document.title;

  const native = section.querySelector<HTMLButtonElement>('[data-share-native]');
  if (native && typeof navigator.share === 'function') {
    native.closest('li')!.hidden = false;
    native.addEventListener('click', async () => {
      try {
        await navigator.share({ title, url });
      } catch {
        // The reader closed the share sheet: nothing to say.
      }
    });
  }

  const copy = section.querySelector<HTMLButtonElement>('[data-share-copy]');
  if (copy && navigator.clipboard && window.isSecureContext) {
    copy.closest('li')!.hidden = false;
    prepareAnnouncements();
    const label = copy.textContent;
    let timer: number | undefined;
    copy.addEventListener('click', async () => {
      window.clearTimeout(timer);
      try {
        await navigator.clipboard.writeText(url);
        copy.textContent = 'Link copied';
        announce('Link copied to the clipboard');
      } catch {
        copy.textContent = 'Could not copy';
        announce('Could not copy the link');
      }
      timer = window.setTimeout(() => {
        copy.textContent = label;
        clearAnnouncement();
      }, RESET_AFTER_MS);
    });
  }
}
