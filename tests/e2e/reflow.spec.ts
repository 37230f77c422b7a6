import { expect, test } from '@playwright/test';
import { PAGE_KINDS } from '../support/page-kinds.ts';

/** WCAG 1.4.12's spacing, which a reader may set with their own style sheet; no content may be lost to it. */
const TEXT_SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

// A reader's own style sheet (an extension, the browser's settings) is not the page's: the site's CSP does not apply to it.
test.use({ bypassCSP: true });

const PAGES = [
  ...PAGE_KINDS,
  { kind: 'post with every Markdown feature', path: '/blog/fixture-markdown-features/' },
  { kind: 'post with every MDX component', path: '/blog/fixture-mdx-components/' },
];

/**
 * WCAG 1.4.10: at 320 CSS pixels (a phone, or 1280 px at 400 % zoom) a page reads without scrolling
 * sideways; code blocks and tables scroll inside themselves. It must hold with the wider text spacing too.
 */
for (const { kind, path } of PAGES) {
  test(`the ${kind} page (${path}) reflows at 320 px, also with a reader's text spacing`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const overflow = () =>
      page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // The elements that stick out, outermost first, for a message that says where to look.
        const out = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((element) => element.getBoundingClientRect().right > width + 0.5 && !element.closest('pre, table'))
          .slice(0, 3)
          .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}"> ${element.textContent?.trim().slice(0, 30)}`);
        return { by: document.documentElement.scrollWidth - width, out };
      });
    expect(await overflow(), 'as built').toEqual({ by: 0, out: [] });
    await page.addStyleTag({ content: TEXT_SPACING });
    expect(await overflow(), 'with the text spacing').toEqual({ by: 0, out: [] });
  });
}
