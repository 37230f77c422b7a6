import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assetsFingerprint, localReferences, publicFilesFingerprint } from '../../src/lib/post-assets.ts';
import { tempDir } from '../support/temp-dir.ts';

test('localReferences finds the relative and site paths a body names, and no URL', () => {
  const body = [
    '![A chart](./chart.png) and ![bare](diagram.svg "title") and ![far](../shared/x.png)',
    '<img src="./photo.jpg" alt="p"> <Figure src=\'./fig.png\' alt="f" />',
    "import pic from './pic.png';",
    '[a link](https://example.com/a.png) ![abs](/favicon.svg?v=2) [doc](./notes.pdf#page=2) ![cdn](//cdn.example/x.png)',
  ].join('\n');
  assert.deepEqual(localReferences(body).sort(), ['../shared/x.png', './chart.png', './diagram.svg', './fig.png', './notes.pdf', './photo.jpg', './pic.png', '/favicon.svg'].sort());
});

test('a post’s fingerprint changes when a file beside it or named by it changes, not when others do', () => {
  const root = tempDir('assets-');
  mkdirSync(join(root, 'blog/folder-post/img'), { recursive: true });
  const post = join(root, 'blog/folder-post/index.md');
  const write = (path: string, content: string) => writeFileSync(join(root, path), content);
  write('blog/folder-post/index.md', '![x](./img/a.png)');
  write('blog/folder-post/img/a.png', 'a1');
  write('blog/folder-post/data.csv', 'd1');
  write('blog/shared.png', 's1');
  write('blog/unrelated.png', 'u1');
  const body = '![x](./img/a.png) ![s](../shared.png)';
  const before = assetsFingerprint(post, localReferences(body));
  assert.deepEqual(before.map((entry) => entry.split(':')[0]), ['data.csv', 'img/a.png', '../shared.png']);
  write('blog/unrelated.png', 'u2');
  assert.deepEqual(assetsFingerprint(post, localReferences(body)), before, 'an unrelated file');
  for (const changed of ['blog/folder-post/img/a.png', 'blog/folder-post/data.csv', 'blog/shared.png']) {
    const previous = assetsFingerprint(post, localReferences(body));
    write(changed, `${changed} changed`);
    assert.notDeepEqual(assetsFingerprint(post, localReferences(body)), previous, changed);
  }

  const single = join(root, 'blog/single.md');
  write('blog/single.md', '');
  assert.deepEqual(assetsFingerprint(single, localReferences('![s](./shared.png)')).map((entry) => entry.split(':')[0]), ['shared.png'], 'a single-file post counts only what it names');
});

test('files named from the site root count from public/, pages and missing files not at all', () => {
  const root = tempDir('assets-public-');
  mkdirSync(join(root, 'blog'), { recursive: true });
  mkdirSync(join(root, 'public/images/archive'), { recursive: true });
  const post = join(root, 'blog/post.md');
  writeFileSync(post, '');
  writeFileSync(join(root, 'public/images/a b.png'), 'p1');
  writeFileSync(join(root, 'secret.png'), 'outside public/');
  const publicDir = join(root, 'public');
  const references = localReferences('![p](/images/a%20b.png) [page](/images/archive/) ![gone](/images/gone.png) ![out](/../secret.png)');
  const assetsBefore = assetsFingerprint(post, references, publicDir);
  assert.deepEqual(assetsBefore.map((entry) => entry.split(':')[0]), ['../public/images/a b.png']);
  const before = publicFilesFingerprint(references, publicDir);
  assert.deepEqual(before.map((entry) => entry.split(':')[0]), ['/images/a%20b.png'], 'only the file in public/');
  writeFileSync(join(root, 'public/images/a b.png'), 'p2, another image');
  assert.notDeepEqual(publicFilesFingerprint(references, publicDir), before);
  assert.notDeepEqual(assetsFingerprint(post, references, publicDir), assetsBefore);
});
