import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeFingerprint, feedHtmlKey, feedHtmlStore, keepable } from '../../src/lib/feeds/feed-html-store.ts';
import { tempDir } from '../support/temp-dir.ts';

function project(): string {
  const root = tempDir('project-');
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  mkdirSync(join(root, 'src/content/blog'), { recursive: true });
  writeFileSync(join(root, 'src/lib/feed.ts'), 'export const a = 1;');
  writeFileSync(join(root, 'src/content/blog/post.md'), '---\ntitle: A\n---\nText');
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
  return root;
}

test('the code fingerprint changes with the code and the build set-up, not with the posts', () => {
  const root = project();
  const before = codeFingerprint(root);
  writeFileSync(join(root, 'src/content/blog/post.md'), '---\ntitle: B\n---\nOther text');
  assert.equal(codeFingerprint(root), before, 'posts are keyed by their own digest');
  writeFileSync(join(root, 'src/lib/feed.ts'), 'export const a = 2;');
  const edited = codeFingerprint(root);
  assert.notEqual(edited, before);
  writeFileSync(join(root, 'astro.config.mjs'), 'export default { markdown: {} };');
  assert.notEqual(codeFingerprint(root), edited);
  writeFileSync(join(root, 'src/lib/new.ts'), '');
  assert.notEqual(codeFingerprint(root), edited, 'a new file counts too');
});

test('an entry is named by everything its HTML is made from', () => {
  const parts = { code: 'c', id: 'a', digest: 'd', renderedHtml: '<p>x</p>', url: 'https://x.example/blog/a/' };
  const key = feedHtmlKey(parts);
  assert.equal(feedHtmlKey({ ...parts }), key);
  for (const change of [{ code: 'c2' }, { id: 'b' }, { digest: 'd2' }, { renderedHtml: '<p>y</p>' }, { url: 'https://x.example/sub/blog/a/' }]) {
    assert.notEqual(feedHtmlKey({ ...parts, ...change }), key, JSON.stringify(change));
  }
});

test('HTML that names images is not kept, since only a render makes the build emit them', () => {
  assert.equal(keepable('<p>Text <a href="https://x.example/">link</a></p>'), true);
  assert.equal(keepable('<p><img src="/_astro/a.webp" alt=""></p>'), false);
  assert.equal(keepable('<picture><source srcset="/_astro/a.avif"></picture>'), false);
});

test('the store gives back what was written, and nothing half-written', async () => {
  const dir = join(tempDir('store-'), 'feed-html');
  const store = feedHtmlStore(dir);
  assert.equal(store.read('k'), undefined);
  await store.write('k', '<p>Kept</p>');
  assert.equal(store.read('k'), '<p>Kept</p>');
  assert.deepEqual(readdirSync(dir), ['k.html']);
});
