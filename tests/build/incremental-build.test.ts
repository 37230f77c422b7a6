import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, prepareSite } from '../support/sites.ts';

/**
 * Five posts, newest first: alpha, bravo and charlie share a tag (so they are related and neighbours);
 * delta and echo have tags of their own, and neither shows bravo anywhere.
 */
const POSTS = [
  ['alpha', 'Alpha post', '2020-01-05', 'shared'],
  ['bravo', 'Bravo post', '2020-01-04', 'shared'],
  ['charlie', 'Charlie post', '2020-01-03', 'shared'],
  ['delta', 'Delta post', '2020-01-02', 'lonely'],
  ['echo', 'Echo post', '2020-01-01', 'solitary'],
] as const;

const source = (title: string, date: string, tag: string, extra = '') =>
  `---\ntitle: ${title}\ndescription: The ${title.toLowerCase()}.\ndate: ${date}\ntags: [${tag}]${extra}\n---\n\nSome text of the ${title.toLowerCase()}.\n`;

const postFile = (id: string) => `src/content/blog/${id}.md`;

/** The output paths a build copied from the previous one instead of rendering. */
const restored = (output: string) => new Set([...output.matchAll(/├─ (\S+) \(restored\)/g)].map((match) => match[1]));

test('a rebuild renders again exactly the pages that show a changed post, and drops an unpublished one everywhere', () => {
  const dir = prepareSite('incremental', Object.fromEntries(POSTS.map(([id, title, date, tag]) => [postFile(id), source(title, date, tag)])));
  const read = (path: string) => readFileSync(join(dir, 'dist', path), 'utf8');
  const env = { BUILD_TIME: '2026-11-01T00:00:00Z' };

  const first = buildSite(dir, env);
  assert.equal(first.status, 0, first.output);
  assert.equal(restored(first.output).size, 0, 'a first build renders everything');
  const bravoCard = readFileSync(join(dir, 'dist/og/blog/bravo.png'));

  // Bravo is renamed: every page that links or lists it must show the new title.
  writeFileSync(join(dir, postFile('bravo')), source('Bravo renamed', '2020-01-04', 'shared'));
  const second = buildSite(dir, env);
  assert.equal(second.status, 0, second.output);
  const reused = restored(second.output);
  for (const path of ['/blog/delta/index.html', '/blog/echo/index.html', '/tags/lonely/index.html', '/tags/lonely/rss.xml', '/og/blog/echo.png']) {
    assert.ok(reused.has(path), `${path} shows nothing of bravo and is reused`);
  }
  for (const path of ['/blog/alpha/index.html', '/blog/bravo/index.html', '/blog/charlie/index.html', '/tags/shared/index.html', '/tags/shared/rss.xml', '/og/blog/bravo.png']) {
    assert.ok(!reused.has(path), `${path} shows bravo and is rendered again`);
  }
  for (const path of ['blog/alpha/index.html', 'blog/charlie/index.html', 'tags/shared/index.html', 'tags/shared/rss.xml', 'rss.xml', 'archive/index.html']) {
    assert.match(read(path), /Bravo renamed/, `${path} shows the new title`);
    assert.doesNotMatch(read(path), /Bravo post/, `${path} no longer shows the old one`);
  }
  assert.ok(!readFileSync(join(dir, 'dist/og/blog/bravo.png')).equals(bravoCard), 'bravo gets a new social card');
  assert.ok(existsSync(join(dir, 'dist/blog/echo/index.html')), 'a reused page is in the output');

  // Charlie becomes a draft: gone from every output, and its neighbours now link each other.
  writeFileSync(join(dir, postFile('charlie')), source('Charlie post', '2020-01-03', 'shared', '\ndraft: true'));
  const third = buildSite(dir, env);
  assert.equal(third.status, 0, third.output);
  assert.ok(restored(third.output).has('/blog/echo/index.html'), 'echo is still reused');
  assert.equal(existsSync(join(dir, 'dist/blog/charlie')), false, 'the draft has no page');
  assert.equal(existsSync(join(dir, 'dist/og/blog/charlie.png')), false, 'the draft has no card');
  for (const path of ['blog/bravo/index.html', 'blog/alpha/index.html', 'tags/shared/index.html', 'tags/shared/rss.xml', 'rss.xml', 'feed.json', 'sitemap-0.xml', 'archive/index.html']) {
    assert.doesNotMatch(read(path), /Charlie post|blog\/charlie\//, `${path} shows nothing of the draft`);
  }
  assert.match(read('blog/delta/index.html'), /Bravo renamed/, 'delta’s newer neighbour is now bravo');
});
