import { test } from 'node:test';
import assert from 'node:assert/strict';
import { postCount } from '../../src/lib/post-count.ts';

test('one post is singular, every other count plural', () => {
  assert.equal(postCount(1), '1 post');
  assert.equal(postCount(0), '0 posts');
  assert.equal(postCount(2), '2 posts');
});
