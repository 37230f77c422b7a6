import { parse } from 'node-html-parser';

export interface Revisable {
  date: Date;
  updated?: Date | undefined;
}

/** When a post last changed: its revision date, else its publication date. Never the build time. */
export function revisedAt(post: Revisable): Date {
  return post.updated ?? post.date;
}

/** When a list last changed: the newest revision among the posts it shows; undefined for an empty list. */
export function newestRevision(posts: readonly Revisable[]): Date | undefined {
  return posts.reduce<Date | undefined>((newest, post) => {
    const revised = revisedAt(post);
    return !newest || revised > newest ? revised : newest;
  }, undefined);
}

/**
 * What a built page says about itself, for its sitemap entry: when it last changed (a post's
 * article:modified_time, a list's og:updated_time) and its canonical URL.
 */
export function pageFacts(html: string): { lastmod?: string | undefined; canonical?: string | undefined } {
  // Only the head is parsed: the body is most of a page, and parsing it took most of the sitemap's time.
  const headEnd = /<\/head\s*>/i.exec(html);
  const head = parse(headEnd ? html.slice(0, headEnd.index + headEnd[0].length) : html).querySelector('head');
  const meta = (property: string) => head?.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
  return {
    lastmod: meta('article:modified_time') ?? meta('og:updated_time'),
    canonical: head?.querySelector('link[rel="canonical"]')?.getAttribute('href'),
  };
}
