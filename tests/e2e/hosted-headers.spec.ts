import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_HEADERS_PORT, E2E_SITE, E2E_SUB_DIR, E2E_SUB_PORT } from '../support/e2e-site.ts';
import { parseHeaders } from '../support/headers-file.ts';

/**
 * Netlify and Cloudflare Pages send dist/_headers, so pages and feeds also run under the header's
 * Content-Security-Policy, which (unlike a page's <meta>) also governs workers and a feed opened in the
 * browser. This host serves the main test site that way, and the "sub" site, built under /sub/, on a port
 * of its own.
 */
test.use({ baseURL: `http://127.0.0.1:${E2E_HEADERS_PORT}` });

const rules = parseHeaders(readFileSync(join(E2E_SITE, 'dist/_headers'), 'utf8'));

function policyProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

test('the host sends the headers of dist/_headers: the policy on every path, long caching under /_astro/', async ({ page, request }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toBe(rules.get('/*')!.get('content-security-policy'));
  expect(headers['x-content-type-options']).toBe('nosniff');
  const asset = await page.evaluate(() => document.querySelector('link[href^="/_astro/"], script[src^="/_astro/"]')?.getAttribute('href') ?? document.querySelector('script[src^="/_astro/"]')?.getAttribute('src'));
  expect(asset).toMatch(/^\/_astro\//);
  expect((await request.get(asset!)).headers()['cache-control']).toMatch(/immutable/);
  expect((await request.get('/rss.xml')).headers()['content-security-policy']).toBe(headers['content-security-policy']);
});

test('search works under the header policy, which also governs its WebAssembly and worker', async ({ page }) => {
  const problems = policyProblems(page);
  await page.goto('/search/?q=layered+Docker+images');
  await expect(page.locator('.search-results li').filter({ hasText: 'Rust Is Winning the AI Code Generation Race' })).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('a feed opened in the browser keeps its styling under the header policy, with no error in the console', async ({ page }) => {
  const problems = policyProblems(page);
  await page.goto('/rss.xml');
  // Unstyled, the feed's parts are inline text across the window, and the address is not generated at all.
  // 42rem of the feed's 17 px type (the root element's own size is what rem means here).
  expect(await page.locator('channel').evaluate((channel) => getComputedStyle(channel).maxWidth)).toBe('714px');
  expect(await page.locator('channel > link[rel="self"]').evaluate((link) => getComputedStyle(link, '::after').content)).toMatch(/\/rss\.xml"$/);
  expect(await page.locator('item').first().evaluate((item) => getComputedStyle(item).display)).toBe('block');
  expect(problems).toEqual([]);
});

test('under a base path, the rules of _headers carry it: the sub site gets its policy and caching, and search works', async ({ page, request }) => {
  const sub = `http://127.0.0.1:${E2E_SUB_PORT}/sub/`;
  const subRules = parseHeaders(readFileSync(join(E2E_SUB_DIR, 'dist/_headers'), 'utf8'));
  const problems = policyProblems(page);
  const response = await page.goto(`${sub}search/?q=layered+Docker+images`);
  expect([...subRules.keys()]).toContain('/sub/*');
  expect(response!.headers()['content-security-policy']).toBe(subRules.get('/sub/*')!.get('content-security-policy'));
  await expect(page.locator('.search-results li').filter({ hasText: 'Rust Is Winning the AI Code Generation Race' })).toHaveCount(1);
  const asset = await page.evaluate(() => document.querySelector('script[src^="/sub/_astro/"]')?.getAttribute('src'));
  expect(asset).toMatch(/^\/sub\/_astro\//);
  expect((await request.get(`http://127.0.0.1:${E2E_SUB_PORT}${asset}`)).headers()['cache-control']).toMatch(/immutable/);
  expect(problems).toEqual([]);
});
