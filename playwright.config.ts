import { defineConfig, devices } from '@playwright/test';
import { ensureChromium } from './tests/support/browser.ts';
import { E2E_DEV_PORT, E2E_HEADERS_PORT, E2E_PORT, E2E_SITE, E2E_SUB_DIR, E2E_SUB_PORT, E2E_SUB_SITE } from './tests/support/e2e-site.ts';

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
    { command: 'preview', port: E2E_PORT, cwd: E2E_SITE, base: '/' },
    { command: 'dev', port: E2E_DEV_PORT, cwd: E2E_SITE, base: '/' },
    // The site built under a base path, served there with its own _headers, whose rules carry the base too.
    { command: 'with-headers', port: E2E_SUB_PORT, cwd: E2E_SUB_DIR, base: E2E_SUB_SITE.base },
    { command: 'with-headers', port: E2E_HEADERS_PORT, cwd: E2E_SITE, base: '/' },
  ].map(({ command, port, cwd, base }) => ({
    command:
      command === 'with-headers'
        ? `"${process.execPath}" ../../tests/support/serve-with-headers.ts dist ${port} ${base}`
        : `"${process.execPath}" ../../node_modules/astro/bin/astro.mjs ${command} --port ${port} --host 127.0.0.1`,
    cwd,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  })),
});
