/** The link checker of tests/support must find each kind of breakage, or a clean report proves nothing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkLinks, cssUrls, servedPath, srcsetUrls } from '../support/links.ts';
import { tempDir } from '../support/temp-dir.ts';

function site(files: Record<string, string>): string {
  const dist = tempDir('links-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  }
  return dist;
}

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

test('srcset, CSS and served paths are read the way browsers read them', () => {
  assert.deepEqual(srcsetUrls('/a.webp 640w, /b.webp 1280w'), ['/a.webp', '/b.webp']);
  assert.deepEqual(srcsetUrls('/a.webp, /b.webp 2x,'), ['/a.webp', '/b.webp']);
  assert.deepEqual(srcsetUrls('/a,b.webp 1x'), ['/a,b.webp'], 'a comma inside a URL belongs to it, as in the HTML spec');
  assert.deepEqual(srcsetUrls(' /only.png '), ['/only.png']);
  assert.deepEqual(cssUrls(`@font-face{src:url(./f.woff2) format("woff2"),url('g.woff')}@import "x.css";a{background:url("data:image/png;base64,AA")}`), [
    './f.woff2',
    'g.woff',
    'data:image/png;base64,AA',
    'x.css',
  ]);
  assert.equal(servedPath('index.html', '/sub/'), '/sub/');
  assert.equal(servedPath('blog/x/index.html', '/'), '/blog/x/');
  assert.equal(servedPath('404.html', '/'), '/404.html');
});

test('a clean site passes and every kind of breakage is reported', (t) => {
  const dist = site({
    'index.html': page(
      [
        '<h2 id="here">Here</h2>',
        '<a href="/blog/ok/">ok</a>',
        '<a href="blog/ok/#there">relative with fragment</a>',
        '<a href="#here">same page</a>',
        '<a href="/blog/missing/">missing page</a>',
        '<a href="/blog/ok">no trailing slash</a>',
        '<a href="/blog/ok/#nowhere">missing fragment</a>',
        '<a href="https://elsewhere.example/">external link, fine</a>',
        '<a href="mailto:a@b.c">mail</a>',
        '<a href="javascript:void 0">script</a>',
        '<img src="/img/a.png" srcset="/img/a.png 1x, /img/missing.png 2x" alt="">',
        '<img src="https://cdn.example/x.png" alt="">',
      ].join(''),
      '<link rel="stylesheet" href="/s.css"><link rel="canonical" href="http://site.test/"><meta property="og:image" content="http://site.test/card.png">',
    ),
    'blog/ok/index.html': page('<p id="there">There</p>'),
    'img/a.png': 'png',
    's.css': '@font-face{src:url(./fonts/missing.woff2)}body{background:url(https://cdn.example/bg.png)}',
    '404.html': page('<a href="blog/ok/">relative on the 404 page</a><a href="/">home</a>'),
  });
  t.after(() => rmSync(dist, { recursive: true, force: true }));

  const report = checkLinks({ dist, base: '/', siteUrl: 'http://site.test' });
  const found = report.problems.map((p) => `${p.from} ${p.url} — ${p.reason}`).sort();
  assert.deepEqual(found, [
    '404.html blog/ok/ — a relative URL on the 404 page, which is served at any address',
    'index.html /blog/missing/ — no file blog/missing/index.html in dist/',
    'index.html /blog/ok — a folder without its trailing slash',
    'index.html /blog/ok/#nowhere — no element with id "nowhere" on blog/ok/index.html',
    'index.html /img/missing.png — no file img/missing.png in dist/',
    'index.html http://site.test/card.png — no file card.png in dist/',
    'index.html javascript:void 0 — a javascript: URL',
    's.css ./fonts/missing.woff2 — no file fonts/missing.woff2 in dist/',
  ]);
  assert.deepEqual(report.externalLoads.map((ref) => ref.url).sort(), ['https://cdn.example/bg.png', 'https://cdn.example/x.png']);
  assert.equal(report.fragments, 3);
});

test('under a base path, an internal URL outside it is reported', (t) => {
  const dist = site({
    'index.html': page('<a href="/sub/blog/">inside</a><a href="/blog/">outside</a><a href="https://site.test/other/">outside, absolute</a>'),
    'blog/index.html': page(''),
  });
  t.after(() => rmSync(dist, { recursive: true, force: true }));
  const report = checkLinks({ dist, base: '/sub/', siteUrl: 'https://site.test' });
  assert.deepEqual(
    report.problems.map((p) => `${p.url} — ${p.reason}`),
    ['/blog/ — escapes the base path /sub/', 'https://site.test/other/ — escapes the base path /sub/'],
  );
});
