import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCacheFile } from '../../src/lib/cache-file.ts';

test('a cache file is written whole, with its folder, and again after the folder is removed', async () => {
  const root = mkdtempSync(join(tmpdir(), 'cache-file-'));
  const folder = join(root, 'deep/cache');
  await writeCacheFile(join(folder, 'a.txt'), 'first');
  await writeCacheFile(join(folder, 'b.png'), new Uint8Array([1, 2, 3]));
  assert.deepEqual(readdirSync(folder).sort(), ['a.txt', 'b.png'], 'no partial file is left');
  assert.equal(readFileSync(join(folder, 'a.txt'), 'utf8'), 'first');

  rmSync(folder, { recursive: true });
  await writeCacheFile(join(folder, 'a.txt'), 'second');
  assert.equal(readFileSync(join(folder, 'a.txt'), 'utf8'), 'second');
  rmSync(root, { recursive: true });
});
