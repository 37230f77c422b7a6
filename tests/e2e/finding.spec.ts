import { expect, test } from '@playwright/test';
import { E2E_DEV_PORT, E2E_SUB_PORT } from '../support/e2e-site.ts';

const FIRST_TITLE = 'Rust Is Winning the AI Code Generation Race';

test('typing a phrase from the first post in the search page finds it, with highlighted terms and a date', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('[data-search-fallback]')).toHaveCount(0);
  await page.getByLabel('Search posts').fill('layered Docker images');
  const result = page.locator('.search-results li').filter({ hasText: FIRST_TITLE });
  await expect(result).toHaveCount(1);
  await expect(result.locator('mark').first()).toBeVisible();
  await expect(result.locator('.search-result-date')).toHaveText('February 7, 2026');
  await expect(page.locator('[data-search-status]')).toContainText(/1 post matches|posts match/);
  await result.getByRole('link', { name: FIRST_TITLE }).click();
  await expect(page).toHaveURL(/\/blog\/rust-is-winning-the-ai-code-generation-race\/$/);
});

test('search finds a post by a word of its title or by one of its tags, not only by its text', async ({ page }) => {
  // The generated fixture posts never say "rust" in their text, and "0001" is only in this one's title.
  const fixture = 'So job into next compose 0001';
  await page.goto('/search/');
  for (const query of ['0001', 'rust']) {
    await page.getByLabel('Search posts').fill(query);
    await expect(page.locator('.search-results li').filter({ hasText: fixture })).toHaveCount(1);
  }
  // The excerpt still comes from the text: the tags are not shown twice.
  await expect(page.locator('.search-results li').filter({ hasText: fixture })).not.toContainText('#');
});

test('words that appear only in a draft or a scheduled post find nothing', async ({ page }) => {
  await page.goto('/search/');
  for (const word of ['ZQXDRAFT', 'ZQXFUTURE']) {
    await page.getByLabel('Search posts').fill(word);
    await expect(page.locator('[data-search-status]')).toHaveText(`No posts match “${word}”.`);
    await expect(page.locator('.search-results li')).toHaveCount(0);
  }
});

test('a query in the URL is searched on arrival, so the header box works as a plain form', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search posts' }).fill('cargo');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=cargo$/);
  await expect(page.getByLabel('Search posts')).toHaveValue('cargo');
  await expect(page.locator('.search-results li').filter({ hasText: FIRST_TITLE })).toHaveCount(1);
});

test('"/" focuses the search box, but not while typing in a field', async ({ page }) => {
  await page.goto('/blog/rust-is-winning-the-ai-code-generation-race/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search posts' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
  await box.pressSequentially('a/b');
  await expect(box).toHaveValue('a/b');

  await page.goto('/search/');
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search posts')).toBeFocused();
});

test('the "/" shortcut can be turned off on the search page, and stays off on every page until turned on', async ({ page }) => {
  await page.goto('/search/');
  const setting = page.getByRole('checkbox', { name: 'Press / on any page to jump to search' });
  await expect(setting).toBeChecked();
  await setting.uncheck();
  await expect(page.getByLabel('Search posts')).not.toHaveAttribute('aria-keyshortcuts', '/');

  await page.goto('/blog/rust-is-winning-the-ai-code-generation-race/');
  const box = page.getByRole('searchbox', { name: 'Search posts' });
  await expect(box).not.toHaveAttribute('aria-keyshortcuts', '/');
  await page.locator('main p').first().click();
  await page.keyboard.press('/');
  await expect(box).not.toBeFocused();

  await page.goto('/search/');
  await expect(setting).not.toBeChecked();
  await setting.check();
  await page.goto('/blog/rust-is-winning-the-ai-code-generation-race/');
  await expect(box).toHaveAttribute('aria-keyshortcuts', '/');
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
});

test('many results come twenty at a time, each under a heading; "Show more" adds the rest and moves focus to the first new one', async ({ page }) => {
  await page.goto('/search/?q=matters'); // a word of every generated fixture post: more than twenty
  const results = page.locator('.search-results > li');
  await expect(results).toHaveCount(20);
  const status = await page.locator('[data-search-status]').textContent();
  const total = Number(/^(\d+) posts match “matters”\.$/.exec(status ?? '')?.[1]);
  expect(total, status ?? '').toBeGreaterThan(20);
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(20);
  const more = page.getByRole('button', { name: `Show ${total - 20} more` });
  await more.click();
  await expect(results).toHaveCount(total);
  await expect(more).toBeHidden();
  await expect(results.nth(20).getByRole('link')).toBeFocused();

  // A new query starts again from its own first results.
  await page.getByLabel('Search posts').fill('layered Docker images');
  await expect(results.filter({ hasText: FIRST_TITLE })).toHaveCount(1);
  await expect(page.locator('[data-search-status]')).toContainText('“layered Docker images”');
  await expect(more).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says what search needs and links the archive', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'archive' }).first().click();
    await expect(page).toHaveURL(/\/archive\/$/);
  });
});

test('the page number sits centred on one line under the posts, first, middle and last page, phone or desktop', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', '/2/', '/4/']) {
      await page.goto(path);
      const [nav, status] = await Promise.all(['nav.pagination', '.pagination-status'].map((selector) => page.locator(selector).boundingBox()));
      const where = `${path} at ${width}px`;
      expect(Math.abs(status!.x + status!.width / 2 - (nav!.x + nav!.width / 2)), `${where}: centred`).toBeLessThan(1);
      const lineHeight = await page.locator('.pagination-status').evaluate((el) => parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.6);
      expect(status!.height, `${where}: one line`).toBeLessThanOrEqual(lineHeight + 1);
      for (const link of await page.locator('.pagination a').all()) {
        const box = (await link.boundingBox())!;
        expect(box.x >= nav!.x - 0.5 && box.x + box.width <= nav!.x + nav!.width + 0.5, `${where}: ${await link.textContent()} inside`).toBe(true);
      }
    }
  }
});

test('tag links and pagination controls are reachable by keyboard', async ({ page }) => {
  await page.goto('/');
  const focusables: string[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const description = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      return `${el.getAttribute('rel') ?? ''}|${el.classList.contains('tag') ? 'tag' : ''}|${el.getAttribute('href') ?? ''}`;
    });
    if (description.startsWith('next|')) {
      focusables.push(description);
      break;
    }
    focusables.push(description);
  }
  expect(focusables.some((item) => item.includes('|tag|/tags/'))).toBe(true);
  const next = focusables.find((item) => item.startsWith('next|'));
  expect(next).toBe('next||/2/');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/2\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('page 2');
  // The focused control shows a visible focus ring.
  await page.getByRole('link', { name: '← Newer posts' }).focus();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});

test('clicking a tag opens its page with the tag’s posts', async ({ page }) => {
  await page.goto('/blog/rust-is-winning-the-ai-code-generation-race/');
  await page.locator('.post-header').getByRole('link', { name: '#developer-experience' }).click();
  await expect(page).toHaveURL(/\/tags\/developer-experience\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('developer-experience');
  await expect(page.getByRole('link', { name: FIRST_TITLE })).toBeVisible();
});

test('in the dev server, where no index exists yet, search says so plainly', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${E2E_DEV_PORT}/search/?q=rust`);
  await expect(page.locator('[data-search-status]')).toContainText('Search has no index in the dev server');
});

test('under a base path, the header search and its results stay under it', async ({ page }) => {
  await page.goto(`http://127.0.0.1:${E2E_SUB_PORT}/sub/`);
  await page.getByRole('searchbox', { name: 'Search posts' }).fill('layered Docker images');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sub\/search\/\?q=/);
  const result = page.locator('.search-results li').filter({ hasText: FIRST_TITLE });
  await expect(result).toHaveCount(1);
  await result.getByRole('link', { name: FIRST_TITLE }).click();
  await expect(page).toHaveURL(`http://127.0.0.1:${E2E_SUB_PORT}/sub/blog/rust-is-winning-the-ai-code-generation-race/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(FIRST_TITLE);
});

test('each tag’s post count sits right beside it, on its line, and a tag’s name on one line, on the tag index and the Subscribe page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const [path, name] of [['/tags/', '.tag-index .tag'], ['/subscribe/', '.tag-feeds a']] as const) {
    await page.goto(path);
    const rows = await page.locator(name).evaluateAll((names) =>
      names.map((element) => {
        const tag = element.getBoundingClientRect();
        const count = element.parentElement!.querySelector('.tag-count')!.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(element);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        return { text: element.textContent, gap: count.left - tag.right, middle: (count.top + count.bottom) / 2, top: tag.top, bottom: tag.bottom, lines };
      }),
    );
    expect(rows.length, path).toBeGreaterThan(3);
    for (const row of rows) {
      expect(row.gap, `${path} ${row.text}: gap to its count`).toBeLessThan(16);
      expect(row.middle > row.top && row.middle < row.bottom, `${path} ${row.text}: count on its line`).toBe(true);
      expect(row.lines, `${path} ${row.text}: on one line`).toBe(1);
    }
  }
});

test('a browser can add the site’s search: every page links its OpenSearch description, whose template finds posts', async ({ page }) => {
  await page.goto('/archive/');
  const link = page.locator('link[rel="search"]');
  await expect(link).toHaveAttribute('type', 'application/opensearchdescription+xml');
  await expect(link).toHaveAttribute('title', 'Compiled Notes');
  const described = await page.evaluate(async (href) => {
    const response = await fetch(href);
    const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
    const NS = 'http://a9.com/-/spec/opensearch/1.1/';
    return {
      ok: response.ok,
      wellFormed: xml.getElementsByTagName('parsererror').length === 0,
      root: `${xml.documentElement.namespaceURI} ${xml.documentElement.localName}`,
      name: xml.getElementsByTagNameNS(NS, 'ShortName')[0]?.textContent,
      template: xml.getElementsByTagNameNS(NS, 'Url')[0]?.getAttribute('template'),
      image: xml.getElementsByTagNameNS(NS, 'Image')[0]?.textContent,
    };
  }, (await link.getAttribute('href'))!);
  expect(described).toMatchObject({ ok: true, wellFormed: true, root: 'http://a9.com/-/spec/opensearch/1.1/ OpenSearchDescription', name: 'Compiled Notes' });
  // The description names the site's own origin (SITE_URL); the tests serve it elsewhere, so follow its path.
  const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!);
  const template = new URL(described.template!.replace('{searchTerms}', encodeURIComponent('layered Docker')));
  expect(template.origin).toBe(canonical.origin);
  expect(new URL(described.image!).pathname).toMatch(/\/icons\/64\.png$/);
  expect((await page.request.get(new URL(described.image!).pathname)).status()).toBe(200);
  await page.goto(template.pathname + template.search);
  await expect(page.getByLabel('Search posts')).toHaveValue('layered Docker');
  await expect(page.locator('.search-results li').filter({ hasText: FIRST_TITLE })).toHaveCount(1);
});
