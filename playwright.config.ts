import { defineConfig, devices } from '@playwright/test';
import { ensureChromium } from './tests/support/browser.ts';
import { E2E_DEV_PORT, E2E_PORT, E2E_SITE } from './tests/support/e2e-site.ts';

const executablePath = ensureChromium() || undefined;
const isRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // As root, Chromium refuses to start sandboxed; the background services only knock on a closed network.
      args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    { command: 'preview', port: E2E_PORT },
    { command: 'dev', port: E2E_DEV_PORT },
  ].map(({ command, port }) => ({
    command: `"${process.execPath}" ../../node_modules/astro/bin/astro.mjs ${command} --port ${port} --host 127.0.0.1`,
    cwd: E2E_SITE,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  })),
});
