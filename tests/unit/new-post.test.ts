import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPost, NewPostError, newPostSource, slugify } from '../../src/lib/new-post.ts';
import { checkPost } from '../../src/lib/content-check.ts';
import { tempDir } from '../support/temp-dir.ts';

test('slugs from titles', () => {
  assert.equal(slugify('Rust Is Winning the AI Code Generation Race'), 'rust-is-winning-the-ai-code-generation-race');
  assert.equal(slugify('  Écrire en MDX: l’essentiel!  '), 'ecrire-en-mdx-lessentiel');
  assert.equal(slugify("What's new in C++ 23?"), 'whats-new-in-c-23');
  assert.equal(slugify('日本語 の 記事'), '日本語-の-記事');
  assert.equal(slugify('---'), '');
  const long = slugify('word '.repeat(40));
  assert.ok(long.length <= 80 && !long.endsWith('-') && long.startsWith('word-word'));
});

test('the source is a draft dated today (in UTC, as the build reads dates), with frontmatter the content check accepts', () => {
  const now = new Date(Date.UTC(2026, 2, 9, 23, 30));
  const source = newPostSource('Colons: "quotes" and #hashes', now);
  assert.match(source, /^---\ntitle: "Colons: \\"quotes\\" and #hashes"\n/);
  assert.match(source, /\ndate: 2026-03-09\ntags: \[\]\ndraft: true\n---\n/);
  assert.deepEqual(checkPost('/tmp/new/index.mdx', source), []);
});

test('createPost writes <slug>/index.mdx and refuses to overwrite any post with that slug', () => {
  const root = tempDir('new-post-');
  const { file, slug } = createPost(root, 'My First Post', new Date(2026, 0, 2));
  assert.equal(slug, 'my-first-post');
  assert.equal(file, join('src/content/blog', 'my-first-post', 'index.mdx'));
  const written = readFileSync(join(root, file), 'utf8');
  assert.throws(() => createPost(root, 'My first post!'), (error: Error) => error instanceof NewPostError && /already exists/.test(error.message));
  assert.equal(readFileSync(join(root, file), 'utf8'), written, 'the first post is untouched');

  writeFileSync(join(root, 'src/content/blog/single-file.md'), 'x');
  assert.throws(() => createPost(root, 'Single file'), /single-file\.md already exists/);
  mkdirSync(join(root, 'src/content/blog'), { recursive: true });
  assert.throws(() => createPost(root, '   '), /Give the post a title/);
  assert.throws(() => createPost(root, '!!!'), /no letters or digits/);
});
