import { expect, test, type Page } from '@playwright/test';

/**
 * A feed opened in a browser is the feed's own XML, laid out by public/feed.css: no XSLT, which every
 * browser is removing. What a reader gets is read from the accessibility tree, which holds the text CSS
 * generates and only what is shown, in the order a screen reader reads it.
 */
async function spoken(page: Page): Promise<string> {
  return page.locator(':root').ariaSnapshot();
}

function inOrder(text: string, parts: readonly string[]): void {
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" after "${parts[parts.indexOf(part) - 1] ?? ''}" in: ${text.slice(0, 400)}…`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
  }
}

test('the RSS feed opens in a browser as a readable page that explains how to subscribe', async ({ page }) => {
  const response = await page.goto('/rss.xml');
  expect(response?.status()).toBe(200);
  expect(await page.evaluate(() => [...document.styleSheets].map((sheet) => new URL(sheet.href!).pathname))).toEqual(['/feed.css']);
  const self = await page.locator('channel > link[rel="self"]').getAttribute('href');
  expect(self).toMatch(/^https?:\/\/[^/]+\/rss\.xml$/);
  inOrder(await spoken(page), [
    'Web feed preview',
    'Compiled Notes',
    'This is a web feed',
    'A feed (RSS) lets you follow this site in a feed reader',
    'To subscribe, copy the address of this page from the address bar into your feed reader. It is',
    self!,
    'New to feeds? Feed readers are free apps and sites',
    'Recent posts',
    'Rust Is Winning the AI Code Generation Race',
    '/blog/rust-is-winning-the-ai-code-generation-race/',
    'Published Sat, 07 Feb 2026',
  ]);
  expect(await page.locator('item').count()).toBeGreaterThan(10);
  await expect(page.getByText('Escaping & < > " and ]]> in feeds')).toBeVisible();
  // The title reads as the page's heading; what only feed readers need is out of sight and out of the text.
  const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size('channel > title')).toBeGreaterThan(1.5 * (await size('channel > description')));
  for (const hidden of ['channel > language', 'channel > lastBuildDate', 'channel > image > url', 'item > guid', 'item > encoded', 'item > category']) {
    await expect(page.locator(hidden).first(), `${hidden} is in the feed`).toBeAttached();
    await expect(page.locator(hidden).first()).toBeHidden();
  }
  expect(await spoken(page)).not.toContain('ZQXFEEDEND');
});

test('a tag feed opens the same way and lists only its posts', async ({ page }) => {
  await page.goto('/tags/feeds/rss.xml');
  await expect(page.locator('channel > title')).toHaveText('Compiled Notes: #feeds');
  await expect(page.locator('item')).toHaveCount(4);
  expect(await page.locator('channel > link[rel="self"]').getAttribute('href')).toMatch(/\/tags\/feeds\/rss\.xml$/);
  inOrder(await spoken(page), ['Compiled Notes: #feeds', 'This one carries the posts listed at', '/tags/feeds/', 'Recent posts']);
});

test('a feed opened in a browser follows the system’s dark scheme', async ({ browser }) => {
  const backgrounds: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ colorScheme });
    await page.goto('/rss.xml');
    backgrounds.push(await page.locator(':root').evaluate((root) => getComputedStyle(root).backgroundColor));
    await page.close();
  }
  expect(backgrounds).toEqual(['rgb(253, 252, 250)', 'rgb(20, 22, 26)']);
});

// A document that names no icon, as a feed cannot, makes the browser ask for /favicon.ico: a 404 there
// is an error in the console (hosted-headers.spec.ts checks the console of the feed page).
test('/favicon.ico is the site icon, for feeds opened in a browser and the feed readers that look there', async ({ page }) => {
  const response = await page.request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  const ico = await response.body();
  expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0]);
  // The browser reads it as an image: it picks one of the sizes the file holds.
  await page.goto('/');
  const width = await page.evaluate(async () => {
    const image = new Image();
    image.src = '/favicon.ico';
    await image.decode();
    return image.naturalWidth;
  });
  expect([16, 32, 48]).toContain(width);
});

test('the footer and tag pages offer a Subscribe link to the feed', async ({ page }) => {
  await page.goto('/tags/feeds/');
  await page.getByRole('link', { name: 'Subscribe to posts tagged “feeds” (RSS)' }).click();
  await expect(page).toHaveURL(/\/tags\/feeds\/rss\.xml$/);
  await expect(page.locator('channel > title')).toHaveText('Compiled Notes: #feeds');
  await page.goto('/archive/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'RSS' }).click();
  await expect(page).toHaveURL(/\/rss\.xml$/);
  await expect(page.locator('channel > title')).toHaveText('Compiled Notes');
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
