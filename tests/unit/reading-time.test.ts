import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, readingMinutes } from '../../src/lib/reading-time.ts';

test('counts words, not markup, link targets or MDX imports', () => {
  assert.equal(countWords('import X from "./x.astro";\n\nHello **brave** [new](https://example.com/very/long) world <X client:load />'), 4);
});

test('one minute at least, then about 230 words a minute', () => {
  assert.equal(readingMinutes('Short.'), 1);
  assert.equal(readingMinutes('word '.repeat(230 * 5)), 5);
  assert.equal(readingMinutes('word '.repeat(230 * 12 + 100)), 12);
});

test('text without spaces between words (Japanese) counts by character', () => {
  assert.equal(readingMinutes('日本語'.repeat(500)), 3);
});
