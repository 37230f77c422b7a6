import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { readPage } from '../support/dist.ts';
import { builtPosts, DIST, fileForUrl, HOME_URL, isOwnUrl, normalizedText, parseHtml } from '../support/built-site.ts';
import { LEAK_MARKERS } from '../support/test-sites.ts';
import { site } from '../../src/site.config.ts';

type Item = Parser.Item & { 'content:encoded': string; description: string };
const parser = new Parser<{ language: string; lastBuildDate: string }, Item>({
  customFields: { feed: ['language', 'lastBuildDate'], item: ['description'] },
});
const readFeed = async (path: string) => parser.parseString(readFileSync(join(DIST, path), 'utf8'));
const abs = (path: string) => new URL(path.replace(/^\//, ''), HOME_URL).href;

const posts = builtPosts();
const postByUrl = new Map(posts.map((post) => [post.url, post]));
const newestFirst = [...posts].sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
const tagDirs = readdirSync(join(DIST, 'tags'), { withFileTypes: true }).filter((entry) => entry.isDirectory());

test('the RSS channel has title, description, link, language, lastBuildDate, atom:link self and the site image', async () => {
  const xml = readFileSync(join(DIST, 'rss.xml'), 'utf8');
  const feed = await readFeed('rss.xml');
  assert.equal(feed.title, site.title);
  assert.equal(feed.description, site.description);
  assert.equal(feed.link, HOME_URL);
  assert.equal(feed.language, site.lang);
  const newestRevision = posts.map((post) => post.modified).sort().at(-1)!;
  assert.equal(new Date(feed.lastBuildDate).toISOString(), newestRevision, 'the newest revision, not the build time');
  assert.ok(xml.includes(`<atom:link href="${abs('/rss.xml')}" rel="self" type="application/rss+xml"/>`));
  assert.ok(feed.image?.url && fileForUrl(feed.image.url), 'the channel image is a built file');
  const png = readFileSync(fileForUrl(feed.image.url)!);
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [144, 144]);
});

test('the RSS feed carries every published post, newest first, capped by the site config', async () => {
  const feed = await readFeed('rss.xml');
  assert.equal(feed.items.length, Math.min(site.feedLimit, posts.length));
  assert.deepEqual(
    feed.items.map((item) => item.link),
    newestFirst.slice(0, site.feedLimit).map((post) => post.url),
  );
});

test('each item: an absolute link to a built page, its guid, its publication date (not its revision), description and tags', async () => {
  const feed = await readFeed('rss.xml');
  for (const item of feed.items) {
    const post = postByUrl.get(item.link!);
    assert.ok(post && fileForUrl(item.link!), `${item.link} is a built post`);
    assert.equal(item.guid, item.link);
    assert.equal(item.title, post.title);
    assert.equal(new Date(item.pubDate!).toISOString(), post.published, `${item.link} pubDate`);
    assert.equal(item.description, post.page.querySelector('meta[name="description"]')?.getAttribute('content'));
    assert.deepEqual(item.categories ?? [], post.tags);
  }
  const revised = feed.items.find((item) => item.link?.endsWith('/blog/feeds-revised-post/'))!;
  assert.equal(new Date(revised.pubDate!).toISOString(), '2025-03-01T00:00:00.000Z', 'the revised post keeps its publication date');
});

test('content:encoded is the complete rendered post: the same text as its page, without page-only elements', async () => {
  const feed = await readFeed('rss.xml');
  for (const item of feed.items) {
    const prose = postByUrl.get(item.link!)!.page.querySelector('.prose')!;
    for (const pageOnly of prose.querySelectorAll('script, style, button, template, [data-feed="omit"]')) pageOnly.remove();
    const content = parseHtml(item['content:encoded']);
    assert.equal(normalizedText(content), normalizedText(prose), `${item.link} content`);
    assert.equal(content.querySelectorAll('script, style, button, template, [data-feed]').length, 0, `${item.link} has page-only elements`);
  }
  const special = feed.items.find((item) => item.link?.endsWith('/blog/feeds-special-characters/'))!;
  assert.doesNotMatch(special['content:encoded'], /ZQXOMIT/, 'an element marked data-feed="omit" is left out');
  assert.match(special['content:encoded'], /ZQXFEEDEND\.<\/p>$/, 'the last paragraph is there');
});

test('MDX posts are rendered by Astro into the feed, with their cover and body images optimized', async () => {
  const feed = await readFeed('rss.xml');
  const mdx = feed.items.find((item) => item.link?.endsWith('/blog/feeds-cover-mdx/'))!;
  const content = parseHtml(mdx['content:encoded']);
  assert.match(normalizedText(content), /the answer is 42: ZQXMDX42\./, 'MDX expressions are evaluated');
  const images = content.querySelectorAll('img');
  assert.equal(images.length, 2, 'the cover and the body image');
  assert.equal(images[0]?.getAttribute('alt'), 'A teal rectangle standing in for a photograph');
  for (const image of images) assert.match(image.getAttribute('src')!, /\/_astro\/cover\.[\w-]+\.webp$/, 'an optimized file, not the original PNG');
});

test('no relative URL is left in any feed content, and every URL on the site leads to a built file', async () => {
  const feeds = ['rss.xml', ...tagDirs.map((dir) => `tags/${dir.name}/rss.xml`)];
  let checked = 0;
  for (const path of feeds) {
    for (const item of (await readFeed(path)).items) {
      const content = parseHtml(item['content:encoded']);
      const urls = [
        ...content.querySelectorAll('[href]').map((element) => element.getAttribute('href')!),
        ...content.querySelectorAll('[src]').map((element) => element.getAttribute('src')!),
        ...content.querySelectorAll('[poster]').map((element) => element.getAttribute('poster')!),
        ...content.querySelectorAll('[srcset]').flatMap((element) => element.getAttribute('srcset')!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!)),
      ];
      for (const url of urls) {
        assert.match(url, /^(https?:\/\/|mailto:)/, `${path} ${item.link}: ${url} is absolute`);
        if (url.startsWith('http') && isOwnUrl(url)) {
          assert.ok(fileForUrl(url), `${path} ${item.link}: ${url} is built`);
          checked++;
        }
      }
    }
  }
  assert.ok(checked > 20, `site URLs were checked (${checked})`);
});

test('titles with & < > " and code with ]]> survive escaping, in RSS and JSON Feed', async () => {
  const title = 'Escaping & < > " and ]]> in feeds';
  const items = (await readFeed('rss.xml')).items;
  const item = items.find((entry) => entry.link?.endsWith('/blog/feeds-special-characters/'))!;
  assert.equal(item.title, title);
  const code = parseHtml(item['content:encoded']).querySelector('pre')!;
  assert.equal(code.text, '<script>const end = "]]>"; if (a < b && c > d) alert("done");</script>');
  const json = JSON.parse(readFileSync(join(DIST, 'feed.json'), 'utf8')) as { items: { title: string; content_html: string; url: string }[] };
  const jsonItem = json.items.find((entry) => entry.url === item.link)!;
  assert.equal(jsonItem.title, title);
  assert.equal(jsonItem.content_html, item['content:encoded']);
  assert.equal(items.find((entry) => entry.link?.endsWith('/blog/feeds-japanese-title/'))?.title, '日本語のタイトル：静的サイトの作り方');
});

test('each tag feed holds exactly the posts its tag page lists, and its channel points at that page', async () => {
  assert.ok(tagDirs.length > 5);
  for (const dir of tagDirs) {
    const tagPath = `/tags/${dir.name}/`;
    const listed = new Set<string>();
    for (let number = 1, path = tagPath; existsSync(join(DIST, path, 'index.html')); number++, path = `${tagPath}${number}/`) {
      for (const link of readPage(DIST, path).querySelectorAll('.post-list .post-card-title a')) listed.add(abs(link.getAttribute('href')!));
    }
    const feed = await readFeed(`tags/${dir.name}/rss.xml`);
    assert.deepEqual(new Set(feed.items.map((item) => item.link)), listed, `${tagPath}rss.xml`);
    assert.equal(feed.link, abs(encodeURI(tagPath)));
    assert.ok(readFileSync(join(DIST, tagPath, 'rss.xml'), 'utf8').includes(`<atom:link href="${abs(encodeURI(`${tagPath}rss.xml`))}" rel="self"`), tagPath);
  }
  const feedsTag = await readFeed('tags/feeds/rss.xml');
  assert.deepEqual(feedsTag.items.map((item) => new URL(item.link!).pathname).sort(), [
    '/blog/feeds-cover-mdx/',
    '/blog/feeds-japanese-title/',
    '/blog/feeds-revised-post/',
    '/blog/feeds-special-characters/',
  ]);
});

test('the JSON Feed 1.1 has the same items as the RSS feed, in the same order, with the same content', async () => {
  const rss = await readFeed('rss.xml');
  const json = JSON.parse(readFileSync(join(DIST, 'feed.json'), 'utf8')) as {
    version: string;
    title: string;
    home_page_url: string;
    feed_url: string;
    icon: string;
    items: { id: string; url: string; title: string; content_html: string; summary: string; date_published: string; date_modified: string; tags: string[]; image?: string; external_url?: string }[];
  };
  assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(json.title, site.title);
  assert.equal(json.home_page_url, HOME_URL);
  assert.equal(json.feed_url, abs('/feed.json'));
  assert.ok(fileForUrl(json.icon));
  assert.deepEqual(json.items.map((item) => item.url), rss.items.map((item) => item.link));
  json.items.forEach((item, index) => {
    const rssItem = rss.items[index]!;
    const post = postByUrl.get(item.url)!;
    assert.equal(item.id, item.url);
    assert.equal(item.content_html, rssItem['content:encoded']);
    assert.equal(item.summary, rssItem.description);
    assert.equal(item.date_published, post.published);
    assert.equal(item.date_modified, post.modified);
    assert.deepEqual(item.tags, post.tags);
    assert.ok(item.image && fileForUrl(item.image), `${item.url} image is built`);
  });
  const byPath = (path: string) => json.items.find((item) => item.url.endsWith(path))!;
  assert.equal(byPath('/blog/feeds-revised-post/').date_modified, '2025-04-15T00:00:00.000Z');
  assert.equal(byPath('/blog/feeds-syndicated-post/').external_url, 'https://elsewhere.example/original-post/');
});

test('no draft or scheduled post reaches any feed', () => {
  const feeds = ['rss.xml', 'feed.json', ...tagDirs.map((dir) => `tags/${dir.name}/rss.xml`)];
  for (const path of feeds) {
    const text = readFileSync(join(DIST, path), 'utf8').toLowerCase();
    for (const marker of LEAK_MARKERS) assert.ok(!text.includes(marker), `${path} leaks ${marker}`);
  }
  assert.ok(!existsSync(join(DIST, 'tags/zqxdraft-tag')));
});

test('the feeds point browsers at their stylesheet, CSS and no XSLT, which every browser is removing', () => {
  for (const path of ['rss.xml', 'tags/feeds/rss.xml']) {
    const xml = readFileSync(join(DIST, path), 'utf8');
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?><\?xml-stylesheet href="\/feed\.css"\?><rss /);
    assert.equal(xml.match(/<\?xml-stylesheet/g)?.length, 1, `${path} names one stylesheet`);
  }
  assert.ok(existsSync(join(DIST, 'feed.css')));
  assert.ok(!existsSync(join(DIST, 'feed.xsl')));
});

test('the Subscribe page gives the absolute address of every feed, and of each tag’s', () => {
  const page = readPage(DIST, '/subscribe/');
  assert.deepEqual(page.querySelectorAll('.feed-list input').map((input) => input.getAttribute('value')), [abs('/rss.xml'), abs('/feed.json')]);
  const tagFeeds = page.querySelectorAll('.tag-feeds a').map((link) => link.getAttribute('href')!);
  assert.equal(tagFeeds.length, readPage(DIST, '/tags/').querySelectorAll('.tag-index a').length);
  for (const href of tagFeeds) assert.ok(existsSync(join(DIST, href)), `${href} is built`);
});

test('every page advertises the feeds; tag pages their own too; the footer and tag pages link to them', () => {
  const pages = ['/', '/archive/', '/tags/', '/blog/feeds-cover-mdx/', '/tags/feeds/', '/tags/rust/2/'];
  for (const path of pages) {
    const page = readPage(DIST, path);
    const alternates = page.querySelectorAll('link[rel="alternate"]').map((link) => [link.getAttribute('type'), link.getAttribute('href')]);
    assert.deepEqual(alternates.slice(0, 2), [
      ['application/rss+xml', abs('/rss.xml')],
      ['application/feed+json', abs('/feed.json')],
    ], path);
    if (path.startsWith('/tags/') && path !== '/tags/') {
      const tag = path.split('/')[2]!;
      assert.deepEqual(alternates[2], ['application/rss+xml', abs(`/tags/${tag}/rss.xml`)], path);
      assert.equal(page.querySelector('main .subscribe a')?.getAttribute('href'), `/tags/${tag}/rss.xml`, path);
    } else {
      assert.equal(alternates.length, 2, path);
    }
    const footerLinks = page.querySelectorAll('footer a').map((link) => [link.text, link.getAttribute('href')]);
    assert.deepEqual(footerLinks.slice(0, 2), [['Subscribe', '/subscribe/'], ['RSS', '/rss.xml']], path);
  }
});
