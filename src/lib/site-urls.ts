import { site } from '../site.config.ts';
import { absoluteUrl, withBase } from './urls.ts';

/** The absolute URL of a site path ("/blog/x/") on the configured site URL and base path. */
export function siteUrl(path: string): string {
  return absoluteUrl(withBase(path, site.base), site.url);
}
