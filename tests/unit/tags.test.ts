import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTagIndex, preferredSlug, tagKey } from '../../src/lib/tags.ts';
import { tagRankDate } from '../../src/lib/publishing.ts';

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

test('different tags whose slugs collide keep distinct slugs; the first used keeps the plain one', () => {
  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  const index = buildTagIndex([{ tags: ['a.b'], date: day(1) }, { tags: ['a/b'], date: day(2) }, { tags: ['a/b'], date: day(3) }, { tags: ['!!!'], date: day(4) }]);
  const slugs = index.tags.map((tag) => tag.slug);
  assert.equal(new Set(slugs).size, 3);
  assert.equal(index.slugOf('a.b'), 'a-b', 'the tag on the oldest post keeps the plain slug, though it has fewer posts');
  assert.match(index.slugOf('a/b'), /^a-b-[0-9a-f]{6}$/);
  assert.match(index.slugOf('!!!'), /^[0-9a-f]{6}$/);
});

test('a tag keeps its slug when a colliding tag gains posts', () => {
  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  const before = [{ tags: ['C++'], date: day(1) }, { tags: ['c plus plus'], date: day(2) }, { tags: ['c plus plus'], date: day(3) }];
  const after = [...before, { tags: ['C++'], date: day(4) }, { tags: ['C++'], date: day(5) }];
  for (const posts of [before, after, [...after].reverse()]) {
    const index = buildTagIndex(posts);
    assert.equal(index.slugOf('C++'), 'c-plus-plus');
    assert.equal(index.slugOf('c plus plus'), buildTagIndex(before).slugOf('c plus plus'));
  }
  assert.match(buildTagIndex(before).slugOf('c plus plus'), /^c-plus-plus-[0-9a-f]{6}$/);
});

test('in dev, where drafts are listed, an older draft does not take a published tag’s slug: the URLs are the build’s', () => {
  const now = new Date(Date.UTC(2026, 5, 1));
  const posts = [
    { tags: ['C++'], draft: false, date: new Date(Date.UTC(2026, 0, 2)) },
    { tags: ['c plus plus'], draft: true, date: new Date(Date.UTC(2025, 0, 1)) },
  ];
  const rank = (listed: typeof posts) => buildTagIndex(listed.map((post) => ({ tags: post.tags, date: tagRankDate(post, now) })));
  assert.equal(rank(posts).slugOf('C++'), 'c-plus-plus');
  assert.equal(rank(posts).slugOf('C++'), rank(posts.filter((post) => !post.draft && post.date <= now)).slugOf('C++'));
  assert.match(rank(posts).slugOf('c plus plus'), /^c-plus-plus-[0-9a-f]{6}$/);
  assert.equal(buildTagIndex(posts).slugOf('c plus plus'), 'c-plus-plus', 'ranked by date alone, the draft would have won');
});

test('tags sort by post count, then name', () => {
  const index = buildTagIndex([{ tags: ['b', 'a'] }, { tags: ['c'] }, { tags: ['c'] }]);
  assert.deepEqual(index.tags.map((tag) => tag.name), ['c', 'a', 'b']);
});

test('asking for the slug of an unknown tag is an error, not a broken link', () => {
  assert.throws(() => buildTagIndex([]).slugOf('nope'), /not on any listed post/);
});
