import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getRssString } from '@astrojs/rss';
import Parser from 'rss-parser';
import { XMLParser } from 'fast-xml-parser';
import { jsonFeed, lastChanged, rssOptions, type FeedChannel, type FeedEntry } from '../../src/lib/feeds/feed.ts';

const channel: FeedChannel = {
  title: 'Notes & <Things>',
  description: 'Posts about "quotes" & ampersands',
  homeUrl: 'https://blog.example/sub/',
  selfUrl: 'https://blog.example/sub/rss.xml',
  language: 'en',
  image: { url: 'https://blog.example/sub/icons/144.png', width: 144, height: 144 },
  icon: 'https://blog.example/sub/icons/512.png',
  favicon: 'https://blog.example/sub/icons/64.png',
  author: { name: 'Team & Co' },
  stylesheet: '/sub/feed.css',
};

const tricky: FeedEntry = {
  url: 'https://blog.example/sub/blog/tricky/',
  title: 'Escaping & < > " and ]]> in titles',
  summary: 'A summary with <b>markup-like</b> text & more',
  published: new Date('2025-03-01T00:00:00Z'),
  modified: new Date('2025-04-15T00:00:00Z'),
  tags: ['C++', 'feeds'],
  html: '<p>a &amp; b</p><pre><code>const end = "]]&gt;"; // ]]></code></pre>',
  image: 'https://blog.example/sub/og/blog/tricky.png',
};
const plain: FeedEntry = {
  url: 'https://blog.example/sub/blog/plain/',
  title: 'Plain',
  summary: 'Plain summary',
  published: new Date('2025-02-01T00:00:00Z'),
  modified: new Date('2025-02-01T00:00:00Z'),
  tags: [],
  html: '<p>Plain</p>',
  externalUrl: 'https://elsewhere.example/plain/',
};

async function rssOf(entries: FeedEntry[]) {
  return getRssString(rssOptions(channel, entries, new Date('2030-01-01T00:00:00Z')));
}

test('the RSS feed parses, and every character survives escaping: & < > " and ]]>', async () => {
  const xml = await rssOf([tricky, plain]);
  const feed = await new Parser<Record<string, unknown>, { description: string; 'content:encoded': string }>({ customFields: { item: ['description'] } }).parseString(xml);
  assert.equal(feed.title, channel.title);
  assert.equal(feed.description, channel.description);
  const [item] = feed.items;
  assert.equal(item?.title, tricky.title);
  assert.equal(item?.['description'], tricky.summary);
  assert.equal(item?.['content:encoded'], tricky.html);
  assert.deepEqual(item?.categories, ['C++', 'feeds']);
  assert.equal(item?.link, tricky.url);
  assert.equal(item?.guid, tricky.url);
  assert.equal(item?.creator, 'Team & Co');
});

test('pubDate is the publication date, never the revision date; lastBuildDate is the newest revision', async () => {
  const xml = await rssOf([tricky, plain]);
  const feed = await new Parser().parseString(xml);
  assert.equal(feed.items[0]?.isoDate, '2025-03-01T00:00:00.000Z');
  assert.equal(new Date(feed.lastBuildDate as string).toISOString(), '2025-04-15T00:00:00.000Z');
  assert.equal(lastChanged([], new Date('2030-01-01T00:00:00Z')).toISOString(), '2030-01-01T00:00:00.000Z');
});

test('the channel has a language, atom:link rel="self", the site image, a CSS stylesheet and each item a creator', async () => {
  const xml = await rssOf([tricky]);
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?><\?xml-stylesheet href="\/sub\/feed.css"\?><rss /);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
  const rss = parsed.rss;
  assert.equal(rss.version, '2.0');
  assert.equal(rss['xmlns:atom'], 'http://www.w3.org/2005/Atom');
  assert.equal(rss['xmlns:content'], 'http://purl.org/rss/1.0/modules/content/');
  assert.equal(rss.channel.language, 'en');
  assert.equal(rss.channel.link, channel.homeUrl);
  assert.deepEqual(rss.channel['atom:link'], { href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' });
  assert.deepEqual(rss.channel.image, { url: channel.image.url, title: channel.title, link: channel.homeUrl, width: 144, height: 144 });
  assert.equal(rss.channel.item['dc:creator'], 'Team & Co');
  assert.equal(rss.channel.item.guid.isPermaLink, 'true');
});

test('the JSON Feed is version 1.1 with the same entries, dates and content', () => {
  const feed = jsonFeed({ ...channel, selfUrl: 'https://blog.example/sub/feed.json' }, [tricky, plain]) as {
    version: string;
    feed_url: string;
    home_page_url: string;
    icon: string;
    favicon: string;
    language: string;
    authors: { name: string }[];
    items: Record<string, unknown>[];
  };
  const roundTripped = JSON.parse(JSON.stringify(feed)) as typeof feed;
  assert.equal(roundTripped.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(roundTripped.feed_url, 'https://blog.example/sub/feed.json');
  assert.equal(roundTripped.home_page_url, channel.homeUrl);
  assert.equal(roundTripped.icon, channel.icon);
  assert.equal(roundTripped.language, 'en');
  assert.deepEqual(roundTripped.authors, [{ name: 'Team & Co' }]);
  assert.deepEqual(roundTripped.items[0], {
    id: tricky.url,
    url: tricky.url,
    title: tricky.title,
    summary: tricky.summary,
    content_html: tricky.html,
    image: tricky.image,
    date_published: '2025-03-01T00:00:00.000Z',
    date_modified: '2025-04-15T00:00:00.000Z',
    tags: ['C++', 'feeds'],
    authors: [{ name: 'Team & Co' }],
  });
  assert.equal(roundTripped.items[1]?.external_url, 'https://elsewhere.example/plain/');
  assert.equal('image' in roundTripped.items[1]!, false);
});
