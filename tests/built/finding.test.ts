import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildTagIndex } from '../../src/lib/tags.ts';
import { postPath, tagPath } from '../../src/lib/urls.ts';
import { site } from '../../src/site.config.ts';
import { publishedPosts } from '../support/content.ts';
import { readPage } from '../support/dist.ts';
import { distDir } from '../support/sites.ts';

const dist = distDir('main');
const published = publishedPosts('main');
const tagIndex = buildTagIndex(published);

/** Follows rel=next from a list's first page; returns the post links of every page, in order. */
function walkList(start: string): { pages: string[]; posts: string[] } {
  const pages: string[] = [];
  const posts: string[] = [];
  for (let path: string | undefined = start; path; ) {
    assert.ok(!pages.includes(path), `rel=next loops back to ${path}`);
    pages.push(path);
    const page = readPage(dist, path);
    posts.push(...page.querySelectorAll('.post-list .post-card-title a').map((a) => a.getAttribute('href')!));
    const headNext = page.querySelector('head link[rel="next"]')?.getAttribute('href');
    const visibleNext = page.querySelector('main a[rel="next"]')?.getAttribute('href');
    assert.equal(headNext, visibleNext, `${path}: <link rel=next> and the visible control agree`);
    const headPrev = page.querySelector('head link[rel="prev"]')?.getAttribute('href');
    assert.equal(headPrev, page.querySelector('main a[rel="prev"]')?.getAttribute('href'), `${path}: rel=prev agrees`);
    if (pages.length > 1) assert.equal(headPrev, pages.at(-2), `${path}: rel=prev points back`);
    path = headNext;
  }
  return { pages, posts };
}

test('the fixtures make lists long enough to paginate', () => {
  assert.ok(published.length > site.pageSize * 2, `${published.length} published posts`);
});

test('following rel=next from the home page visits every published post once, newest first', () => {
  const { pages, posts } = walkList('/');
  assert.deepEqual(posts, published.map((post) => postPath(post.id)));
  assert.equal(pages.length, Math.ceil(published.length / site.pageSize));
  assert.ok(pages.every((path, i) => path === (i === 0 ? '/' : `/${i + 1}/`)));
});

test('no list page is built beyond the last', () => {
  const last = Math.ceil(published.length / site.pageSize);
  assert.equal(existsSync(join(dist, String(last), 'index.html')), true);
  assert.equal(existsSync(join(dist, String(last + 1))), false);
  assert.equal(existsSync(join(dist, '1')), false, 'page 1 lives at the list’s own URL only');
});

test('every tag page lists exactly the posts that carry the tag, across its pages', () => {
  assert.ok(tagIndex.tags.some((tag) => tag.count > site.pageSize), 'some tag needs more than one page');
  for (const tag of tagIndex.tags) {
    const expected = published.filter((post) => post.tags.some((t) => tagIndex.slugOf(t) === tag.slug)).map((post) => postPath(post.id));
    const { posts } = walkList(tagPath(tag.slug));
    assert.deepEqual(posts, expected, `tag ${tag.name}`);
    assert.equal(expected.length, tag.count);
  }
});

test('the tag index lists every tag with its count, by count then name, linking to its page', () => {
  const items = readPage(dist, '/tags/').querySelectorAll('.tag-index a');
  assert.deepEqual(
    items.map((a) => [a.getAttribute('href'), a.querySelector('.tag')?.text, a.querySelector('.tag-count')?.text]),
    tagIndex.tags.map((tag) => [tagPath(tag.slug), `#${tag.name}`, `${tag.count} ${tag.count === 1 ? 'post' : 'posts'}`]),
  );
});

test('case and spacing variants of a tag share one page, named by its most used spelling', () => {
  const rust = tagIndex.bySlug('rust');
  assert.ok(rust && ['Rust', 'rust', 'RUST'].includes(rust.name));
  assert.equal(tagIndex.slugOf('RUST'), 'rust');
  assert.equal(tagIndex.slugOf('Developer Experience'), 'developer-experience');
  assert.notEqual(tagIndex.slugOf('C++'), tagIndex.slugOf('C'));
  for (const slug of ['c', 'c-plus-plus', 'λάμδα', '日本語']) assert.ok(existsSync(join(dist, 'tags', slug, 'index.html')), slug);
});

test('tags on post pages link to their tag pages, once each, in the tag’s most used spelling', () => {
  for (const post of published) {
    const links = readPage(dist, postPath(post.id)).querySelectorAll('.post-header .tag-list a').map((a) => a.getAttribute('href'));
    const slugs = [...new Set(post.tags.map((tag) => tagIndex.slugOf(tag)))];
    assert.deepEqual(links, slugs.map(tagPath), post.id);
    const names = readPage(dist, postPath(post.id)).querySelectorAll('.post-header .tag-list a').map((a) => a.text);
    assert.deepEqual(names, slugs.map((slug) => `#${tagIndex.bySlug(slug)!.name}`), `${post.id} shows each tag in its most used spelling`);
  }
});

test('the archive lists every published post once, grouped by year, newest first', () => {
  const archive = readPage(dist, '/archive/');
  const links = archive.querySelectorAll('.archive-list a').map((a) => a.getAttribute('href'));
  assert.deepEqual(links, published.map((post) => postPath(post.id)));
  const years = archive.querySelectorAll('.archive-year > h2').map((h) => Number(h.text));
  assert.deepEqual(years, [...new Set(published.map((post) => post.date.getUTCFullYear()))]);
});

test('each post links the previous and next post in time, without rel', () => {
  published.forEach((post, i) => {
    const nav = readPage(dist, postPath(post.id)).querySelector('.post-nav');
    const older = published[i + 1];
    const newer = published[i - 1];
    assert.equal(nav?.querySelector('.post-nav-older')?.getAttribute('href'), older && postPath(older.id), `${post.id} older`);
    assert.equal(nav?.querySelector('.post-nav-newer')?.getAttribute('href'), newer && postPath(newer.id), `${post.id} newer`);
    assert.equal(nav?.querySelectorAll('[rel]').length ?? 0, 0);
  });
});

test('related posts share a tag with the post, at most three', () => {
  for (const post of published) {
    const related = readPage(dist, postPath(post.id)).querySelectorAll('.related a').map((a) => a.getAttribute('href'));
    assert.ok(related.length <= 3);
    const keys = new Set(post.tags.map((tag) => tagIndex.slugOf(tag)));
    for (const href of related) {
      const other = published.find((candidate) => postPath(candidate.id) === href);
      assert.ok(other, `${href} is a published post`);
      assert.ok(other.tags.some((tag) => keys.has(tagIndex.slugOf(tag))), `${post.id} → ${other.id} share a tag`);
    }
  }
});

test('only published post bodies are indexed for search', () => {
  const entry = JSON.parse(readPage(dist, '/pagefind/pagefind-entry.json').text) as { languages: Record<string, { page_count: number }> };
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  assert.equal(indexed, published.length);
});

test('the main navigation marks the page it is on, and the section of the pages beneath it', () => {
  const current = (path: string) =>
    Object.fromEntries(readPage(dist, path).querySelectorAll('nav[aria-label="Main"] a').map((a) => [a.textContent.trim(), a.getAttribute('aria-current') ?? null]));
  assert.deepEqual(current('/'), { Posts: 'page', Tags: null, Archive: null });
  assert.deepEqual(current('/2/'), { Posts: 'true', Tags: null, Archive: null });
  assert.deepEqual(current(postPath(published[0]!.id)), { Posts: 'true', Tags: null, Archive: null });
  assert.deepEqual(current('/tags/'), { Posts: null, Tags: 'page', Archive: null });
  assert.deepEqual(current(tagPath(tagIndex.tags[0]!.slug)), { Posts: null, Tags: 'true', Archive: null });
  assert.deepEqual(current('/archive/'), { Posts: null, Tags: null, Archive: 'page' });
  // Served at any address, the 404 page is in no section (its build path, /404/, looked like list page 404).
  assert.deepEqual(current('/404.html'), { Posts: null, Tags: null, Archive: null });
});
