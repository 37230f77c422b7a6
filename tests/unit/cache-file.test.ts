import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRecord, writeCacheFile, writeRecord } from '../../src/lib/cache-file.ts';
import { tempDir } from '../support/temp-dir.ts';

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

test('a record is read back only when it is there, readable and accepted', () => {
  const file = join(tempDir('record-'), 'deep/record.json');
  const usable = (record: { version: number }) => record.version === 1;
  assert.equal(readRecord(file, usable), undefined, 'none yet');
  writeRecord(file, { version: 1, pages: { a: 1 } });
  assert.deepEqual(readRecord(file, usable), { version: 1, pages: { a: 1 } });
  writeRecord(file, { version: 2 });
  assert.equal(readRecord(file, usable), undefined, 'a record this code does not accept');
  writeFileSync(file, '{"version": 1, "pag');
  assert.equal(readRecord(file, usable), undefined, 'a truncated record');
  writeFileSync(file, 'null');
  assert.equal(readRecord(file, usable), undefined, 'not an object');
});
