import { POSTS_PATH, withBase } from './urls.ts';

/**
 * How a navigation link relates to the page it is on: the page itself ("page"), a section it leads
 * to ("true": the tag index for a tag's pages, the post list for its later pages and every post), or
 * neither. Links and the path both carry the base.
 */
export function navCurrent(path: string, href: string, base: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  const home = withBase('/', base);
  if (href === home) {
    const rest = path.slice(home.length - 1);
    return path.startsWith(home) && (/^\/\d+\/$/.test(rest) || rest.startsWith(POSTS_PATH)) ? 'true' : undefined;
  }
  return href.endsWith('/') && path.startsWith(href) ? 'true' : undefined;
}
