import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFileFor } from '../../src/integrations/sitemap-lastmod.ts';
import { newestRevision, pageFacts, revisedAt } from '../../src/lib/seo/lastmod.ts';
import { robotsTxt } from '../../src/lib/seo/robots.ts';
import { blogPostingLd, breadcrumbLd, jsonLdText, webSiteLd } from '../../src/lib/seo/structured-data.ts';
import { tempDir } from '../support/temp-dir.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('a post changed when it was revised, else when it was published; a list when its newest post did', () => {
  assert.equal(revisedAt({ date: day('2025-01-01') }).toISOString(), day('2025-01-01').toISOString());
  assert.equal(revisedAt({ date: day('2025-01-01'), updated: day('2025-02-01') }).toISOString(), day('2025-02-01').toISOString());
  const newest = newestRevision([{ date: day('2025-03-01') }, { date: day('2025-01-01'), updated: day('2025-04-01') }, { date: day('2025-02-01') }]);
  assert.equal(newest?.toISOString(), day('2025-04-01').toISOString());
  assert.equal(newestRevision([]), undefined);
});

test('a built page tells the sitemap when it changed and what its canonical URL is', () => {
  const post = '<html><head><link rel="canonical" href="https://x.example/blog/a/"><meta property="article:modified_time" content="2025-04-15T00:00:00.000Z"></head><body></body></html>';
  assert.deepEqual(pageFacts(post), { lastmod: '2025-04-15T00:00:00.000Z', canonical: 'https://x.example/blog/a/' });
  const list = '<html><head><meta property="og:updated_time" content="2025-05-01T00:00:00.000Z"></head><body><meta property="article:modified_time" content="1999-01-01"></body></html>';
  assert.deepEqual(pageFacts(list), { lastmod: '2025-05-01T00:00:00.000Z', canonical: undefined });
  assert.deepEqual(pageFacts('<html><head></head></html>'), { lastmod: undefined, canonical: undefined });
});

test('a sitemap URL maps to the built file behind it, under the base path, with non-Latin paths decoded', () => {
  const dist = tempDir('sitemap-');
  mkdirSync(join(dist, 'blog/a'), { recursive: true });
  mkdirSync(join(dist, 'tags/日本語'), { recursive: true });
  writeFileSync(join(dist, 'blog/a/index.html'), '');
  writeFileSync(join(dist, 'tags/日本語/index.html'), '');
  writeFileSync(join(dist, 'index.html'), '');
  assert.equal(builtFileFor('https://x.example/sub/blog/a/', dist, '/sub/'), join(dist, 'blog/a/index.html'));
  assert.equal(builtFileFor('https://x.example/sub/', dist, '/sub/'), join(dist, 'index.html'));
  assert.equal(builtFileFor('https://x.example/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E/', dist, '/'), join(dist, 'tags/日本語/index.html'));
  assert.equal(builtFileFor('https://x.example/sub/blog/missing/', dist, '/sub/'), undefined);
  assert.equal(builtFileFor('https://x.example/other/blog/a/', dist, '/sub/'), undefined);
});

test('robots.txt allows everything and names the absolute sitemap index, under the base path', () => {
  assert.equal(robotsTxt('https://x.example', '/'), 'User-agent: *\nAllow: /\n\nSitemap: https://x.example/sitemap-index.xml\n');
  assert.match(robotsTxt('https://x.example', '/sub/'), /^Sitemap: https:\/\/x\.example\/sub\/sitemap-index\.xml$/m);
});

test('JSON-LD text cannot close its <script> element, and parses back to the same data', () => {
  const data = breadcrumbLd([{ name: '</script><script>alert(1)</script> & more', url: 'https://x.example/' }]);
  const text = jsonLdText(data);
  assert.doesNotMatch(text, /[<>&]/);
  assert.deepEqual(JSON.parse(text), data);
});

test('BlogPosting, WebSite and BreadcrumbList carry what search engines read', () => {
  const author = { type: 'Organization' as const, name: 'Compiled Notes' };
  const post = blogPostingLd({
    headline: 'Title',
    description: 'Description',
    url: 'https://x.example/blog/a/',
    published: day('2025-03-01'),
    modified: day('2025-04-15'),
    image: 'https://x.example/og/blog/a.png',
    keywords: ['rust', 'ai'],
    author,
    language: 'en',
  });
  assert.equal(post['@type'], 'BlogPosting');
  assert.equal(post['datePublished'], '2025-03-01T00:00:00.000Z');
  assert.equal(post['dateModified'], '2025-04-15T00:00:00.000Z');
  assert.deepEqual(post['author'], { '@type': 'Organization', name: 'Compiled Notes' });
  assert.deepEqual(post['keywords'], ['rust', 'ai']);
  assert.deepEqual(post['mainEntityOfPage'], { '@type': 'WebPage', '@id': 'https://x.example/blog/a/' });
  const site = webSiteLd({ name: 'N', url: 'https://x.example/', description: 'D', language: 'en', publisher: author });
  assert.equal(site['@type'], 'WebSite');
  const crumbs = breadcrumbLd([{ name: 'Home', url: 'https://x.example/' }, { name: 'Post', url: 'https://x.example/blog/a/' }]);
  assert.deepEqual((crumbs['itemListElement'] as { position: number }[]).map((crumb) => crumb.position), [1, 2]);
});
