import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contrastRatio, over } from '../support/colour.ts';
import { ROOT } from '../support/sites.ts';

const MARKDOWN = '/blog/fixture-markdown-features/';
const MDX = '/blog/fixture-mdx-components/';
const FIRST_POST = '/blog/rust-is-winning-the-ai-code-generation-race/';

/** The code of the fenced block in a fixture whose fence line starts with `opening`. */
function fixtureCode(file: string, opening: string): string {
  const source = readFileSync(join(ROOT, 'tests/fixtures/posts', file), 'utf8');
  const start = source.indexOf(`${opening}`);
  const body = source.slice(source.indexOf('\n', start) + 1);
  return body.slice(0, body.indexOf('\n```'));
}

const colorOf = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => getComputedStyle(element).color);

test('code is highlighted in the light and the dark theme, switching without a request', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(MARKDOWN);
  const keyword = '.code-block pre[data-language="ts"] .line span';
  const plain = '.code-block pre[data-language="ts"]';
  const lightKeyword = await colorOf(page, keyword);
  expect(lightKeyword).not.toBe(await colorOf(page, plain));

  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByRole('button', { name: 'Dark theme' }).click();
  const darkKeyword = await colorOf(page, keyword);
  expect(darkKeyword).not.toBe(lightKeyword);
  expect(darkKeyword).not.toBe(await colorOf(page, plain));
  const background = await page.locator(plain).evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
  expect(requests).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`marked code lines are tinted across, and every token keeps 4.5:1 on the tint (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(MARKDOWN);
    const lines = await page.locator('.astro-code .line.highlighted, .astro-code .line.diff').evaluateAll((elements) =>
      elements.map((line) => {
        // The row's tint is the gradient's second stop: read it resolved, through a probe that uses it.
        const kind = line.classList.contains('add') ? 'add' : line.classList.contains('remove') ? 'remove' : 'highlight';
        const probe = document.createElement('span');
        probe.style.backgroundColor = `var(--code-row-${kind})`;
        line.append(probe);
        const tint = getComputedStyle(probe).backgroundColor;
        probe.remove();
        const tokens = [...line.querySelectorAll('span')]
          .filter((span) => span.children.length === 0 && span.textContent!.trim())
          .map((span) => ({ text: span.textContent!, color: getComputedStyle(span).color }));
        return { text: line.textContent!, tint, block: getComputedStyle(line.closest('pre')!).backgroundColor, tokens };
      }),
    );
    expect(lines.map((line) => line.text)).toEqual(expect.arrayContaining(['  cache: true, ', '    return math.pi * r ** 2  # exact']));
    const tokens = lines.flatMap((line) => line.tokens.map((token) => token.text.trim()));
    expect(tokens, 'a comment is among the tokens checked').toContain('# exact');
    for (const line of lines) {
      expect(line.tint, `${line.text}: tinted`).not.toMatch(/rgba\(\d+, \d+, \d+, 0\)/);
      const row = over(line.tint, line.block);
      for (const token of line.tokens) {
        expect(contrastRatio(token.color, row), `"${token.text}" on "${line.text}"`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
}

test('the copy button puts the code on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(MARKDOWN);
  const button = page.getByRole('button', { name: 'Copy code: src/greet.ts' });
  await button.click();
  await expect(button).toHaveText('Copied');
  await expect(page.getByRole('status')).toHaveText('Code copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fixtureCode('fixture-markdown-features/index.md', '```ts title="src/greet.ts"'));

  // Notation comments are gone from what is copied, as from what is shown.
  await page.getByRole('button', { name: 'Copy code: config.js' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('cache: true,');
  expect(copied).not.toContain('[!code');
});

test('every code block gets one copy button, reachable by keyboard', async ({ page }) => {
  await page.goto(MARKDOWN);
  const blocks = await page.locator('.prose .code-block').count();
  expect(blocks).toBeGreaterThan(3);
  await expect(page.locator('.prose .code-block > .copy-code')).toHaveCount(blocks);
  await page.getByRole('button', { name: 'Copy code: src/greet.ts' }).focus();
  await expect(page.getByRole('button', { name: 'Copy code: src/greet.ts' })).toBeFocused();
});

test('a copy button never covers code, with or without a title bar, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(MARKDOWN);
  const overlaps = await page.locator('.prose .code-block').evaluateAll((blocks) =>
    blocks.flatMap((block) => {
      const button = block.querySelector('.copy-code')!.getBoundingClientRect();
      const first = block.querySelector('pre .line')!.getBoundingClientRect();
      return button.bottom > first.top ? [`${block.querySelector('pre')!.textContent!.slice(0, 40)}: button ends at ${button.bottom}, code starts at ${first.top}`] : [];
    }),
  );
  expect(await page.locator('.prose div.code-block').count(), 'a block without a title').toBeGreaterThan(0);
  expect(overlaps).toEqual([]);
});

test('the table of contents of an MDX post links every section and each link resolves', async ({ page }) => {
  await page.goto(MDX);
  const toc = page.getByRole('navigation', { name: 'Contents' });
  const hrefs = await toc.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const sectionIds = await page
    .locator('.prose :is(h2, h3)[id]:not(#footnote-label)')
    .evaluateAll((headings) => headings.map((heading) => `#${heading.id}`));
  expect(hrefs).toEqual(sectionIds);
  expect(await toc.locator('ol ol a').count()).toBeGreaterThan(0);

  for (const href of hrefs) {
    await toc.locator(`a[href="${href}"]`).click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(href!)).toBeInViewport();
  }
});

test('a post with toc: false has no table of contents', async ({ page }) => {
  await page.goto(MARKDOWN);
  expect(await page.locator('.prose h2').count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0);
});

test('heading anchors appear on hover and focus and link to their section', async ({ page }) => {
  await page.goto(MARKDOWN);
  const anchor = page.getByRole('link', { name: 'Section titled "Tables"' });
  const opacity = () => anchor.evaluate((element) => getComputedStyle(element).opacity);
  expect(await opacity()).toBe('0');
  await page.locator('h2#tables').hover();
  expect(await opacity()).toBe('1');
  await page.mouse.move(0, 0);
  await anchor.focus();
  expect(await opacity()).toBe('1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#tables$/);
  await expect(page.locator('h2#tables')).toBeInViewport();
  // The anchor sits beside the heading: the heading is named by its own words only.
  await expect(page.getByRole('heading', { name: 'Tables', exact: true })).toHaveCount(1);
});

test('callouts and Markdown alerts are announced as notes with their kind and title', async ({ page }) => {
  await page.goto(MDX);
  await expect(page.getByRole('note')).toHaveCount(5);
  for (const name of ['Note', 'Tip: Keep posts short', 'Warning: Back up first', 'Danger', 'Tip']) {
    await expect(page.getByRole('note', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('note', { name: 'Warning: Back up first' })).toContainText('Warning: Back up first');
  await page.goto(MARKDOWN);
  await expect(page.getByRole('note')).toHaveCount(3);
  const important = page.getByRole('note', { name: 'Important: Read the whole guide', exact: true });
  await expect(important).toContainText('Any case works');
  await expect(page.getByRole('note', { name: 'Caution', exact: true })).toBeVisible();
  await expect(page.locator('.prose')).not.toContainText('[!');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`each kind of callout has its own colour, and a Markdown alert looks like its <Callout> (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const look = (name: string) =>
      page.getByRole('note', { name, exact: true }).evaluate((aside) => {
        const style = getComputedStyle(aside);
        return [style.backgroundColor, style.borderLeftColor, style.paddingLeft, getComputedStyle(aside.querySelector('strong')!).color].join(' ');
      });
    await page.goto(MDX);
    const tipComponent = await look('Tip: Keep posts short');
    const tipAlert = await look('Tip');
    const danger = await look('Danger');
    await page.goto(MARKDOWN);
    const kinds = [await look('Note'), await look('Important: Read the whole guide'), await look('Caution')];
    expect(tipAlert).toBe(tipComponent);
    expect(kinds[2]).toBe(danger);
    expect(new Set([...kinds, tipComponent]).size).toBe(4);
  });
}

test('external links say they leave the site', async ({ page }) => {
  await page.goto(MARKDOWN);
  await expect(page.getByRole('link', { name: 'external link (external site)' })).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.getByRole('link', { name: 'internal link', exact: true })).toBeVisible();
  await page.goto(MDX);
  await expect(page.getByRole('link', { name: 'an external JSX link (external site)' })).toHaveAttribute('rel', 'noopener noreferrer');
});

test('the first image loads at once, the others when scrolled to', async ({ page }) => {
  await page.goto(MDX);
  const images = page.locator('.prose img');
  await expect(images.first()).toHaveAttribute('loading', 'eager');
  await expect.poll(() => images.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const count = await images.count();
  for (let index = 1; index < count; index++) await expect(images.nth(index)).toHaveAttribute('loading', 'lazy');
  // A decorative figure is hidden from assistive technology; the others are named.
  await expect(page.getByRole('img')).toHaveCount(count - 1);
  await expect(page.getByRole('figure', { name: 'A figure with a plain caption' })).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`posts with every writing feature have no accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of [MARKDOWN, MDX, FIRST_POST]) {
      await page.goto(path);
      await page.locator('.prose h2').nth(1).hover(); // an anchor shown
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => `${path} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a task list's boxes stand out from the page, done ones filled (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(MARKDOWN);
    const boxes = await page.locator('.task-list-item input').evaluateAll((inputs) =>
      inputs.map((input) => {
        const style = getComputedStyle(input);
        return { checked: (input as HTMLInputElement).checked, edge: style.borderTopColor, fill: style.backgroundColor, page: getComputedStyle(document.body).backgroundColor };
      }),
    );
    expect(boxes.map((box) => box.checked)).toEqual([true, false]);
    for (const box of boxes) expect(contrastRatio(box.edge, box.page), 'the edge against the page (WCAG 1.4.11)').toBeGreaterThanOrEqual(3);
    expect(boxes[0]!.fill, 'a done task is filled').not.toBe(boxes[1]!.fill);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('code, contents and details work, and no copy button is offered', async ({ page }) => {
    await page.goto(MARKDOWN);
    await expect(page.locator('.code-block').first()).toBeVisible();
    await expect(page.getByRole('button', { name: /^Copy code/ })).toHaveCount(0);
    // Nor the empty band above the code that holds the button where scripts run.
    const untitled = page.locator('.code-block > pre:first-child').first();
    expect(await untitled.evaluate((pre) => getComputedStyle(pre).paddingTop)).toBe(await untitled.evaluate((pre) => getComputedStyle(pre).paddingBottom));

    await page.goto(MDX);
    await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Figures' }).click();
    await expect(page).toHaveURL(/#figures$/);

    const hidden = page.getByText('The explanation, hidden until opened.');
    await expect(hidden).toBeHidden();
    await page.getByText('Show the hidden explanation').click();
    await expect(hidden).toBeVisible();
    await expect(page.getByText('Visible without a click.')).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`in forced colours a marked code line keeps an edge, and callout icons take the text colour (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme, forcedColors: 'active' });
    await page.goto(MARKDOWN);
    // Forced colours drop the tint and the inset shadow; the edge must survive as a border of another colour than the page.
    const lines = await page.locator('.astro-code .line.highlighted').evaluateAll((elements) =>
      elements.map((line) => {
        const style = getComputedStyle(line);
        return { width: style.borderLeftWidth, colour: style.borderLeftColor, page: getComputedStyle(line.closest('pre')!).backgroundColor };
      }),
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.width).toBe('3px');
      expect(line.colour).not.toBe(line.page);
    }
    const plain = await page.locator('.astro-code .line:not(.highlighted):not(.diff)').first().evaluate((line) => getComputedStyle(line).borderLeftWidth);
    expect(plain, 'other lines have no edge').toBe('0px');

    const icons = await page.locator('.callout').evaluateAll((callouts) =>
      callouts.map((callout) => ({ icon: getComputedStyle(callout.querySelector('.callout-icon')!).color, text: getComputedStyle(callout.querySelector('.callout-title')!).color })),
    );
    expect(icons.length).toBeGreaterThan(2);
    for (const { icon, text } of icons) expect(icon).toBe(text);
  });
}
