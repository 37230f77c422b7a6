import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { scanBody } from '../../src/lib/body-scan.ts';
import { splitPost } from '../../src/lib/content-check.ts';
import { PAGE_IDS } from '../../src/lib/page-ids.ts';
import { postPath } from '../../src/lib/urls.ts';
import { publishedPosts } from '../support/content.ts';
import { DIST } from '../support/built-site.ts';
import { readPage } from '../support/dist.ts';

// The content check judges links by what it reads from the sources before the build: each post's
// address and ids. Both must be what Astro then builds, or the check would pass broken links or
// stop good ones.
const posts = publishedPosts('main');

test('every published post is built at the address the content check gives it', () => {
  assert.ok(posts.length > 20);
  for (const post of posts) assert.ok(readPage(DIST, postPath(post.id)), `${post.file} → ${postPath(post.id)}`);
});

test('the ids the content check reads from each post are the ids of its built page, and every heading’s is among them', () => {
  let headings = 0;
  for (const post of posts) {
    const parts = splitPost(readFileSync(post.file, 'utf8'))!;
    const scanned = new Set(scanBody(parts.body, post.file.endsWith('.mdx'), parts.bodyLine).ids);
    const body = readPage(DIST, postPath(post.id)).querySelector('.post .prose')!;
    const built = new Set(body.querySelectorAll('[id]').map((element) => element.id));
    for (const id of scanned) assert.ok(built.has(id), `${post.file}: #${id} is read from the source but not on the page (${[...built].join(', ')})`);
    for (const heading of body.querySelectorAll('h2[id], h3[id], h4[id], h5[id], h6[id]')) {
      headings++;
      assert.ok(scanned.has(heading.id), `${post.file}: the page's heading #${heading.id} is not among the ids read (${[...scanned].join(', ')})`);
    }
  }
  assert.ok(headings > 50, `${headings} headings compared`);
});

test('every id a post page has outside the post’s text is one the link check knows (PAGE_IDS)', () => {
  const known = new Set<string>(Object.values(PAGE_IDS));
  const seen = new Set<string>();
  for (const post of posts) {
    const page = readPage(DIST, postPath(post.id));
    for (const element of page.querySelectorAll('[id]')) {
      if (element.closest('.prose')) continue;
      seen.add(element.id);
      assert.ok(known.has(element.id), `${postPath(post.id)}: #${element.id} is on the page but not in src/lib/page-ids.ts`);
    }
  }
  for (const id of ['main', 'toc-heading', 'share-heading']) assert.ok(seen.has(id), `#${id} was seen`);
});
