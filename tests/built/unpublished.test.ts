import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../support/sites.ts';
import { listFiles } from '../support/dist.ts';
import { LEAK_MARKERS } from '../support/test-sites.ts';

const dist = distDir('main');
const files = listFiles(dist);

test('the test site was built with posts to list', () => {
  assert.ok(files.includes('index.html'));
  assert.ok(files.filter((file) => file.startsWith('blog/')).length > 20);
});

test('no file name in the output mentions a draft or scheduled post', () => {
  const leaks = files.filter((file) => LEAK_MARKERS.some((marker) => file.toLowerCase().includes(marker)));
  assert.deepEqual(leaks, []);
});

test('no file in the output contains a word from a draft or scheduled post', () => {
  const leaks: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(dist, file)).toString('latin1').toLowerCase();
    for (const marker of LEAK_MARKERS) if (text.includes(marker)) leaks.push(`${file}: ${marker}`);
  }
  assert.deepEqual(leaks, []);
});
