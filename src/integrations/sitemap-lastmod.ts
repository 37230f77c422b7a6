import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { sharedBuiltPages } from '../lib/built-pages.ts';
import { normalizeBasePath } from '../site.config.ts';

/** The built file behind a sitemap URL ("…/sub/blog/x/" is "<dist>/blog/x/index.html"), if any. */
export function builtFileFor(url: string, dist: string, base: string): string | undefined {
  const path = decodeURIComponent(new URL(url).pathname);
  if (!path.startsWith(base)) return undefined;
  const file = join(dist, path.slice(base.length), path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) ? file : undefined;
}

/**
 * @astrojs/sitemap, with each URL's <lastmod> taken from the built page itself: a post's
 * article:modified_time (its `updated` date, else its `date`), a list's og:updated_time (the newest of
 * the posts it shows). The build only rendered what is published, so no second rule decides what is.
 * A page whose canonical URL is another address is left out: the sitemap lists canonical URLs only.
 */
export function sitemapWithLastmod(pages: ReturnType<typeof sharedBuiltPages>): AstroIntegration[] {
  let dist = '';
  let base = '/';
  let cacheDir = '';
  const factsOf = (url: string): { lastmod?: string | undefined; canonical?: string | undefined } => {
    const file = builtFileFor(url, dist, base);
    return file ? pages.open(dist, cacheDir).scan(file) : {};
  };
  return [
    {
      name: 'sitemap-lastmod',
      hooks: {
        'astro:config:done': ({ config }) => {
          dist = fileURLToPath(config.outDir);
          cacheDir = fileURLToPath(config.cacheDir);
          base = normalizeBasePath(config.base);
        },
      },
    },
    sitemap({
      serialize(item: SitemapItem) {
        const { lastmod, canonical } = factsOf(item.url);
        if (canonical && new URL(canonical, item.url).href !== new URL(item.url).href) return undefined;
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}
