import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cacheKey, feedKey, listPageKey, postPageKey } from '../../src/lib/cache-keys.ts';
import { paginate } from '../../src/lib/pagination.ts';
import type { Post } from '../../src/lib/posts.ts';
import { buildTagIndex } from '../../src/lib/tags.ts';

const post = (id: string, digest: string, tags: string[]) => ({ id, digest, data: { tags } }) as unknown as Post;
const indexOf = (posts: Post[]) => buildTagIndex(posts.map((p) => p.data));

test('a key is the same for the same input and differs for any other', () => {
  assert.equal(cacheKey(['a', 1]), cacheKey(['a', 1]));
  assert.notEqual(cacheKey(['a', 1]), cacheKey(['a', 2]));
});

test('a post page’s key changes when the post, a neighbour or a related post changes, and not otherwise', () => {
  const [a, b, c] = [post('a', '1', ['x']), post('b', '1', ['x']), post('c', '1', ['y'])];
  const index = indexOf([a, b, c]);
  const key = postPageKey(index, a, { related: [b], older: c });
  assert.equal(postPageKey(index, a, { related: [b], older: c }), key);
  assert.notEqual(postPageKey(index, post('a', '2', ['x']), { related: [b], older: c }), key, 'its own edit');
  assert.notEqual(postPageKey(index, a, { related: [post('b', '2', ['x'])], older: c }), key, 'a related post’s edit');
  assert.notEqual(postPageKey(index, a, { related: [b], older: post('c', '2', ['y']) }), key, 'a neighbour’s edit');
  assert.notEqual(postPageKey(index, a, { related: [b], newer: c }), key, 'a neighbour moving from older to newer');
  const series = { parts: [a, c] };
  const inSeries = postPageKey(index, a, { related: [b], older: c, series });
  assert.notEqual(inSeries, key, 'joining a series');
  assert.notEqual(postPageKey(index, a, { related: [b], older: c, series: { parts: [a, post('c', '2', ['y'])] } }), inSeries, 'another part’s edit');
  assert.notEqual(postPageKey(index, a, { related: [b], older: c, series: { parts: [a, c, b] } }), inSeries, 'a part added');
});

test('a key changes when the tag index renames a tag its page shows, though no post on it changed', () => {
  const a = post('a', '1', ['rust']);
  const before = indexOf([a]);
  // Two other posts spell it "Rust": the index now names the tag "Rust" everywhere.
  const after = indexOf([a, post('b', '1', ['Rust']), post('c', '1', ['Rust'])]);
  assert.notEqual(postPageKey(after, a, { related: [] }), postPageKey(before, a, { related: [] }));
  const [page] = paginate([a], 10, '/');
  assert.notEqual(listPageKey(after, page!), listPageKey(before, page!));
  assert.notEqual(feedKey(after, [a]), feedKey(before, [a]));
});

test('a tag page’s key changes with the tag’s count and with its neighbouring pages', () => {
  const posts = Array.from({ length: 12 }, (_, i) => post(`p${i}`, '1', ['x']));
  const index = indexOf(posts);
  const tag = index.bySlug('x')!;
  const [first] = paginate(posts, 10, '/tags/x/');
  const [onlyPage] = paginate(posts.slice(0, 10), 10, '/tags/x/');
  assert.notEqual(listPageKey(index, first!, tag), listPageKey(index, onlyPage!, tag), 'a next page appears');
  assert.notEqual(listPageKey(index, first!, tag), listPageKey(index, first!, { ...tag, count: 13 }));
});
