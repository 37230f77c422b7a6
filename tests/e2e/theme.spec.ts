import { expect, test, type Page } from '@playwright/test';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = 'rgb(253, 252, 250)';
const DARK = 'rgb(20, 22, 26)';

test('the theme follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  expect(await background(page)).toBe(DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(LIGHT);
});

test('the toggle switches the theme and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(DARK);

  await page.reload();
  expect(await background(page)).toBe(DARK);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.goto('/archive/');
  expect(await background(page)).toBe(LIGHT);
});

test('a stored theme is applied before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => {
    localStorage.setItem('theme', 'dark');
    // Record the theme at the moment <body> is created, before any later script could fix it up.
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset.theme;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  // The stylesheet blocks rendering, so a theme chosen before <body> exists is the one first painted.
  const themeAtBody = await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody);
  expect(themeAtBody).toBe('dark');
  expect(await background(page)).toBe(DARK);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('posts are readable and the toggle, which needs JavaScript, is not offered', async ({ page }) => {
    await page.goto('/blog/rust-is-winning-the-ai-code-generation-race/');
    await expect(page.getByRole('heading', { name: 'Why Rust Works So Well for AI Generation' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveCount(0);
  });
});

test('a page prints in the light colours, whichever theme the reader chose or the system uses', async ({ page }) => {
  const POST = '/blog/rust-is-winning-the-ai-code-generation-race/';
  const text = () => page.locator('.prose p').first().evaluate((p) => getComputedStyle(p).color);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(POST);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  expect(await background(page)).toBe(DARK);
  await page.emulateMedia({ media: 'print' });
  expect(await background(page)).toBe(LIGHT);
  expect(await text()).toBe('rgb(29, 31, 35)');

  await page.evaluate(() => localStorage.clear());
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await page.goto(POST);
  expect(await background(page)).toBe(DARK);
  await page.emulateMedia({ media: 'print' });
  expect(await background(page)).toBe(LIGHT);
  expect(await text()).toBe('rgb(29, 31, 35)');
});

test('the theme toggle, shown once its script runs, moves nothing on the page, on a phone or a desktop', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/blog/rust-is-winning-the-ai-code-generation-race/');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
    const [shown, before] = await page.evaluate(() => {
      const top = () => document.querySelector('main')!.getBoundingClientRect().top;
      const toggle = document.querySelector<HTMLElement>('[data-theme-toggle]')!;
      const withToggle = top();
      toggle.hidden = true; // as it is before its script runs
      const withoutToggle = top();
      toggle.hidden = false;
      return [withToggle, withoutToggle];
    });
    expect(shown, `at ${width}px`).toBe(before);
  }
});
