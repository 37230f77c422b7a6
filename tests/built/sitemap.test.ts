import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { htmlPages, readPage } from '../support/dist.ts';
import { builtPosts, DIST, fileForUrl, HOME_URL } from '../support/built-site.ts';
import { LEAK_MARKERS } from '../support/test-sites.ts';
import { ROOT } from '../support/sites.ts';

const schema = (name: string) => ({ fileName: name, contents: readFileSync(join(ROOT, 'tests/fixtures/schemas', name), 'utf8') });
const xml = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
const abs = (path: string) => new URL(path.replace(/^\//, ''), HOME_URL).href;

const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
const sitemapUrls: string[] = xml.parse(index).sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
const entries = sitemapUrls.flatMap((url) => {
  const parsed = xml.parse(readFileSync(fileForUrl(url)!, 'utf8')) as { urlset: { url: { loc: string; lastmod?: string }[] } };
  return parsed.urlset.url;
});
const lastmodOf = new Map(entries.map((entry) => [entry.loc, entry.lastmod]));
const posts = builtPosts();

test('the sitemap index and every sitemap it names are valid against the sitemaps.org schemas', async () => {
  const indexResult = await validateXML({ xml: [{ fileName: 'sitemap-index.xml', contents: index }], schema: [schema('siteindex.xsd')] });
  assert.ok(indexResult.valid, indexResult.rawOutput);
  assert.ok(sitemapUrls.length > 0);
  for (const url of sitemapUrls) {
    const file = fileForUrl(url);
    assert.ok(file, `${url} is built`);
    const result = await validateXML({ xml: [{ fileName: 'sitemap.xml', contents: readFileSync(file, 'utf8') }], schema: [schema('sitemap.xsd')] });
    assert.ok(result.valid, `${url}: ${result.rawOutput}`);
  }
});

test('the schema check can fail: a sitemap with a bad lastmod is rejected', async () => {
  const bad = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example/</loc><lastmod>yesterday</lastmod></url></urlset>';
  const result = await validateXML({ xml: [{ fileName: 'bad.xml', contents: bad }], schema: [schema('sitemap.xsd')] });
  assert.equal(result.valid, false);
});

test('the sitemap lists every public page, each a built file, and no 404, draft or page canonical elsewhere', () => {
  for (const entry of entries) assert.ok(fileForUrl(entry.loc)?.endsWith('.html'), `${entry.loc} is a built page`);
  const canonicalElsewhere = posts.filter((post) => post.page.querySelector('link[rel="canonical"]')?.getAttribute('href') !== post.url);
  assert.deepEqual(canonicalElsewhere.map((post) => post.path), ['/blog/feeds-syndicated-post/']);
  const expected = htmlPages(DIST)
    .filter((file) => file !== '404.html')
    .map((file) => abs(`/${file.replace(/index\.html$/, '')}`))
    .filter((url) => !canonicalElsewhere.some((post) => post.url === url));
  assert.deepEqual(entries.map((entry) => entry.loc).sort(), expected.map((url) => new URL(url).href).sort());
  const text = JSON.stringify(entries).toLowerCase();
  for (const marker of LEAK_MARKERS) assert.ok(!text.includes(marker), `the sitemap leaks ${marker}`);
});

test("each post's lastmod is its updated date, else its date; never the build time", () => {
  for (const post of posts.filter((candidate) => lastmodOf.has(candidate.url))) {
    assert.equal(lastmodOf.get(post.url), post.modified, post.path);
  }
  assert.equal(lastmodOf.get(abs('/blog/feeds-revised-post/')), '2025-04-15T00:00:00.000Z');
  assert.equal(lastmodOf.get(abs('/blog/feeds-japanese-title/')), '2025-03-09T00:00:00.000Z');
  // Pages that show no post (a search page, say) may have none; any lastmod there is must be a post's revision.
  const revisions = new Set(posts.map((post) => post.modified));
  for (const entry of entries) assert.ok(entry.lastmod === undefined || revisions.has(entry.lastmod), `${entry.loc} lastmod ${entry.lastmod} is a post's revision`);
});

test('lists and tag pages carry the newest lastmod of the posts they show', () => {
  const postUrls = new Set(posts.map((post) => post.url));
  const newestOverall = posts.map((post) => post.modified).sort().at(-1);
  let lists = 0;
  for (const entry of entries.filter((candidate) => !postUrls.has(candidate.loc))) {
    const page = readPage(DIST, new URL(entry.loc).pathname);
    const shown = page
      .querySelectorAll('main a')
      .map((link) => abs(link.getAttribute('href')!))
      .filter((url) => postUrls.has(url));
    if (shown.length === 0) continue;
    const expected = shown.map((url) => posts.find((post) => post.url === url)!.modified).sort().at(-1);
    assert.equal(entry.lastmod, expected, entry.loc);
    lists++;
  }
  assert.ok(lists >= 10, `list pages checked (${lists})`);
  assert.equal(lastmodOf.get(abs('/tags/')), newestOverall, 'the tag index counts every post');
  assert.equal(lastmodOf.get(abs('/archive/')), newestOverall);
  assert.equal(lastmodOf.get(abs('/tags/feeds/')), '2025-04-15T00:00:00.000Z', 'the feeds tag shows the revised post');
});

test('robots.txt names the absolute sitemap index', () => {
  const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
  assert.match(robots, /^User-agent: \*$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  assert.equal(sitemap, abs('/sitemap-index.xml'));
  assert.ok(fileForUrl(sitemap!));
});
