import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCodeMeta, parseLineRanges } from '../../src/lib/markdown/code-meta.ts';

test('line ranges', () => {
  assert.deepEqual(parseLineRanges('1,3-5'), [1, 3, 4, 5]);
  assert.deepEqual(parseLineRanges(' 4 , 2 - 3 ,4'), [2, 3, 4]);
  assert.deepEqual(parseLineRanges('5-3'), [3, 4, 5]);
  assert.deepEqual(parseLineRanges('x, 2'), [2]);
});

test('title, highlighted lines, inserted and deleted lines', () => {
  assert.deepEqual(parseCodeMeta('title="src/a b.ts" {1,3-4} ins={6} del={5,7}'), {
    title: 'src/a b.ts',
    highlight: [1, 3, 4],
    ins: [6],
    del: [5, 7],
  });
  assert.deepEqual(parseCodeMeta("title='x.js'"), { title: 'x.js', highlight: [], ins: [], del: [] });
  assert.deepEqual(parseCodeMeta('title=plain.txt'), { title: 'plain.txt', highlight: [], ins: [], del: [] });
});

test('braces that belong to ins= or del= are not highlighted lines', () => {
  assert.deepEqual(parseCodeMeta('ins={2}').highlight, []);
});

test('nothing, or something unknown', () => {
  assert.deepEqual(parseCodeMeta(undefined), { highlight: [], ins: [], del: [] });
  assert.deepEqual(parseCodeMeta('showLineNumbers title=""'), { highlight: [], ins: [], del: [] });
});
