import { site } from '../site.config.ts';
import { absoluteUrl, postPath, withBase } from './urls.ts';

/** The absolute URL of a site path ("/blog/x/") on the configured site URL and base path. */
export function siteUrl(path: string): string {
  return absoluteUrl(withBase(path, site.base), site.url);
}

/** Where a post is read: its `canonical` when it first appeared elsewhere, or its page here. */
export function postCanonicalUrl(post: { id: string; data: { canonical?: string | undefined } }): string {
  return post.data.canonical ?? siteUrl(postPath(post.id));
}
