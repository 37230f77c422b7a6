import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readingMinutes } from '../../src/lib/reading-time.ts';

test('counts words, not markup, link targets or MDX imports', () => {
  const words = 'word '.repeat(230 * 2);
  // Each would add minutes if counted: 800 words of imports, 400 of a tag's attributes, 500 of a link target.
  const imports = 'import Thing from "./thing.astro";\n'.repeat(200);
  const tag = `<Figure ${'data-x="one two three four" '.repeat(100)}/>`;
  const link = `[link](https://example.com/${'a/b/c/d/e/'.repeat(100)})`;
  assert.equal(readingMinutes(`${imports}\n${words} **bold** ${tag} ${link}`), 2);
});

test('one minute at least, then about 230 words a minute', () => {
  assert.equal(readingMinutes('Short.'), 1);
  assert.equal(readingMinutes('word '.repeat(230 * 5)), 5);
  assert.equal(readingMinutes('word '.repeat(230 * 12 + 100)), 12);
});

test('text without spaces between words (Japanese) counts by character', () => {
  assert.equal(readingMinutes('日本語'.repeat(500)), 3);
});
