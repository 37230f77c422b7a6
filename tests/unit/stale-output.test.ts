import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goneRoutes, keepRule, linkCopiesToOutput, removeStale } from '../../src/integrations/stale-output.ts';
import { tempDir } from '../support/temp-dir.ts';

test('removeStale deletes the files it is told not to keep, then the folders left empty', () => {
  const root = tempDir('stale-');
  for (const file of ['index.html', 'blog/kept/index.html', 'blog/gone/index.html', 'old/deep/a.css', 'old/b.css']) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), file);
  }
  const keep = new Set(['index.html', 'blog/kept/index.html', 'old/b.css'].map((file) => join(root, file)));
  assert.equal(removeStale(root, (file) => keep.has(file)), 2);
  for (const file of keep) assert.ok(existsSync(file), `${file} is kept`);
  assert.equal(existsSync(join(root, 'blog/gone')), false, 'an emptied folder goes');
  assert.equal(existsSync(join(root, 'old/deep')), false, 'so does a nested one');
  assert.ok(existsSync(join(root, 'old')), 'a folder with a kept file stays');
});

test('removeStale passes each file’s modification time, and accepts a missing folder', () => {
  const root = tempDir('stale-');
  writeFileSync(join(root, 'new.txt'), 'x');
  const seen: number[] = [];
  removeStale(root, (_file, mtimeMs) => (seen.push(mtimeMs), true));
  assert.equal(seen.length, 1);
  assert.ok(Math.abs(seen[0]! - Date.now()) < 60_000);
  assert.equal(removeStale(join(root, 'missing'), () => false), 0);
});

test('keepRule keeps what the build wrote or reused and what other integrations own, and nothing else', () => {
  const keep = keepRule({ root: '/d', startedAt: 1000, outputs: ['/d/blog/a/index.html'], ownFolders: ['pagefind'] });
  assert.equal(keep('/d/_astro/new.css', 1000), true, 'written during the build');
  assert.equal(keep('/d/blog/a/index.html', 10), true, 'a reused page');
  assert.equal(keep('/d/pagefind/fragment/x.pf_fragment', 10), true, 'the search index’s own');
  assert.equal(keep('/d/blog/b/index.html', 999), false, 'a page this build did not make');
  assert.equal(keep('/d/pagefind-old.js', 10), false, 'a name that only starts like an owned folder');
});

test('Astro\'s folder of page copies becomes a link to the output folder, replacing real copies or a link elsewhere', () => {
  const root = tempDir('copies-');
  const [outDir, copies, elsewhere] = ['dist', 'cache/dist', 'other'].map((path) => join(root, path)) as [string, string, string];
  mkdirSync(join(copies, 'blog'), { recursive: true });
  writeFileSync(join(copies, 'blog/old.html'), 'a copy');
  linkCopiesToOutput(copies, outDir);
  assert.ok(lstatSync(copies).isSymbolicLink(), 'the copies folder is replaced by a link');
  writeFileSync(join(copies, 'page.html'), 'written through the link');
  assert.equal(readFileSync(join(outDir, 'page.html'), 'utf8'), 'written through the link');
  assert.equal(existsSync(join(copies, 'blog/old.html')), false);

  linkCopiesToOutput(copies, outDir);
  assert.ok(existsSync(join(outDir, 'page.html')), 'linking again changes nothing');

  mkdirSync(elsewhere);
  writeFileSync(join(elsewhere, 'keep.html'), 'not ours');
  const relink = join(root, 'cache/dist');
  linkCopiesToOutput(relink, elsewhere);
  linkCopiesToOutput(relink, outDir);
  assert.ok(existsSync(join(elsewhere, 'keep.html')), 'a link elsewhere is replaced, not followed');
  assert.ok(existsSync(join(copies, 'page.html')));
});

test('goneRoutes names the routes of the last build whose files are gone', () => {
  const root = tempDir('routes-');
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(join(root, 'src/pages/[page].astro'), '');
  const manifest = join(root, 'incremental-build.json');
  assert.deepEqual(goneRoutes(manifest, root), [], 'no manifest');
  writeFileSync(manifest, JSON.stringify({ routes: { 'src/pages/[page].astro': {}, 'src/pages/[n].astro': {} } }));
  assert.deepEqual(goneRoutes(manifest, root), ['src/pages/[n].astro']);
  writeFileSync(manifest, 'not JSON');
  assert.deepEqual(goneRoutes(manifest, root), []);
});
