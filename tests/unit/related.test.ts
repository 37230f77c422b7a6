import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adjacentPosts, relatedFinder } from '../../src/lib/related.ts';

const post = (id: string, date: string, tags: string[]) => ({ id, data: { date: new Date(date), tags } });

type Post = ReturnType<typeof post>;
const relatedPosts = (target: Post, posts: Post[], limit = 3) => relatedFinder(posts, limit)(target);

const all = [
  post('me', '2026-05-01', ['rust', 'wasm', 'programming']),
  post('common-new', '2026-04-01', ['programming']),
  post('common-old', '2026-01-01', ['programming']),
  post('rare', '2025-01-01', ['wasm']),
  post('two', '2024-01-01', ['Rust', 'programming']),
  post('unrelated', '2026-04-15', ['cooking']),
  post('filler-1', '2023-01-01', ['programming', 'rust']),
  post('filler-2', '2023-01-02', ['programming']),
];

test('ranks by shared tags, rarer tags weighing more', () => {
  const ids = relatedPosts(all[0]!, all).map((p) => p.id);
  assert.deepEqual(ids, ['two', 'filler-1', 'rare']);
});

test('a rare shared tag outranks a common one', () => {
  const ids = relatedPosts(all[0]!, all, 10).map((p) => p.id);
  assert.ok(ids.indexOf('rare') < ids.indexOf('common-new'));
});

test('equal scores go to the newer post', () => {
  const ids = relatedPosts(all[0]!, all, 10).map((p) => p.id);
  assert.deepEqual(ids.slice(-3), ['common-new', 'common-old', 'filler-2']);
});

test('never the post itself, never a post sharing nothing, at most the limit', () => {
  const ids = relatedPosts(all[0]!, all, 10).map((p) => p.id);
  assert.ok(!ids.includes('me'));
  assert.ok(!ids.includes('unrelated'));
  assert.equal(relatedPosts(all[0]!, all).length, 3);
  assert.deepEqual(relatedPosts(all[5]!, all), []);
});

test('tags match regardless of case or spacing', () => {
  const x = post('x', '2026-01-01', ['developer experience']);
  const ids = relatedPosts(x, [x, post('y', '2025-01-01', ['Developer-Experience'])]).map((p) => p.id);
  assert.deepEqual(ids, ['y']);
});

test('previous and next in time', () => {
  const list = [{ id: 'c' }, { id: 'b' }, { id: 'a' }];
  assert.deepEqual(adjacentPosts(list, 1), { newer: { id: 'c' }, older: { id: 'a' } });
  assert.deepEqual(adjacentPosts(list, 0), { newer: undefined, older: { id: 'b' } });
  assert.deepEqual(adjacentPosts(list, 2), { newer: { id: 'b' }, older: undefined });
});
