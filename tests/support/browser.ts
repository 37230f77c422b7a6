/**
 * Finds a Chromium for the end-to-end tests: an explicit path, then a system Chromium, then
 * Playwright's own download, then (as root, on Debian) Debian's chromium package. Never skips.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const BROWSER_ENV = 'CHROMIUM_PATH';

function playwrightChromium(): string | undefined {
  try {
    const script = "import('playwright-core').then(m => process.stdout.write(m.chromium.executablePath()))";
    const path = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function firstSystemChromium(): string | undefined {
  return SYSTEM_PATHS.find((path) => existsSync(path));
}

function run(command: string, args: string[]): boolean {
  console.log(`$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
}

/** Returns the executable to launch, or "" for Playwright's own browser. Throws one clear line when there is none. */
export function ensureChromium(): string {
  const chosen = process.env[BROWSER_ENV];
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`${BROWSER_ENV}=${chosen} does not exist: point it at a Chromium or Chrome executable.`);
    return chosen;
  }
  const found = firstSystemChromium();
  if (found) return found;
  if (playwrightChromium()) return '';

  console.log('No Chromium found: trying Playwright’s own download.');
  if (run(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium']) && playwrightChromium()) return '';

  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian’s chromium package.');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
    const installed = firstSystemChromium();
    if (installed) return installed;
  }
  throw new Error(
    `No Chromium for the browser tests: install one (Debian/Ubuntu: "sudo apt-get install chromium"; elsewhere: "npx playwright install chromium"), or set ${BROWSER_ENV} to its path.`,
  );
}
