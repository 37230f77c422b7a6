/** `npm run bench` works end to end on a tiny site, so the benchmark cannot rot unnoticed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/sites.ts';

test('the benchmark builds this site and the baseline with generated posts and reports on both', () => {
  const benchDir = join(ROOT, '.cache/bench');
  const before = existsSync(benchDir) ? readdirSync(benchDir) : [];
  const result = spawnSync(process.execPath, ['scripts/bench/index.ts', '--posts', '3', '--json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  const report = JSON.parse(result.stdout) as {
    posts: number;
    site: { pages: number; coldMs: number; warmMs: number; distBytes: number };
    baseline: { pages: number; coldMs: number };
    ratios: { cold: number };
  };
  assert.equal(report.posts, 3);
  assert.equal(report.baseline.pages, 3, 'the baseline has one page per post and nothing else');
  // Three posts, the home page, archive, tag index, one page per tag, 404.
  assert.ok(report.site.pages > 6, `this site built ${report.site.pages} pages`);
  assert.ok(report.site.coldMs > 0 && report.site.warmMs > 0 && report.site.distBytes > 0);
  assert.ok(report.ratios.cold > 0);
  assert.deepEqual(existsSync(benchDir) ? readdirSync(benchDir) : [], before, 'the temporary sites are removed');
});
