import { expect, test } from '@playwright/test';
import { E2E_HEADERS_PORT } from '../support/e2e-site.ts';
import { PAGE_KINDS } from '../support/page-kinds.ts';

/** `astro preview` sends no policy header (pages rely on their <meta>); the second host sends dist/_headers too. */
const HOSTS = [
  { name: 'astro preview', baseURL: undefined },
  { name: 'a host that sends _headers', baseURL: `http://127.0.0.1:${E2E_HEADERS_PORT}` },
];

/**
 * One page of every kind loads in Chromium with no console error, no uncaught exception, no failed
 * or erroring request, and no request to another origin (lazy images included: the page is scrolled
 * to the end). A Content-Security-Policy violation is a console error, so this also proves the site
 * satisfies its own policy, in its <meta> and, on the second host, in its header.
 */
for (const host of HOSTS) test.describe(`served by ${host.name}`, () => {
  if (host.baseURL) test.use({ baseURL: host.baseURL });
  for (const { kind, path, status } of PAGE_KINDS) {
  test(`the ${kind} page (${path}) loads cleanly, with no request leaving the site`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const problems: string[] = [];
    const requested: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      const own404 = status === 404 && message.location().url === new URL(path, origin).href && /status of 404/.test(message.text());
      if (!own404) problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('request', (request) => requested.push(request.url()));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on('response', (response) => {
      const request = response.request();
      const expected = request.isNavigationRequest() && request.frame() === page.mainFrame() ? status : 200;
      if (response.status() >= 400 && response.status() !== expected) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });

    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status()).toBe(status);
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
        scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    });
    await page.waitForLoadState('networkidle');

    expect(problems).toEqual([]);
    expect(requested.length).toBeGreaterThan(1);
    expect(requested.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
  });
  }
});

test('the Content-Security-Policy is in force: a script injected into a page does not run', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect(violations.length).toBeGreaterThan(0);
});
