import type { JsonLd } from './structured-data.ts';

/** The image that stands for a page when shared or syndicated. */
export interface SocialImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

/** What a page tells crawlers, social sites and feed readers beyond its title and description. */
export interface PageMeta {
  /** Open Graph type. */
  type?: 'website' | 'article' | undefined;
  /** Defaults to the site-wide card. */
  image?: SocialImage | undefined;
  /** A post's dates and tags (article:*). */
  article?: { published: Date; modified: Date; tags: readonly string[] } | undefined;
  /** A list's newest revision among the posts it shows (og:updated_time; the sitemap's lastmod). */
  updated?: Date | undefined;
  jsonLd?: JsonLd[] | undefined;
  /** Feeds besides the site's own, such as a tag's; paths without the base. */
  feeds?: { title: string; path: string }[] | undefined;
}
