import { absoluteUrl, withBase } from '../urls.ts';

/** The sitemap index @astrojs/sitemap writes at the site's root (under the base path). */
export const SITEMAP_INDEX = '/sitemap-index.xml';

/** Every crawler may read everything; the sitemap says where it all is. */
export function robotsTxt(siteUrl: string, base: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(withBase(SITEMAP_INDEX, base), siteUrl)}`, ''].join('\n');
}
