import { expect, test, type Locator, type Page } from '@playwright/test';

const FIRST_POST = '/blog/rust-is-winning-the-ai-code-generation-race/';
const FIRST_TITLE = 'Rust Is Winning the AI Code Generation Race';

test('the home page lists the first post and clicking it opens the post', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest posts');
  const link = page.getByRole('link', { name: FIRST_TITLE });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(FIRST_POST);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(FIRST_TITLE);
  await expect(page.locator('article time').first()).toHaveAttribute('datetime', '2026-02-07');
  await expect(page.getByText(/\d+ min read/).first()).toBeVisible();
});

test('both images of the first post load', async ({ page }) => {
  await page.goto(FIRST_POST);
  const images = page.locator('.prose img');
  await expect(images).toHaveCount(2);
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expect(image).toHaveAttribute('alt', /\S/);
  }
});

test('an unknown URL shows the 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the latest posts' })).toBeVisible();
});

test('keyboard users reach the content through the skip link', async ({ page }) => {
  await page.goto(FIRST_POST);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  const focusedInMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
  expect(focusedInMain).toBe(true);
});

test('every page has one h1, a main landmark and a language', async ({ page }) => {
  for (const path of ['/', FIRST_POST, '/tags/', '/tags/rust/', '/archive/', '/no/such/page/']) {
    await page.goto(path);
    await expect(page.locator('h1'), path).toHaveCount(1);
    await expect(page.locator('main'), path).toHaveCount(1);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'en');
  }
});

test('the header takes one row from a tablet up and two or three on a phone, every control in view, apart and in reading order', async ({ page }) => {
  // The narrowest phones (and 400 % zoom) give search a row of its own: beside the links it was a letter wide.
  for (const [width, maxHeight] of [[320, 170], [375, 170], [540, 120], [768, 80], [1280, 80]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    const header = page.locator('.site-header');
    await expect(header.getByRole('button', { name: 'Dark theme' })).toBeVisible();
    expect(await header.evaluate((element) => element.getBoundingClientRect().height), `header height at ${width}px`).toBeLessThan(maxHeight);
    const boxes = await header.locator('.site-title, nav a, .search-box input, .search-box button, .theme-toggle').evaluateAll((elements) =>
      elements.map((element) => ({ name: element.textContent?.trim() || element.tagName, ...element.getBoundingClientRect().toJSON() })),
    );
    expect(boxes.length).toBe(7);
    const searchWidth = await header.locator('.search-box input').evaluate((input) => input.getBoundingClientRect().width);
    expect(searchWidth, `the search box is wide enough to read a query at ${width}px`).toBeGreaterThanOrEqual(140);
    for (const [i, a] of boxes.entries()) {
      expect(a.left >= 0 && a.right <= width, `${a.name} is inside the window at ${width}px`).toBe(true);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
        expect(apart, `${a.name} and ${b.name} overlap at ${width}px`).toBe(true);
      }
    }
    // WCAG 2.4.3: Tab goes the way the eye reads, left to right along a row, then down to the next.
    for (const [a, b] of boxes.slice(1).map((box, i) => [boxes[i]!, box] as const)) {
      const sameRow = a.top < b.bottom && b.top < a.bottom;
      const follows = sameRow ? b.left >= a.right - 0.5 : b.top >= a.bottom - 0.5;
      expect(follows, `${b.name} comes after ${a.name} in focus order, and after it on screen at ${width}px`).toBe(true);
    }
  }
});

test('a series is read in order: the first part links the next at its end, and each part lists the others', async ({ page }) => {
  await page.goto('/blog/fixture-markdown-features/');
  const series = page.getByRole('navigation', { name: 'Part 1 of 2 in the series Writing features' });
  await expect(series.getByRole('listitem')).toHaveText(['Fixture: every Markdown feature', 'Fixture: every MDX component']);
  await expect(series.getByRole('link')).toHaveCount(1);
  const next = page.locator('.series-next').getByRole('link', { name: 'Fixture: every MDX component' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/blog/fixture-mdx-components/');
  const second = page.getByRole('navigation', { name: 'Part 2 of 2 in the series Writing features' });
  await expect(second.locator('[aria-current="page"]')).toHaveText('Fixture: every MDX component');
  await expect(page.locator('.series-next'), 'the last part has no next one').toHaveCount(0);
  await second.getByRole('link', { name: 'Fixture: every Markdown feature' }).click();
  await expect(page).toHaveURL('/blog/fixture-markdown-features/');
});

test.describe('sharing a post', () => {
  // The post's canonical address, the site's own URL: not the local server the tests happen to use.
  const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

  test('Copy link puts the post’s address on the clipboard and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(FIRST_POST);
    const share = page.getByRole('region', { name: 'Share this post' });
    // The live region is in the page before the first message: one inserted with its message is often not read.
    await expect(page.locator('[role="status"]')).toHaveCount(1);
    await expect(page.locator('[role="status"]')).toBeEmpty();
    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status')).toHaveText('Link copied to the clipboard');
    await expect(share.getByRole('button', { name: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await canonical(page));
    await expect(share.getByRole('button', { name: 'Copy link' })).toBeVisible({ timeout: 5000 });
  });

  test('Share opens the browser’s share sheet with the post’s title and address', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.assign(window, { shareCalls: calls });
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: async (data: ShareData) => void calls.push(data) });
    });
    await page.goto(FIRST_POST);
    await page.getByRole('region', { name: 'Share this post' }).getByRole('button', { name: 'Share…' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls)).toEqual([{ title: FIRST_TITLE, url: await canonical(page) }]);
  });

  test('where the browser has no share sheet there is no Share button; the links are there either way', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await page.goto(FIRST_POST);
    const share = page.getByRole('region', { name: 'Share this post' });
    await expect(share.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(share.getByRole('button', { name: 'Share…' })).toHaveCount(0);
    const bluesky = share.getByRole('link', { name: 'Bluesky' });
    await expect(bluesky).toHaveAttribute('href', /^https:\/\/bsky\.app\/intent\/compose\?text=/);
    await expect(bluesky).toHaveAttribute('rel', 'noreferrer');
  });

  test('the buttons come after the links, so showing them moves no link; they look like the links', async ({ page, browser }) => {
    // Within the section: what scripts change above it is not the buttons' doing.
    const linkBoxes = async (from: Page) => {
      const section = from.getByRole('region', { name: 'Share this post' });
      const links = section.getByRole('link');
      await expect(links).toHaveCount(5);
      const origin = (await section.boundingBox())!;
      return Promise.all((await links.all()).map(async (link) => {
        const { x, y, width, height } = (await link.boundingBox())!;
        return { x: x - origin.x, y: y - origin.y, width, height };
      }));
    };
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(FIRST_POST);
    const without = await linkBoxes(plain);
    await noScript.close();

    await page.goto(FIRST_POST);
    const share = page.getByRole('region', { name: 'Share this post' });
    const copy = share.getByRole('button', { name: 'Copy link' });
    await expect(copy).toBeVisible();
    expect(await linkBoxes(page)).toEqual(without);
    const look = (locator: Locator) =>
      locator.evaluate((node) => ['border-top-style', 'border-radius', 'padding-left', 'background-color'].map((name) => getComputedStyle(node).getPropertyValue(name)));
    expect(await look(copy)).toEqual(await look(share.getByRole('link', { name: 'Bluesky' })));
  });

  test('a printed post leaves the share section out', async ({ page }) => {
    await page.goto(FIRST_POST);
    const share = page.getByRole('region', { name: 'Share this post' });
    await expect(share).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(share).toBeHidden();
  });
});
