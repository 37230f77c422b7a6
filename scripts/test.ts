/**
 * `npm test`: everything, in order — unit tests, test-site builds, tests over the built files and
 * failing builds, the browser tests in Chromium, then the type check. Ends with one "N passed, N failed" line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { BROWSER_ENV, ensureChromium } from '../tests/support/browser.ts';

const node = process.execPath;
const totals = { passed: 0, failed: 0 };
const failedSteps: string[] = [];

function step(name: string, args: string[], env: Record<string, string> = {}): string {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(node, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, encoding: 'utf8' });
  process.stdout.write(result.stdout);
  if (result.status !== 0) failedSteps.push(name);
  return result.stdout;
}

function countNodeTests(output: string, name: string): void {
  const pass = Number(/^ℹ pass (\d+)$/m.exec(output)?.[1] ?? 0);
  const fail = Number(/^ℹ fail (\d+)$/m.exec(output)?.[1] ?? 0);
  totals.passed += pass;
  totals.failed += fail;
  if (pass + fail === 0) {
    totals.failed++;
    failedSteps.push(`${name} (ran no test)`);
  }
}

const nodeTest = (pattern: string) => ['--test', '--test-reporter=spec', '--test-concurrency=1', pattern];

let chromium: string;
try {
  chromium = ensureChromium();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

countNodeTests(step('Unit tests', nodeTest('tests/unit/**/*.test.ts')), 'unit tests');
step('Building the test sites', ['tests/support/build-test-sites.ts']);
if (failedSteps.length === 0) {
  countNodeTests(step('Tests over the built sites', nodeTest('tests/built/**/*.test.ts')), 'tests over the built sites');
  countNodeTests(step('Build tests', nodeTest('tests/build/**/*.test.ts')), 'build tests');

  const report = 'test-results/playwright.json';
  rmSync(report, { force: true });
  step('Browser tests (Playwright, Chromium)', ['node_modules/@playwright/test/cli.js', 'test'], { [BROWSER_ENV]: chromium });
  if (existsSync(report)) {
    const { stats } = JSON.parse(readFileSync(report, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number } };
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
  } else {
    totals.failed++;
  }
}

// Last, so a type error never keeps the tests above from running.
const typeCheck = 'Type check (astro check)';
step(typeCheck, ['node_modules/astro/bin/astro.mjs', 'check']);
totals[failedSteps.includes(typeCheck) ? 'failed' : 'passed']++;

console.log('');
if (failedSteps.length) console.log(`Failed: ${failedSteps.join('; ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(failedSteps.length || totals.failed ? 1 : 0);
