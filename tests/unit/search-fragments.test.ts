import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { fragmentUrl, staleFragments } from '../../src/lib/search-fragments.ts';

test('a fragment file names the page it is about; anything else is refused', () => {
  assert.equal(fragmentUrl(gzipSync(`pagefind_dcd${JSON.stringify({ url: '/blog/a/', content: 'Text' })}`)), '/blog/a/');
  assert.throws(() => fragmentUrl(gzipSync('{"url":"/blog/a/"}')), /not a Pagefind fragment/);
  assert.throws(() => fragmentUrl(gzipSync('pagefind_dcd{"content":"no url"}')), /without a URL/);
  assert.throws(() => fragmentUrl(Buffer.from('not gzip')));
});

test('kept fragments of changed or vanished pages are stale; those of unchanged pages stay', () => {
  const pages = new Set(['/blog/same/', '/blog/changed/', '/blog/new/']);
  const stale = staleFragments(
    [
      { name: 'same', url: '/blog/same/', written: false },
      { name: 'changed-before', url: '/blog/changed/', written: false },
      { name: 'changed-now', url: '/blog/changed/', written: true },
      { name: 'new', url: '/blog/new/', written: true },
      { name: 'now-a-draft', url: '/blog/draft/', written: false },
    ],
    (url) => pages.has(url),
  );
  assert.deepEqual(stale, ['changed-before', 'now-a-draft']);
});

test('two kept fragments of one unchanged page cannot be told apart, so the index is written afresh', () => {
  const fragments = [
    { name: 'one', url: '/blog/a/', written: false },
    { name: 'two', url: '/blog/a/', written: false },
  ];
  assert.equal(staleFragments(fragments, () => true), undefined);
  assert.deepEqual(staleFragments([...fragments, { name: 'three', url: '/blog/a/', written: true }], () => true), ['one', 'two'], 'unless the page has a new one');
});
