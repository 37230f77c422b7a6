import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absoluteUrl, pagePath, postPath, tagPath, withBase, withoutBase } from '../../src/lib/urls.ts';
import { normalizeBasePath, normalizeSiteUrl } from '../../src/site.config.ts';

test('post, tag and page paths', () => {
  assert.equal(postPath('hello-world'), '/blog/hello-world/');
  assert.equal(tagPath('rust'), '/tags/rust/');
  assert.equal(pagePath('/', 1), '/');
  assert.equal(pagePath('/', 2), '/2/');
  assert.equal(pagePath('/tags/rust/', 3), '/tags/rust/3/');
});

test('withBase prefixes every root-relative path, even one that starts with the base name', () => {
  assert.equal(withBase('/blog/x/', '/'), '/blog/x/');
  assert.equal(withBase('/blog/x/', '/sub/'), '/sub/blog/x/');
  // BASE_PATH=/blog, as for a GitHub project page named "blog": the post folder is inside it.
  assert.equal(withBase('/blog/x/', '/blog/'), '/blog/blog/x/');
  assert.equal(withBase('/blog/', '/blog/'), '/blog/blog/');
  assert.equal(withBase('/tags/rust/', '/tags/'), '/tags/tags/rust/');
  assert.equal(withBase('/subway/', '/sub/'), '/sub/subway/');
  assert.equal(withBase('/', '/sub/'), '/sub/');
  assert.equal(withBase('https://example.com/x', '/sub/'), 'https://example.com/x');
  assert.equal(withBase('//cdn.example.com/x', '/sub/'), '//cdn.example.com/x');
  assert.equal(withBase('#section', '/sub/'), '#section');
  assert.equal(withBase('./image.png', '/sub/'), './image.png');
});

test('absolute URLs from the site URL', () => {
  assert.equal(absoluteUrl('/sub/blog/x/', 'https://example.org'), 'https://example.org/sub/blog/x/');
});

test('site URL and base path are normalized from the environment', () => {
  assert.equal(normalizeSiteUrl('https://example.org/'), 'https://example.org');
  assert.equal(normalizeBasePath(undefined), '/');
  assert.equal(normalizeBasePath(''), '/');
  assert.equal(normalizeBasePath('sub'), '/sub/');
  assert.equal(normalizeBasePath('/sub/'), '/sub/');
  assert.equal(normalizeBasePath('/a/b'), '/a/b/');
  assert.throws(() => normalizeSiteUrl('not a url'));
  // A path would be lost from every absolute URL: it belongs in BASE_PATH, and the error says so.
  assert.throws(() => normalizeSiteUrl('https://example.org/blog/'), /SITE_URL must be an origin.*\(BASE_PATH=\/blog\)/);
  assert.throws(() => normalizeSiteUrl('https://example.org/?x=1'), /SITE_URL must be an origin/);
});

test('withoutBase undoes withBase, once, and names no path outside the base', () => {
  for (const base of ['/', '/sub/', '/blog/']) {
    for (const path of ['/favicon.svg', '/blog/x/', '/sub/y.png']) assert.equal(withoutBase(withBase(path, base), base), path, `${path} under ${base}`);
  }
  assert.equal(withoutBase('/other/x.png', '/sub/'), undefined);
  assert.equal(withoutBase('/subway.png', '/sub/'), undefined);
  assert.equal(withoutBase('./x.png', '/'), undefined);
  assert.equal(withoutBase('//cdn.example/x.png', '/'), undefined);
});
