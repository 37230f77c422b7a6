import { expect, test } from '@playwright/test';
import { PAGE_KINDS } from '../support/page-kinds.ts';

test.use({ javaScriptEnabled: false });

/** Reading needs no JavaScript: with it off, every kind of page shows its heading, text and images. */
for (const { kind, path, status } of PAGE_KINDS) {
  test(`the ${kind} page (${path}) is readable without JavaScript`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await expect(page.locator('h1')).toBeVisible();
    const text = await page.locator('main').innerText();
    expect(text.length, 'visible text in <main>').toBeGreaterThan(kind.startsWith('post') ? 500 : 50);
    for (const image of await page.locator('main img').all()) {
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    }
  });
}

test('without JavaScript the header offers no search or theme toggle, which could not work', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  // The box is in the page (so the check below could see it), only not shown.
  await expect(page.locator('.site-header .search-box')).toHaveCount(1);
  await expect(page.locator('.site-header').getByRole('searchbox')).toBeHidden();
  await expect(page.locator('.site-header').getByRole('button')).toHaveCount(0);
});

test('without JavaScript a post offers its share links, and no Share or Copy link button, which could not work', async ({ page }) => {
  await page.goto('/blog/rust-is-winning-the-ai-code-generation-race/');
  const share = page.getByRole('region', { name: 'Share this post' });
  await expect(share.getByRole('link')).toHaveText(['Bluesky', 'LinkedIn', 'Hacker News', 'Reddit', 'Email']);
  await expect(share.locator('button')).toHaveCount(2);
  await expect(share.getByRole('button')).toHaveCount(0);
});
