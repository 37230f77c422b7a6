import { test } from 'node:test';
import assert from 'node:assert/strict';
import { navCurrent } from '../../src/lib/nav.ts';

test('a nav link is the current page only on its own URL, and marks its section elsewhere', () => {
  assert.equal(navCurrent('/', '/', '/'), 'page');
  assert.equal(navCurrent('/2/', '/', '/'), 'true', 'later pages of the post list');
  assert.equal(navCurrent('/blog/x/', '/', '/'), 'true', 'a post belongs to the posts');
  assert.equal(navCurrent('/tags/', '/', '/'), undefined);
  assert.equal(navCurrent('/archive/', '/', '/'), undefined);
  assert.equal(navCurrent('/tags/', '/tags/', '/'), 'page');
  assert.equal(navCurrent('/tags/rust/2/', '/tags/', '/'), 'true');
  assert.equal(navCurrent('/archive/', '/tags/', '/'), undefined);
});

test('under a base path, including one named like the posts folder', () => {
  assert.equal(navCurrent('/sub/2/', '/sub/', '/sub/'), 'true');
  assert.equal(navCurrent('/sub/tags/c/', '/sub/tags/', '/sub/'), 'true');
  assert.equal(navCurrent('/blog/blog/x/', '/blog/', '/blog/'), 'true');
  assert.equal(navCurrent('/blog/tags/', '/blog/', '/blog/'), undefined);
  assert.equal(navCurrent('/elsewhere/', '/sub/', '/sub/'), undefined);
});
