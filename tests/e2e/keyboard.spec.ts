import { expect, test } from '@playwright/test';
import { PAGE_KINDS } from '../support/page-kinds.ts';

const INTERACTIVE = 'a[href], area[href], button, input, select, textarea, summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]';

interface Stop {
  /** Position among the elements found on load; -1 for one that appeared later. */
  index: number;
  /** Why the focus is not visible, or "" when it is. */
  invisible: string;
  obscured: boolean;
}

/**
 * On one page of every kind, Tab walks through every interactive element the reader can see, each
 * showing a visible focus indicator and not hidden behind anything when it has focus.
 */
for (const { kind, path } of PAGE_KINDS) {
  test(`every interactive element of the ${kind} page (${path}) is reached by Tab, with visible focus`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle'); // content a script adds (search results) is part of the page too
    const labels = await page.evaluate((selector) => {
      const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility({ visibilityProperty: true }),
      );
      elements.forEach((el, i) => (el.dataset.kbIndex = String(i)));
      return elements.map((el) => `<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').trim().slice(0, 40) || el.getAttribute('aria-label') || ''}`);
    }, INTERACTIVE);
    expect(labels.length, 'interactive elements on the page').toBeGreaterThan(3);

    const stops: Stop[] = [];
    for (let presses = 0; presses < labels.length + 30; presses++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(async (): Promise<Stop | null> => {
        // Smooth scrolling brings the focused element into view over a few frames: wait until it rests.
        const frame = () => new Promise(requestAnimationFrame);
        for (let still = 0, last = scrollY, frames = 0; still < 3 && frames < 120; frames++) {
          await frame();
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
        }
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const shadow = style.boxShadow !== 'none';
        const invisible = outline || shadow ? '' : `outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}`;
        // WCAG 2.4.11: the focused element is not hidden behind something else (a sticky header, a dialog).
        const rect = el.getClientRects()[0] ?? el.getBoundingClientRect();
        const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 8), 0), innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        const obscured = rect.bottom < 0 || rect.top > innerHeight || !hit || !(el.contains(hit) || hit.contains(el));
        return { index: el.dataset.kbIndex === undefined ? -1 : Number(el.dataset.kbIndex), invisible, obscured };
      });
      if (!stop) {
        if (stops.length) break; // focus left the page's last element
        continue;
      }
      if (stop.index >= 0 && stops.some((seen) => seen.index === stop.index)) break; // wrapped around
      stops.push(stop);
    }

    const reached = new Set(stops.map((stop) => stop.index));
    expect(labels.filter((_, i) => !reached.has(i)), 'never reached by Tab').toEqual([]);
    const label = (stop: Stop) => labels[stop.index] ?? 'an element added after load';
    expect(stops.filter((stop) => stop.invisible).map((stop) => `${label(stop)}: ${stop.invisible}`), 'focus not visible').toEqual([]);
    expect(stops.filter((stop) => stop.obscured).map(label), 'focused but covered or off screen').toEqual([]);
  });
}
