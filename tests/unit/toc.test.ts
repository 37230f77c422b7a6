import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableOfContents } from '../../src/lib/toc.ts';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/\W+/g, '-') });

const THREE = [h(2, 'One'), h(3, 'One A'), h(3, 'One B'), h(2, 'Two'), h(4, 'Deep'), h(2, 'Three'), h(3, 'Three A')];

test('three sections make a table, with subsections nested and deeper headings left out', () => {
  assert.deepEqual(tableOfContents(THREE, undefined), [
    {
      slug: 'one',
      text: 'One',
      children: [
        { slug: 'one-a', text: 'One A', children: [] },
        { slug: 'one-b', text: 'One B', children: [] },
      ],
    },
    { slug: 'two', text: 'Two', children: [] },
    { slug: 'three', text: 'Three', children: [{ slug: 'three-a', text: 'Three A', children: [] }] },
  ]);
});

test('fewer than three sections, or toc: false, make none', () => {
  assert.deepEqual(tableOfContents([h(2, 'One'), h(3, 'Sub'), h(3, 'Sub 2'), h(2, 'Two')], undefined), []);
  assert.deepEqual(tableOfContents(THREE, false), []);
  assert.equal(tableOfContents(THREE, true).length, 3);
});

test('toc: true asks for one from two headings, even in a post with fewer than three sections', () => {
  assert.deepEqual(tableOfContents([h(2, 'One'), h(2, 'Two')], true).map((entry) => entry.text), ['One', 'Two']);
  assert.deepEqual(tableOfContents([h(2, 'One'), h(3, 'Sub')], true), [{ slug: 'one', text: 'One', children: [{ slug: 'sub', text: 'Sub', children: [] }] }]);
  assert.deepEqual(tableOfContents([h(2, 'Only')], true), [], 'one heading is nothing to find');
});

test('the footnotes heading is not a section', () => {
  const headings = [h(2, 'One'), h(2, 'Two'), { depth: 2, slug: 'footnote-label', text: 'Footnotes' }];
  assert.deepEqual(tableOfContents(headings, undefined), []);
});

test('a subsection before the first section stands on its own', () => {
  const toc = tableOfContents([h(3, 'Intro'), h(2, 'One'), h(2, 'Two'), h(2, 'Three')], undefined);
  assert.deepEqual(toc.map((entry) => entry.slug), ['intro', 'one', 'two', 'three']);
});
