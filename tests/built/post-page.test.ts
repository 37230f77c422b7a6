import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isoDate } from '../../src/lib/dates.ts';
import { postPath } from '../../src/lib/urls.ts';
import { publishedPosts, sourcePosts } from '../support/content.ts';
import { readPage } from '../support/dist.ts';
import { distDir } from '../support/sites.ts';

const dist = distDir('main');
const published = publishedPosts('main');

test('a post shows its publication date, and its revision date only when it has one', () => {
  assert.ok(published.some((post) => post.updated), 'a fixture has an updated date');
  for (const post of published) {
    const times = readPage(dist, postPath(post.id)).querySelectorAll('.post-header .post-meta time').map((time) => time.getAttribute('datetime'));
    assert.deepEqual(times, post.updated ? [isoDate(post.date), isoDate(post.updated)] : [isoDate(post.date)], post.id);
  }
});

test('a post with a cover shows it first, optimized, eager, with its alt text; others have none', () => {
  assert.ok(published.some((post) => post.cover), 'a fixture has a cover');
  for (const post of published) {
    const covers = readPage(dist, postPath(post.id)).querySelectorAll('article img.post-cover');
    if (!post.cover) {
      assert.equal(covers.length, 0, post.id);
      continue;
    }
    assert.equal(covers.length, 1, post.id);
    const cover = covers[0]!;
    assert.equal(cover.getAttribute('alt'), post.cover.alt);
    assert.equal(cover.getAttribute('loading'), 'eager');
    assert.match(cover.getAttribute('src') ?? '', /^\/_astro\/.+\.webp$/);
    assert.ok(existsSync(join(dist, cover.getAttribute('src')!)));
    assert.match(cover.getAttribute('width') ?? '', /^\d+$/);
  }
});

test('the parts of a series list one another in order, the current one marked, unpublished parts left out', () => {
  const source = sourcePosts('main').filter((post) => post.series);
  assert.ok(source.some((post) => post.draft) && source.some((post) => post.date > new Date()), 'a draft and a scheduled post name the series too');
  const parts = ['fixture-markdown-features', 'fixture-mdx-components'];
  const titles = parts.map((id) => published.find((post) => post.id === id)!.title);
  parts.forEach((id, index) => {
    const page = readPage(dist, postPath(id));
    const box = page.querySelector('nav.series')!;
    assert.ok(box, `${id} shows its series`);
    assert.equal(box.getAttribute('aria-labelledby'), 'series-heading');
    assert.equal(box.querySelector('#series-heading')!.text.replace(/\s+/g, ' ').trim(), `Part ${index + 1} of 2 in the series Writing features`);
    assert.deepEqual(box.querySelectorAll('li').map((li) => li.text.trim()), titles);
    assert.equal(box.querySelector('[aria-current="page"]')!.text, titles[index]);
    assert.deepEqual(box.querySelectorAll('a').map((a) => a.getAttribute('href')), parts.filter((_, other) => other !== index).map(postPath));
    const next = page.querySelector('.series-next a');
    assert.equal(next?.getAttribute('href'), index === 0 ? postPath(parts[1]!) : undefined, `${id}: a link to the next part, if any`);
  });
  for (const post of published.filter((post) => !parts.includes(post.id))) {
    assert.equal(readPage(dist, postPath(post.id)).querySelector('.series, .series-next'), null, post.id);
  }
});

test('every post offers share links to its canonical address and title; Share and Copy link wait for JavaScript', () => {
  const services = ['Bluesky', 'LinkedIn', 'Hacker News', 'Reddit', 'Email'];
  const shared = new Map<string, string>();
  for (const post of published) {
    const page = readPage(dist, postPath(post.id));
    const canonical = page.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    const section = page.querySelector('section.share');
    assert.ok(section, `${post.id} has a share section`);
    assert.equal(section.getAttribute('data-share-url'), canonical, post.id);
    shared.set(post.id, canonical);
    const links = section.querySelectorAll('a');
    assert.deepEqual(links.map((link) => link.text), services, post.id);
    for (const link of links) {
      const href = new URL(link.getAttribute('href')!);
      assert.ok(['https:', 'mailto:'].includes(href.protocol), `${post.id} ${link.text}`);
      const said = [...href.searchParams.values()].join(' ');
      assert.ok(said.includes(canonical), `${post.id}: ${link.text} shares ${canonical}: ${href}`);
      if (link.text !== 'LinkedIn') assert.ok(said.includes(post.title), `${post.id}: ${link.text} names "${post.title}": ${href}`);
    }
    const buttons = section.querySelectorAll('button');
    assert.deepEqual(buttons.map((button) => [button.text, button.closest('li')?.hasAttribute('hidden')]), [['Share…', true], ['Copy link', true]]);
  }
  assert.equal(shared.get('feeds-syndicated-post'), 'https://elsewhere.example/original-post/', 'a syndicated post shares where it first appeared');
  assert.ok(published.some((post) => /[&"<]/.test(post.title)), 'a title with characters to encode');
});
