import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indexUpdate } from '../../src/lib/search-index-update.ts';

const startedAt = 1_000_000;
const early = new Set(['blog/a/index.html', 'blog/b/index.html', 'blog/c/index.html']);

test('a rebuild adds again only the pages it wrote and the pages that are new', () => {
  const built = [
    { path: 'blog/a/index.html', mtimeMs: startedAt - 5_000 },
    { path: 'blog/b/index.html', mtimeMs: startedAt },
    { path: 'blog/c/index.html', mtimeMs: startedAt + 800 },
    { path: 'blog/d/index.html', mtimeMs: startedAt - 1 },
  ];
  assert.deepEqual(indexUpdate(early, built, startedAt), { fresh: false, changed: ['blog/b/index.html', 'blog/c/index.html', 'blog/d/index.html'] });
});

test('a rebuild that wrote nothing adds nothing', () => {
  const built = [...early].map((path) => ({ path, mtimeMs: startedAt - 1 }));
  assert.deepEqual(indexUpdate(early, built, startedAt), { fresh: false, changed: [] });
});

test('a page given early that is gone means a fresh index, for the index cannot forget it', () => {
  const built = [
    { path: 'blog/a/index.html', mtimeMs: startedAt + 1 },
    { path: 'blog/c/index.html', mtimeMs: startedAt - 1 },
  ];
  assert.deepEqual(indexUpdate(early, built, startedAt), { fresh: true, gone: ['blog/b/index.html'] });
});
