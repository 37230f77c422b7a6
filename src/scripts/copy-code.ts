/**
 * Adds a Copy button to every code block in a post. Only with JavaScript and a clipboard to write to:
 * without them there is no button that could not work. Success and failure are announced (announce.ts).
 */
import { RESET_AFTER_MS, announce, clearAnnouncement, prepareAnnouncements } from './announce.ts';

export function initCopyButtons(root: ParentNode = document): void {
  if (!navigator.clipboard || !window.isSecureContext) return;
  const blocks = root.querySelectorAll<HTMLElement>('.code-block');
  if (blocks.length === 0) return;
  prepareAnnouncements();

  for (const block of blocks) {
    const code = block.querySelector('pre code');
    if (!code) continue;
    const title = block.querySelector('.code-title')?.textContent?.trim();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', title ? `Copy code: ${title}` : 'Copy code');
    let timer: number | undefined;
    button.addEventListener('click', async () => {
      window.clearTimeout(timer);
      try {
        await navigator.clipboard.writeText(code.textContent ?? '');
        button.textContent = 'Copied';
        announce('Code copied to the clipboard');
      } catch {
        button.textContent = 'Failed';
        announce('Could not copy the code');
      }
      timer = window.setTimeout(() => {
        button.textContent = 'Copy';
        clearAnnouncement();
      }, RESET_AFTER_MS);
    });
    block.append(button);
  }
}
