import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeStale } from '../../src/integrations/stale-output.ts';
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
