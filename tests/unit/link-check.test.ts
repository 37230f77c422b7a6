import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkLinks, type LinkingPost } from '../../src/lib/link-check.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
const SITE = { url: 'https://blog.example', base: '/', pageSize: 10 };

/** A post with the given links, each on its own line from line 10. */
function post(id: string, options: { date?: string; draft?: boolean; tags?: string[]; ids?: string[] | undefined; links?: string[]; broken?: boolean } = {}): LinkingPost {
  const { date = '2026-01-01', draft = false, tags = [], links = [], broken = false } = options;
  const ids = 'ids' in options ? options.ids : [];
  return {
    file: `src/content/blog/${id}.md`,
    id,
    data: broken ? undefined : { date: new Date(`${date}T00:00:00Z`), draft, tags },
    ids,
    links: links.map((href, i) => ({ line: 10 + i, href })),
  };
}

const lines = (posts: LinkingPost[], site = SITE) => checkLinks(posts, NOW, site).map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`);

test('links to published posts pass, written from the root or relative to the page, with a section that exists', () => {
  const posts = [
    post('a', { links: ['/blog/b/', '../b/', '/blog/b/#setup', '/blog/b/?ref=x#setup', '#intro', '/blog/a/'], ids: ['intro'] }),
    post('b', { ids: ['setup'] }),
  ];
  assert.deepEqual(lines(posts), []);
});

test('links to other sites, mail and other pages of the site are not this check’s business', () => {
  const posts = [post('a', { links: ['https://example.org/blog/nowhere/', 'mailto:x@example.org', '//cdn.example/blog/x/', '/archive/', '/rss.xml', '/favicon.svg', '/tags/'] })];
  assert.deepEqual(lines(posts), []);
});

test('a link to a file beside a post says that only images are published from there; a folder-like address is just no post', () => {
  assert.deepEqual(lines([post('a', { links: ['data.csv', '/blog/a/chart.png', '/blog/a/c/'] }), post('a/c-real')]), [
    'src/content/blog/a.md:10 link: data.csv leads to no page: of the files beside a post only its images are published, as images; put other files in public/ and link to them from the site root',
    'src/content/blog/a.md:11 link: /blog/a/chart.png leads to no page: of the files beside a post only its images are published, as images; put other files in public/ and link to them from the site root',
    'src/content/blog/a.md:12 link: /blog/a/c/ leads to no post',
  ]);
});

test('a link to no post is reported at its line, with the nearest address offered', () => {
  const posts = [post('a', { links: ['/blog/rust-is-wining/', '/blog/zzz-completely-different/'] }), post('rust-is-winning')];
  assert.deepEqual(lines(posts), [
    'src/content/blog/a.md:10 link: /blog/rust-is-wining/ leads to no post (did you mean /blog/rust-is-winning/?)',
    'src/content/blog/a.md:11 link: /blog/zzz-completely-different/ leads to no post',
  ]);
});

test('a post link without its trailing slash is reported with the address to write; its page file is the post too', () => {
  assert.deepEqual(lines([post('a', { links: ['/blog/b#setup', '/blog/b?ref=x', '/blog/b/index.html'] }), post('b', { ids: ['setup'] })]), [
    'src/content/blog/a.md:10 link: /blog/b#setup needs its trailing slash, as the site serves every page: write /blog/b/#setup',
    'src/content/blog/a.md:11 link: /blog/b?ref=x needs its trailing slash, as the site serves every page: write /blog/b/?ref=x',
  ]);
});

test('a published post may not link to a draft or to a post not yet published', () => {
  const posts = [post('a', { links: ['/blog/draft/', '/blog/later/'] }), post('draft', { draft: true }), post('later', { date: '2026-07-01' })];
  assert.deepEqual(lines(posts), [
    'src/content/blog/a.md:10 link: /blog/draft/ leads to a draft, which is never published: publish it first, or link to it once it is',
    'src/content/blog/a.md:11 link: /blog/later/ leads to a post scheduled for 2026-07-01, which is not published yet: readers would find no page there',
  ]);
});

test('a scheduled post may link to posts out by its date, not to later ones; an older post may link to a newer published one', () => {
  const posts = [
    post('old', { date: '2025-01-01', links: ['/blog/new/'] }),
    post('new', { date: '2026-05-01' }),
    post('scheduled', { date: '2026-07-01', links: ['/blog/earlier/', '/blog/later/', '/blog/new/'] }),
    post('earlier', { date: '2026-06-15' }),
    post('later', { date: '2026-08-01' }),
  ];
  assert.deepEqual(lines(posts), [
    'src/content/blog/scheduled.md:11 link: /blog/later/ leads to a post scheduled for 2026-08-01, which would be published after this post (2026-07-01): readers would find no page there',
  ]);
});

test('a draft’s links wait until it is published: it may name a part not yet written', () => {
  const posts = [post('wip', { draft: true, links: ['/blog/other-wip/', '/blog/later/', '/blog/part-two/', '/tags/none/', '#nowhere'] }), post('other-wip', { draft: true }), post('later', { date: '2027-01-01' })];
  assert.deepEqual(lines(posts), []);
});

test('a post whose frontmatter has problems of its own is still an address; its status is not judged', () => {
  assert.deepEqual(lines([post('a', { links: ['/blog/b/'] }), post('b', { broken: true })]), []);
  assert.deepEqual(lines([post('a', { broken: true, links: ['/blog/b/', '/blog/c/'] }), post('b', { draft: true })]), [
    'src/content/blog/a.md:11 link: /blog/c/ leads to no post',
  ]);
  // A post whose body does not parse has ids no one knows: links into it are not judged by them.
  assert.deepEqual(lines([post('a', { links: ['/blog/b/#anything'] }), post('b', { ids: undefined })]), []);
});

test('a link to a post’s source file is told the page to link to instead', () => {
  assert.deepEqual(lines([post('a', { links: ['../b/index.md', '/blog/c.mdx'] }), post('b'), post('c')]), [
    'src/content/blog/a.md:10 link: ../b/index.md names a post\'s source file, which is not published: link to its page, /blog/b/',
    'src/content/blog/a.md:11 link: /blog/c.mdx names a post\'s source file, which is not published: link to its page, /blog/c/',
  ]);
});

test('a long section id is offered when it is near, in proportion to its length', () => {
  const posts = [post('a', { links: ['/blog/b/#the-real-problem-compile-time'] }), post('b', { ids: ['the-real-problem-compilation-time'] })];
  assert.deepEqual(lines(posts), [
    'src/content/blog/a.md:10 link: /blog/b/#the-real-problem-compile-time: /blog/b/ has no section or element with the id "the-real-problem-compile-time" (did you mean #the-real-problem-compilation-time?)',
  ]);
});

test('a #fragment must name an id of its page, on another post or on this one', () => {
  const posts = [post('a', { ids: ['intro'], links: ['/blog/b/#set-up', '#intr', '/blog/b/#nothing-like-it'] }), post('b', { ids: ['setup', 'user-content-fn-1'] })];
  assert.deepEqual(lines(posts), [
    'src/content/blog/a.md:10 link: /blog/b/#set-up: /blog/b/ has no section or element with the id "set-up" (did you mean #setup?)',
    'src/content/blog/a.md:11 link: #intr: this post has no section or element with the id "intr" (did you mean #intro?)',
    'src/content/blog/a.md:12 link: /blog/b/#nothing-like-it: /blog/b/ has no section or element with the id "nothing-like-it"',
  ]);
});

test('the top of the page, text fragments and the ids of the page’s layout are always there', () => {
  const posts = [post('a', { links: ['#top', '#', '/blog/b/#Top', '/blog/b/#:~:text=cargo', '/blog/b/#main', '/blog/b/#share-heading', '#toc-heading'] }), post('b')];
  assert.deepEqual(lines(posts), []);
});

test('addresses and fragments are compared decoded, as the browser finds them', () => {
  const posts = [post('a', { links: ['/blog/%E6%97%A5%E6%9C%AC/#%C3%A9t%C3%A9', '/blog/日本/#été'] }), post('日本', { ids: ['été'] })];
  assert.deepEqual(lines(posts), []);
});

test('a tag link must lead to a page of a tag of a published post, as the site spells its address', () => {
  const many = Array.from({ length: 11 }, (_, i) => post(`many-${i}`, { tags: ['Rust'] }));
  const posts = [
    post('a', { tags: ['Rust', 'C++'], links: ['/tags/rust/', '/tags/rust/2/', '/tags/rust/rss.xml', '/tags/rusty/', '/tags/only-drafts/', '/tags/rust', '/tags/rust/3/', '/tags/c-plus-plus/2/', '/tags/rust/2', '/tags/rust/feed/'] }),
    post('wip', { draft: true, tags: ['only drafts'] }),
    ...many,
  ];
  assert.deepEqual(lines(posts), [
    'src/content/blog/a.md:13 link: /tags/rusty/ leads to no tag: no published post has a tag with the address /tags/rusty/ (did you mean /tags/rust/?)',
    'src/content/blog/a.md:14 link: /tags/only-drafts/ leads to no tag: no published post has a tag with the address /tags/only-drafts/',
    'src/content/blog/a.md:15 link: /tags/rust needs its trailing slash, as the site serves every page: write /tags/rust/',
    'src/content/blog/a.md:16 link: /tags/rust/3/ leads to no page: the tag Rust has pages /tags/rust/ and 2 to 2',
    'src/content/blog/a.md:17 link: /tags/c-plus-plus/2/ leads to no page: the tag C++ has one page',
    'src/content/blog/a.md:18 link: /tags/rust/2 needs its trailing slash, as the site serves every page: write /tags/rust/2/',
    'src/content/blog/a.md:19 link: /tags/rust/feed/ leads to no page: the tag Rust has pages /tags/rust/ and 2 to 2',
  ]);
});

test('a full URL to the site itself is checked like a link from the root; under a base path it carries the base', () => {
  const posts = [post('a', { links: ['https://blog.example/blog/typo/', '//blog.example/blog/b/', 'https://other.example/blog/typo/'] }), post('b')];
  assert.deepEqual(lines(posts), ['src/content/blog/a.md:10 link: https://blog.example/blog/typo/ leads to no post']);
  const under = [post('a', { links: ['https://blog.example/sub/blog/typo/', 'https://blog.example/sub/blog/b/', 'https://blog.example/elsewhere/'] }), post('b')];
  assert.deepEqual(lines(under, { ...SITE, base: '/sub/' }), ['src/content/blog/a.md:10 link: https://blog.example/sub/blog/typo/ leads to no post']);
});

test('a scheduled post’s tag links are judged as of its date; a draft’s are not judged', () => {
  const posts = [
    post('scheduled', { date: '2026-07-01', tags: ['future'], links: ['/tags/future/', '/tags/later/'] }),
    post('later', { date: '2026-09-01', tags: ['later'] }),
    post('wip', { draft: true, links: ['/tags/whatever/'] }),
  ];
  assert.deepEqual(lines(posts), [
    'src/content/blog/scheduled.md:11 link: /tags/later/ leads to no tag: no published post has a tag with the address /tags/later/',
  ]);
});
