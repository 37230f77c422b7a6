/**
 * A base path with the name of one of the site's own folders: under BASE_PATH=/blog, the post
 * "/blog/x/" is served at "/blog/blog/x/". A link that looked as if it already carried the base once
 * went out without it and led nowhere.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { checkLinks, formatProblems } from '../support/links.ts';
import { buildSite, prepareSite, ROOT } from '../support/sites.ts';

const SITE_URL = 'https://notes.example.org';
const FIXTURE = 'tests/fixtures/posts/root-relative-links.md';
// Links and images written as MDX components (JSX <a>, <Figure src="/favicon.svg">) take another path.
const MDX_FIXTURE = 'tests/fixtures/posts/fixture-mdx-components';
const mdxFiles = Object.fromEntries(
  readdirSync(join(ROOT, MDX_FIXTURE)).map((file) => [`src/content/blog/fixture-mdx-components/${file}`, readFileSync(join(ROOT, MDX_FIXTURE, file))]),
);

test('under BASE_PATH=/blog every link of every page resolves, posts at /blog/blog/…', () => {
  const dir = prepareSite('base-blog', { 'src/content/blog/root-relative-links.md': readFileSync(join(ROOT, FIXTURE)), ...mdxFiles });
  const result = buildSite(dir, { BASE_PATH: '/blog', SITE_URL });
  assert.equal(result.status, 0, result.output);
  const dist = join(dir, 'dist');

  const { pages, checked, problems } = checkLinks({ dist, base: '/blog/', siteUrl: SITE_URL });
  assert.ok(pages >= 8 && checked > pages * 5, `only ${checked} links on ${pages} pages were checked`);
  assert.equal(problems.length, 0, `broken links:\n${formatProblems(problems)}`);

  const home = parse(readFileSync(join(dist, 'index.html'), 'utf8'));
  const postLinks = home.querySelectorAll('main a[href*="/rust-is-winning"]').map((a) => a.getAttribute('href'));
  assert.ok(postLinks.length > 0, 'the home page links the first post');
  for (const href of postLinks) assert.equal(href, '/blog/blog/rust-is-winning-the-ai-code-generation-race/');
  const prose = parse(readFileSync(join(dist, 'blog/root-relative-links/index.html'), 'utf8')).querySelector('.prose')!;
  assert.equal(prose.querySelector('a')?.getAttribute('href'), '/blog/blog/rust-is-winning-the-ai-code-generation-race/');
  const mdx = parse(readFileSync(join(dist, 'blog/fixture-mdx-components/index.html'), 'utf8')).querySelector('.prose')!;
  assert.ok(mdx.querySelector('a[href="/blog/archive/"]'), 'a JSX link carries the base once');
  assert.ok(mdx.querySelector('figure img[src="/blog/favicon.svg"]'), 'a Figure from public/ carries the base once');
});
