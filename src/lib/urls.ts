/**
 * Every internal URL is built here. Paths are site-relative ("/blog/x/"); `withBase` puts them under
 * the configured base path and `absoluteUrl` makes them absolute for feeds, sitemaps and meta tags.
 */
/** The folder every post's page is under (the route is src/pages/blog/[...id].astro). */
export const POSTS_PATH = '/blog/';

export function postPath(id: string): string {
  return `${POSTS_PATH}${id}/`;
}

/** Page 1 of a list lives at the list's own URL; later pages at `<list>/2/`, `<list>/3/`. */
export function pagePath(listPath: string, page: number): string {
  return page <= 1 ? listPath : `${listPath}${page}/`;
}

/** A path from the site's root ("/x.png"), not a URL of another host ("//cdn.example/x.png") nor a relative one. */
export function isSitePath(path: string): boolean {
  return path.startsWith('/') && !path.startsWith('//');
}

/**
 * "/blog/x/" under base "/sub/" is "/sub/blog/x/". Leaves external, protocol-relative and fragment URLs
 * alone. A site path always gets the base, even when it already starts with the base's name: under
 * BASE_PATH=/blog, the post "/blog/x/" is served at "/blog/blog/x/". So never pass it a URL that
 * already carries the base (Astro's image URLs do): make those absolute with `absoluteUrl`.
 */
export function withBase(path: string, base: string): string {
  if (!isSitePath(path) || base === '/') return path;
  return base.slice(0, -1) + path;
}

/** `path` must already carry the base path; `siteUrl` is the origin without trailing slash. */
export function absoluteUrl(pathWithBase: string, siteUrl: string): string {
  return new URL(pathWithBase, `${siteUrl}/`).href;
}

/** The search page (src/pages/search.astro); it reads the query from `?q=`. */
export const SEARCH_PATH = '/search/';
export const SEARCH_QUERY_PARAM = 'q';

/** The tag index; each tag's posts are beneath it (the routes are src/pages/tags/). */
export const TAGS_PATH = '/tags/';

export function tagPath(slug: string): string {
  return `${TAGS_PATH}${slug}/`;
}

/** The site path a URL made by `withBase` stands for: "/sub/x.png" under "/sub/" is "/x.png"; undefined when outside the base. */
export function withoutBase(path: string, base: string): string | undefined {
  if (!isSitePath(path)) return undefined;
  if (base === '/') return path;
  const prefix = base.slice(0, -1);
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : undefined;
}
