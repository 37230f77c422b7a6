import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
// Astro's own rule, from the file its glob loader calls, so the two cannot drift apart unnoticed.
import { getContentEntryIdAndSlug } from '../../node_modules/astro/dist/content/utils.js';
import { postIdOf } from '../../src/lib/post-id.ts';

const BASE = pathToFileURL('/site/src/content/blog/');

test('a post’s id is the one Astro’s glob loader gives it, for every way a post can be named', () => {
  const files = [
    'plain.md',
    'with-components.mdx',
    'Folder Post/index.mdx',
    'nested/deeper/index.md',
    '2026/year-post.md',
    'Écrire en MDX — l’essentiel.md',
    'v1.2 release notes.md',
    'UPPER_case & symbols!.md',
    '日本語の記事/index.md',
    'index.md',
  ];
  for (const file of files) {
    const { slug } = getContentEntryIdAndSlug({ entry: new URL(encodeURI(file), BASE), contentDir: BASE, collection: '' }) as { slug: string };
    assert.equal(postIdOf(file), slug, file);
  }
  assert.equal(postIdOf('Folder Post/index.mdx'), 'folder-post');
  assert.equal(postIdOf('nested/deeper/index.md'), 'nested/deeper');
});
