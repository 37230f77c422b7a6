import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { relativeLuminance } from '../support/colour.ts';
import { PAGE_KINDS } from '../support/page-kinds.ts';

/** Relative luminance of the page background, 0 (black) to 1 (white): proves which theme is showing. */
const backgroundLuminance = async (page: Page) => relativeLuminance(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));

const axeSummary = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
};

/** Every axe rule, best practices included, on one page of every kind, in both themes: no violation of any impact. */
for (const scheme of ['light', 'dark'] as const) {
  for (const { kind, path, status } of PAGE_KINDS) {
    test(`axe finds nothing on the ${kind} page (${path}) in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      const luminance = await backgroundLuminance(page);
      expect(scheme === 'dark' ? luminance < 0.1 : luminance > 0.8, `background luminance ${luminance}`).toBe(true);
      expect(await axeSummary(page)).toEqual([]);
    });
  }
}

/** A theme picked with the toggle (stored, against the system setting) styles through other selectors: check it too. */
for (const [system, chosen] of [['light', 'dark'], ['dark', 'light']] as const) {
  for (const { kind, path } of PAGE_KINDS.filter((k) => ['home', 'post with code'].includes(k.kind))) {
    test(`axe finds nothing on the ${kind} page with the ${chosen} theme chosen on a ${system} system`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: system });
      await page.addInitScript((theme) => localStorage.setItem('theme', theme), chosen);
      await page.goto(path);
      const luminance = await backgroundLuminance(page);
      expect(chosen === 'dark' ? luminance < 0.1 : luminance > 0.8, `background luminance ${luminance}`).toBe(true);
      expect(await axeSummary(page)).toEqual([]);
    });
  }
}
