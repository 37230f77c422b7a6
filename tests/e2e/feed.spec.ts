import { expect, test } from '@playwright/test';

test('the RSS feed opens in a browser as a readable page that explains how to subscribe', async ({ page }) => {
  const response = await page.goto('/rss.xml');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compiled Notes');
  await expect(page.getByRole('heading', { name: 'This is a web feed' })).toBeVisible();
  await expect(page.locator('.feed-url')).toHaveText(/^https?:\/\/[^/]+\/rss\.xml$/);
  const items = page.locator('.items li');
  expect(await items.count()).toBeGreaterThan(10);
  const first = items.first().getByRole('link');
  await expect(first).toHaveText('Rust Is Winning the AI Code Generation Race');
  await expect(first).toHaveAttribute('href', /\/blog\/rust-is-winning-the-ai-code-generation-race\/$/);
  await expect(items.first().locator('.date')).toHaveText('February 7, 2026');
  await expect(page.getByText('Escaping & < > " and ]]> in feeds')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a tag feed opens the same way and lists only its posts', async ({ page }) => {
  await page.goto('/tags/feeds/rss.xml');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compiled Notes: #feeds');
  await expect(page.locator('.items li')).toHaveCount(4);
  await expect(page.locator('.feed-url')).toHaveText(/\/tags\/feeds\/rss\.xml$/);
});

// The browser asks for /favicon.ico when a page names no icon: a 404 in the console (hosted-headers.spec.ts
// checks the console of the feed page).
test('the feed page names the site icon, from the feed’s own host, wherever the feed is', async ({ page, baseURL }) => {
  for (const feed of ['/rss.xml', '/tags/feeds/rss.xml']) {
    await page.goto(feed);
    const icon = await page.locator('link[rel="icon"]').evaluate((link) => (link as HTMLLinkElement).href);
    expect(icon).toBe(new URL('/icons/144.png', baseURL).href);
    expect((await page.request.get(icon)).status()).toBe(200);
  }
});

test('the footer and tag pages offer a Subscribe link to the feed', async ({ page }) => {
  await page.goto('/tags/feeds/');
  await page.getByRole('link', { name: 'Subscribe to posts tagged “feeds” (RSS)' }).click();
  await expect(page).toHaveURL(/\/tags\/feeds\/rss\.xml$/);
  await expect(page.getByRole('heading', { name: 'This is a web feed' })).toBeVisible();
  await page.goto('/archive/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'RSS' }).click();
  await expect(page).toHaveURL(/\/rss\.xml$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compiled Notes');
});

test('the footer’s Subscribe page explains feeds and gives every feed address', async ({ page, baseURL }) => {
  await page.goto('/archive/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Subscribe' }).click();
  await expect(page).toHaveURL(/\/subscribe\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Subscribe');
  const rss = page.getByLabel('Every post (RSS)');
  await expect(rss).toHaveValue(/^https?:\/\/[^/]+\/rss\.xml$/);
  await expect(page.getByLabel('Every post (JSON Feed)')).toHaveValue(/\/feed\.json$/);
  // The address a reader copies is the feed itself.
  const feedPath = new URL(await rss.inputValue()).pathname;
  expect((await page.request.get(new URL(feedPath, baseURL).href)).headers()['content-type']).toMatch(/xml/);
  await page.getByRole('link', { name: '#feeds' }).click();
  await expect(page).toHaveURL(/\/tags\/feeds\/rss\.xml$/);
});
