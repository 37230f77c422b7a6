import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, prepareSite } from '../support/sites.ts';
import { tempDir } from '../support/temp-dir.ts';

test('a second build of unchanged posts reuses every social card from the cache', () => {
  const cache = tempDir('card-cache-');
  const env = { CARD_CACHE_DIR: cache };
  const dir = prepareSite('card-cache');
  const first = buildSite(dir, env);
  assert.equal(first.status, 0, first.output);
  const cached = readdirSync(cache).sort();
  assert.ok(cached.length >= 2, `the post's card and the site card are cached (${cached.join(', ')})`);
  const written = new Map(cached.map((file) => [file, statSync(join(cache, file)).mtimeMs]));

  const second = buildSite(prepareSite('card-cache'), env);
  assert.equal(second.status, 0, second.output);
  assert.deepEqual(readdirSync(cache).sort(), cached, 'no card was rendered again');
  for (const [file, mtime] of written) assert.equal(statSync(join(cache, file)).mtimeMs, mtime, `${file} was not rewritten`);

  const built = readFileSync(join(dir, 'dist/og/site.png'));
  assert.ok(cached.some((file) => readFileSync(join(cache, file)).equals(built)), 'the built card is the cached file');
});
