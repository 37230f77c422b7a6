import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Loader, LoaderContext } from 'astro/loaders';
import { publishedOnly } from '../../src/lib/published-loader.ts';
import { byNewest, isPublished, postStatus, tagRankDate } from '../../src/lib/publishing.ts';

const now = new Date('2026-11-25T12:00:00Z');

test('a post dated today or earlier is published, unless it is a draft', () => {
  assert.equal(isPublished({ draft: false, date: new Date('2026-11-25') }, now), true);
  assert.equal(isPublished({ draft: false, date: new Date('2020-01-01') }, now), true);
  assert.equal(isPublished({ draft: true, date: new Date('2020-01-01') }, now), false);
});

test('a post dated after the build is scheduled, not published', () => {
  assert.equal(postStatus({ draft: false, date: new Date('2026-11-25T12:00:01Z') }, now), 'scheduled');
  assert.equal(isPublished({ draft: false, date: new Date('2026-11-26') }, now), false);
  assert.equal(postStatus({ draft: true, date: new Date('2999-01-01') }, now), 'draft');
});

test('only a published post’s tags count from its date in a slug contest; drafts and scheduled posts give none', () => {
  const published = { draft: false, date: new Date('2026-01-01') };
  assert.equal(tagRankDate(published, now), published.date);
  assert.equal(tagRankDate({ draft: true, date: new Date('2020-01-01') }, now), undefined);
  assert.equal(tagRankDate({ draft: false, date: new Date('2026-11-26') }, now), undefined);
});

test('posts sort newest first, and by title when dates are equal', () => {
  const posts = [
    { title: 'b', date: new Date('2026-01-01') },
    { title: 'c', date: new Date('2026-03-01') },
    { title: 'a', date: new Date('2026-01-01') },
  ];
  assert.deepEqual(posts.sort(byNewest).map((post) => post.title), ['c', 'a', 'b']);
});

test('when building, only published entries enter the store', async () => {
  const entries = [
    { id: 'live', data: { draft: false, date: new Date('2026-01-01') } },
    { id: 'draft', data: { draft: true, date: new Date('2026-01-01') } },
    { id: 'scheduled', data: { draft: false, date: new Date('2027-01-01') } },
  ];
  const run = async (building: boolean) => {
    const stored = new Map<string, unknown>();
    const store = { set: (entry: { id: string }) => (stored.set(entry.id, entry), true), delete: (id: string) => stored.delete(id), get: (id: string) => stored.get(id) };
    const loader = { name: 'fake', load: async (context: { store: typeof store }) => void entries.forEach((entry) => context.store.set(entry)) } as unknown as Loader;
    await publishedOnly(loader, { building, now }).load({ store } as unknown as LoaderContext);
    return [...stored.keys()];
  };
  assert.deepEqual(await run(true), ['live']);
  assert.deepEqual(await run(false), ['live', 'draft', 'scheduled'], 'in dev everything loads, for previews');
});

test('when building, the store keeps what `stored` makes of a published entry; in dev the entry as loaded', async () => {
  const run = async (building: boolean) => {
    const stored: unknown[] = [];
    const store = { set: (entry: unknown) => (stored.push(entry), true), delete: () => true, get: () => undefined };
    const entry = { id: 'live', body: 'raw', data: { draft: false, date: new Date('2026-01-01') } };
    const loader = { name: 'fake', load: async (context: { store: typeof store }) => void context.store.set(entry) } as unknown as Loader;
    const stripped = <T,>(loaded: T): T => ({ ...loaded, body: undefined });
    await publishedOnly(loader, { building, now, stored: stripped }).load({ store } as unknown as LoaderContext);
    return stored.map((kept) => (kept as { body?: string }).body);
  };
  assert.deepEqual(await run(true), [undefined]);
  assert.deepEqual(await run(false), ['raw']);
});

test('when building, a stored entry that `stale` rejects is not handed back, so the loader loads it again', async () => {
  const kept = new Map<string, { id: string; data: { draft: boolean; date: Date } }>([
    ['fresh', { id: 'fresh', data: { draft: false, date: new Date('2026-01-01') } }],
    ['old', { id: 'old', data: { draft: false, date: new Date('2026-01-01') } }],
  ]);
  const seen: Record<string, boolean> = {};
  // Like Astro's store, which ignores a `set` of a digest it holds: the stale entry must be deleted.
  const store = { set: () => true, delete: (id: string) => kept.delete(id), get: (id: string) => kept.get(id) };
  const loader = { name: 'fake', load: async (context: { store: typeof store }) => void ['fresh', 'old'].forEach((id) => (seen[id] = context.store.get(id) !== undefined)) } as unknown as Loader;
  await publishedOnly(loader, { building: true, now, stale: (entry) => entry.id === 'old' }).load({ store } as unknown as LoaderContext);
  assert.deepEqual(seen, { fresh: true, old: false });
  assert.deepEqual([...kept.keys()], ['fresh'], 'the stale entry is removed, so that setting it again is not ignored');
});
