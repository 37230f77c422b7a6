/**
 * `npm run lighthouse [-- --port 4400] [--runs 3] [--json] [--no-build]`: Lighthouse (mobile, its default
 * simulated throttling) in the installed Chromium against the real site, built into .cache/lighthouse
 * for the address it is served at and served by `astro preview`. Audits the home page, the newest post
 * and the biggest tag page; prints the four category scores with LCP, CLS and TBT, the median of the
 * runs. HTML reports go to .cache/lighthouse/. A report, not a test: `npm test` does not run it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { ensureChromium } from '../tests/support/browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.cache/lighthouse');
const DIST = join(OUT, 'dist');

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.LIGHTHOUSE_PORT ?? '4400' },
    runs: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const port = Number(args.port);
const debugPort = port + 1;
const runs = Math.max(1, Number(args.runs));
const origin = `http://localhost:${port}`;
const log = (line: string) => (args.json ? process.stderr : process.stdout).write(`${line}\n`);

const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const env = { ...process.env, OUT_DIR: DIST, SITE_URL: origin, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' };

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** The pages to audit, found in the built home and tag index, so it works for any content. */
function pagesToAudit(): { name: string; path: string }[] {
  const home = readFileSync(join(DIST, 'index.html'), 'utf8');
  const post = /href="(\/blog\/[^"#]+\/)"/.exec(home)?.[1];
  const tags = readFileSync(join(DIST, 'tags/index.html'), 'utf8');
  const tag = /href="(\/tags\/[^"#]+\/)"/.exec(tags)?.[1];
  if (!post || !tag) throw new Error('no post or tag page found in the build');
  return [
    { name: 'home', path: '/' },
    { name: 'post', path: post },
    { name: 'tag', path: tag },
  ];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Result {
  page: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const children: ChildProcess[] = [];
const stopAll = () => children.forEach((child) => child.kill());
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

if (!args['no-build']) {
  log(`Building the site for ${origin} into ${DIST} …`);
  const build = spawnSync(process.execPath, [astro, 'build'], { cwd: ROOT, env, encoding: 'utf8' });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
}

const preview = spawn(process.execPath, [astro, 'preview', '--port', String(port), '--host', '127.0.0.1'], { cwd: ROOT, env, stdio: 'ignore' });
children.push(preview);
const chromium = ensureChromium();
if (!chromium) throw new Error('Lighthouse needs a Chromium executable: set CHROMIUM_PATH');
const browser = spawn(
  chromium,
  [
    '--headless=new',
    `--remote-debugging-port=${debugPort}`,
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    `--user-data-dir=${join(OUT, 'profile')}`,
    'about:blank',
  ],
  { stdio: 'ignore' },
);
children.push(browser);
await Promise.all([waitFor(`http://127.0.0.1:${port}/`, 60_000), waitFor(`http://127.0.0.1:${debugPort}/json/version`, 30_000)]);

mkdirSync(OUT, { recursive: true });
const results: Result[] = [];
for (const { name, path } of pagesToAudit()) {
  const samples: Result[] = [];
  for (let run = 1; run <= runs; run++) {
    log(`Lighthouse: ${name} (${path}), run ${run} of ${runs} …`);
    const result = await lighthouse(`${origin}${path}`, { port: debugPort, logLevel: 'error', output: 'html', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    writeFileSync(join(OUT, `${name}.html`), result.report as string);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    samples.push({
      page: name,
      path,
      scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
      lcpMs: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
      tbtMs: audit('total-blocking-time'),
    });
  }
  results.push({
    page: name,
    path,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(samples.map((s) => s.scores[c]))])) as Result['scores'],
    lcpMs: median(samples.map((s) => s.lcpMs)),
    cls: median(samples.map((s) => s.cls)),
    tbtMs: median(samples.map((s) => s.tbtMs)),
  });
}

if (args.json) {
  console.log(JSON.stringify({ chromium, runs, results }, null, 2));
} else {
  const rows = [
    ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'CLS', 'TBT'],
    ...results.map((r) => [
      `${r.page} ${r.path}`,
      ...CATEGORIES.map((c) => String(r.scores[c])),
      `${(r.lcpMs / 1000).toFixed(2)} s`,
      r.cls.toFixed(3),
      `${Math.round(r.tbtMs)} ms`,
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  console.log('');
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
  console.log(`\nMobile, simulated throttling; median of ${runs} run(s). Reports: ${OUT}/<page>.html`);
}
const below = results.flatMap((r) => CATEGORIES.filter((c) => r.scores[c] < 100).map((c) => `${r.page} ${c} ${r.scores[c]}`));
log(below.length ? `Below the target of 100: ${below.join(', ')}` : 'Every category scores 100 on every page.');
stopAll();
