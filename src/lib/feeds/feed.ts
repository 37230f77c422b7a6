import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';

/** One post as every feed carries it. All URLs are absolute. */
export interface FeedEntry {
  url: string;
  title: string;
  summary: string;
  /** Publication date: what pubDate and date_published mean, never the revision date. */
  published: Date;
  /** Revision date, the publication date when there is none. */
  modified: Date;
  tags: readonly string[];
  /** The full rendered post, cleaned for feed readers (see feed-html.ts). */
  html: string;
  /** The post's social image (its cover, or its card). */
  image?: string | undefined;
  /** Where the post first appeared, when that is elsewhere (its `canonical`). */
  externalUrl?: string | undefined;
}

/** A feed: the whole site's, or one tag's. */
export interface FeedChannel {
  title: string;
  description: string;
  /** The page the feed stands for: the home page, or the tag's page. */
  homeUrl: string;
  /** This feed's own URL. */
  selfUrl: string;
  language: string;
  /** Square site image, at most 144 px wide as RSS readers expect. */
  image: { url: string; width: number; height: number };
  /** Larger square icon for JSON Feed readers. */
  icon: string;
  favicon: string;
  author: { name: string; url?: string | undefined };
  /**
   * Absolute path (with base) of the CSS that makes the feed readable in a browser. @astrojs/rss names a
   * type only for XSL; browsers take a stylesheet without one as CSS.
   */
  stylesheet?: string | undefined;
}

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
export const DC_NS = 'http://purl.org/dc/elements/1.1/';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

/** When the feed's content last changed: its newest revision, so an unchanged feed reads the same on every build. */
export function lastChanged(entries: readonly FeedEntry[], fallback: Date): Date {
  return entries.reduce<Date | undefined>((newest, entry) => (!newest || entry.modified > newest ? entry.modified : newest), undefined) ?? fallback;
}

/** Options for @astrojs/rss: RSS 2.0 with full content, categories, atom:link self and the site image. */
export function rssOptions(channel: FeedChannel, entries: readonly FeedEntry[], builtAt: Date): RSSOptions {
  const channelData = [
    `<language>${escapeXml(channel.language)}</language>`,
    `<lastBuildDate>${lastChanged(entries, builtAt).toUTCString()}</lastBuildDate>`,
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    `<image><url>${escapeXml(channel.image.url)}</url><title>${escapeXml(channel.title)}</title><link>${escapeXml(channel.homeUrl)}</link>` +
      `<width>${channel.image.width}</width><height>${channel.image.height}</height></image>`,
  ];
  const items: RSSFeedItem[] = entries.map((entry) => ({
    title: entry.title,
    link: entry.url,
    pubDate: entry.published,
    description: entry.summary,
    content: entry.html,
    categories: [...entry.tags],
    customData: `<dc:creator>${escapeXml(channel.author.name)}</dc:creator>`,
  }));
  return {
    title: channel.title,
    description: channel.description,
    site: channel.homeUrl,
    xmlns: { atom: ATOM_NS, dc: DC_NS },
    stylesheet: channel.stylesheet,
    customData: channelData.join(''),
    trailingSlash: true,
    items,
  };
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/) with the same entries. */
export function jsonFeed(channel: FeedChannel, entries: readonly FeedEntry[]): Record<string, unknown> {
  const author = { name: channel.author.name, ...(channel.author.url ? { url: channel.author.url } : {}) };
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.selfUrl,
    description: channel.description,
    icon: channel.icon,
    favicon: channel.favicon,
    language: channel.language,
    authors: [author],
    items: entries.map((entry) => ({
      id: entry.url,
      url: entry.url,
      ...(entry.externalUrl ? { external_url: entry.externalUrl } : {}),
      title: entry.title,
      summary: entry.summary,
      content_html: entry.html,
      ...(entry.image ? { image: entry.image } : {}),
      date_published: entry.published.toISOString(),
      date_modified: entry.modified.toISOString(),
      tags: [...entry.tags],
      authors: [author],
    })),
  };
}
