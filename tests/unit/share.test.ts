import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHARE_TARGETS, shareLinks, type ShareTargetName } from '../../src/lib/share.ts';
import { site } from '../../src/site.config.ts';

const post = { title: 'C++ & "Rust": 100% safe? #1', url: 'https://blog.example/blog/c-and-rust/?a=1&b=2' };

test('share links come in the order asked for, each naming the post in its own parameters, encoded', () => {
  const names = Object.keys(SHARE_TARGETS) as ShareTargetName[];
  const links = shareLinks(post, [...names].reverse());
  assert.deepEqual(links.map((link) => link.name), [...names].reverse());
  const params = (href: string) => Object.fromEntries(new URL(href).searchParams);
  const byName = Object.fromEntries(links.map((link) => [link.name, link.href]));
  assert.deepEqual(params(byName.bluesky!), { text: `${post.title} ${post.url}` });
  assert.deepEqual(params(byName.linkedin!), { url: post.url });
  assert.deepEqual(params(byName['hacker-news']!), { u: post.url, t: post.title });
  assert.deepEqual(params(byName.reddit!), { url: post.url, title: post.title });
  assert.deepEqual(params(byName.email!), { subject: post.title, body: post.url });
  assert.ok(byName.email!.startsWith('mailto:?'));
  // A "#" or "&" left raw would cut the title short; the parameters above would then differ.
  for (const href of Object.values(byName)) assert.doesNotMatch(href.slice(href.indexOf('?')), /[ "#]/, href);
});

test('the site config names only services there are, each once', () => {
  for (const name of site.share) assert.ok(Object.hasOwn(SHARE_TARGETS, name), name);
  assert.equal(new Set(site.share).size, site.share.length);
  assert.deepEqual(shareLinks(post, []), []);
});
