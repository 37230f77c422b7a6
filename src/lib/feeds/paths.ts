/** Where the feeds live (site-relative, before the base path). */
export const FEED_PATHS = { rss: '/rss.xml', json: '/feed.json', stylesheet: '/feed.css' } as const;

/** A tag's feed sits beside its page: "/tags/rust/" has "/tags/rust/rss.xml". */
export function tagFeedPath(tagPagePath: string): string {
  return `${tagPagePath}rss.xml`;
}
