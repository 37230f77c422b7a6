import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isoDate } from '../../src/lib/dates.ts';
import { postPath } from '../../src/lib/urls.ts';
import { publishedPosts } from '../support/content.ts';
import { readPage } from '../support/dist.ts';
import { distDir } from '../support/sites.ts';

const dist = distDir('main');
const published = publishedPosts('main');

test('a post shows its publication date, and its revision date only when it has one', () => {
  assert.ok(published.some((post) => post.updated), 'a fixture has an updated date');
  for (const post of published) {
    const times = readPage(dist, postPath(post.id)).querySelectorAll('.post-header .post-meta time').map((time) => time.getAttribute('datetime'));
    assert.deepEqual(times, post.updated ? [isoDate(post.date), isoDate(post.updated)] : [isoDate(post.date)], post.id);
  }
});

test('a post with a cover shows it first, optimized, eager, with its alt text; others have none', () => {
  assert.ok(published.some((post) => post.cover), 'a fixture has a cover');
  for (const post of published) {
    const covers = readPage(dist, postPath(post.id)).querySelectorAll('article img.post-cover');
    if (!post.cover) {
      assert.equal(covers.length, 0, post.id);
      continue;
    }
    assert.equal(covers.length, 1, post.id);
    const cover = covers[0]!;
    assert.equal(cover.getAttribute('alt'), post.cover.alt);
    assert.equal(cover.getAttribute('loading'), 'eager');
    assert.match(cover.getAttribute('src') ?? '', /^\/_astro\/.+\.webp$/);
    assert.ok(existsSync(join(dist, cover.getAttribute('src')!)));
    assert.match(cover.getAttribute('width') ?? '', /^\d+$/);
  }
});
