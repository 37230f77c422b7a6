import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTagIndex, preferredSlug, tagKey } from '../../src/lib/tags.ts';

test('slugs are lower case, with runs of spaces and punctuation as one "-"', () => {
  assert.equal(preferredSlug('Developer Experience'), 'developer-experience');
  assert.equal(preferredSlug('  Node.js / Deno  '), 'node-js-deno');
  assert.equal(preferredSlug('code_generation'), 'code-generation');
});

test('letters of any script are kept', () => {
  assert.equal(preferredSlug('λάμδα'), 'λάμδα');
  assert.equal(preferredSlug('日本語'), '日本語');
  assert.equal(preferredSlug('Ελληνικά Νέα'), 'ελληνικά-νέα');
});

test('symbols that carry meaning are spelled out', () => {
  assert.equal(preferredSlug('C++'), 'c-plus-plus');
  assert.equal(preferredSlug('C#'), 'c-sharp');
  assert.equal(preferredSlug('C'), 'c');
});

test('case and spacing variants are one tag, shown in its most used spelling', () => {
  assert.equal(tagKey('Developer Experience'), tagKey('developer-experience'));
  const index = buildTagIndex([
    { tags: ['Rust', 'Developer Experience'] },
    { tags: ['rust'] },
    { tags: ['rust', 'developer-experience'] },
    { tags: ['RUST', 'developer-experience'] },
  ]);
  assert.deepEqual(index.tags, [
    { slug: 'rust', name: 'rust', count: 4 },
    { slug: 'developer-experience', name: 'developer-experience', count: 3 },
  ]);
  assert.equal(index.slugOf('RUST'), 'rust');
  assert.equal(index.slugOf('Developer Experience'), 'developer-experience');
});

test('a tag listed twice on one post counts once', () => {
  const index = buildTagIndex([{ tags: ['Rust', 'rust'] }]);
  assert.equal(index.bySlug('rust')?.count, 1);
});

test('different tags whose slugs collide keep distinct slugs', () => {
  const index = buildTagIndex([{ tags: ['a.b'] }, { tags: ['a/b'] }, { tags: ['a/b'] }, { tags: ['!!!'] }]);
  const slugs = index.tags.map((tag) => tag.slug);
  assert.equal(new Set(slugs).size, 3);
  assert.equal(index.slugOf('a/b'), 'a-b', 'the more used tag keeps the plain slug');
  assert.match(index.slugOf('a.b'), /^a-b-[0-9a-f]{6}$/);
  assert.match(index.slugOf('!!!'), /^[0-9a-f]{6}$/);
});

test('tags sort by post count, then name', () => {
  const index = buildTagIndex([{ tags: ['b', 'a'] }, { tags: ['c'] }, { tags: ['c'] }]);
  assert.deepEqual(index.tags.map((tag) => tag.name), ['c', 'a', 'b']);
});

test('asking for the slug of an unknown tag is an error, not a broken link', () => {
  assert.throws(() => buildTagIndex([]).slugOf('nope'), /not on any listed post/);
});
